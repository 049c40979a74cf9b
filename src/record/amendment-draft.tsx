import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n-provider';
import type { DraftProject } from '../schemas/project.schema';
import type { Amendment, FieldChange } from '../schemas/record.schema';

/**
 * What the app's amendment editor receives (src/app/amendment-editor.tsx). The record
 * feature does not know the wizard's steps nor the comparison: the app composes them and
 * hands back the changes, which the record stores in the draft.
 */
export interface AmendmentEditorProps {
  /** The draft, as stored: its changes are what the editor starts from. */
  amendment: Amendment;
  /** The text in force the amendment amends: the original with the co-signed amendments. */
  current: DraftProject;
  /** Stores the draft's changes; resolves once they are in the project. */
  onChanges: (changes: FieldChange[]) => Promise<void>;
  /** Opens the review of the draft (its changes, subject, reason, date and signatures). */
  onReview: () => void;
  onBack: () => void;
}

/**
 * Drops a draft amendment nobody signed, after the partners confirmed: the question
 * takes focus, so keyboard and screen-reader users hear what they are about to lose.
 */
export function DiscardDraft({ amendment, onDiscard }: { amendment: Amendment; onDiscard: () => void }) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const id = useId();
  const question = useRef<HTMLParagraphElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) question.current?.focus();
    else if (wasAsking.current) opener.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  // Once a partner signed, the amendment is an act of the record: it stays.
  if (amendment.signatures.length > 0) return null;
  if (!asking)
    return (
      <div className="actions">
        <button ref={opener} type="button" className="button button--secondary" onClick={() => setAsking(true)}>
          {t('record.ui.discardDraft')}
        </button>
      </div>
    );
  return (
    <div className="panel panel--warning" role="group" aria-labelledby={id}>
      <p id={id} ref={question} tabIndex={-1}>
        {t('record.ui.discardConfirm', { n: amendment.number })}
      </p>
      <div className="actions">
        <button type="button" className="button button--secondary" onClick={() => setAsking(false)}>
          {t('record.ui.discardNo')}
        </button>
        <button type="button" className="button button--primary" onClick={onDiscard}>
          {t('record.ui.discardYes', { n: amendment.number })}
        </button>
      </div>
    </div>
  );
}
