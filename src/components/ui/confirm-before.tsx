import { useId, useLayoutEffect, useRef, useState } from 'react';

/**
 * A button whose action is confirmed first (dropping a draft): the question takes focus,
 * so keyboard and screen-reader users hear what they are about to lose; « No » gives focus
 * back to the button that asked.
 */
export function ConfirmBefore({
  labels,
  onConfirm,
  askClassName = 'button button--secondary',
}: {
  labels: { ask: string; question: string; no: string; yes: string };
  onConfirm: () => void;
  /** The asking button's look (a link-like « Retirer » inside a card). */
  askClassName?: string;
}) {
  const [asking, setAsking] = useState(false);
  const id = useId();
  const question = useRef<HTMLParagraphElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  // In the commit that swaps the button and the question: the focus never rests on the page.
  useLayoutEffect(() => {
    if (asking) question.current?.focus();
    else if (wasAsking.current) opener.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  if (!asking)
    return (
      <div className="actions">
        <button ref={opener} type="button" className={askClassName} onClick={() => setAsking(true)}>
          {labels.ask}
        </button>
      </div>
    );
  return (
    <div className="panel panel--warning" role="group" aria-labelledby={id}>
      <p id={id} ref={question} tabIndex={-1}>
        {labels.question}
      </p>
      <div className="actions">
        <button type="button" className="button button--secondary" onClick={() => setAsking(false)}>
          {labels.no}
        </button>
        <button type="button" className="button button--primary" onClick={onConfirm}>
          {labels.yes}
        </button>
      </div>
    </div>
  );
}
