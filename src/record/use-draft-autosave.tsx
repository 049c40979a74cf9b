import { useEffect, useId, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { useI18n } from '../i18n/i18n-provider';
import { FLUSH_DRAFTS_EVENT } from '../machine/app.flush-drafts';

/** How long typing may pause before the draft is sent; as the wizard's steps (use-step-form.ts). */
const DRAFT_DELAY_MS = 300;
/** Continuous typing still reaches the project (and the app's autosave) at least this often. */
const DRAFT_MAX_WAIT_MS = 500;

/**
 * Sends what a record form holds as a draft while the user types, as the wizard's steps
 * do: after a short pause, at least twice a second while typing goes on, and at once when
 * the form closes (another screen, a health check opened from a review), when the app
 * changes screen (FLUSH_DRAFTS_EVENT) and when the tab goes away (`pagehide`), so the
 * app's autosave stores the last keystrokes. `toDraft` checks the values with the draft
 * schema (null: not storable, nothing sent). `held()` is called once « Enregistrer » took
 * the values: nothing pending is sent after it, so no draft comes back behind the save.
 */
export function useDraftAutosave<V extends FieldValues, D>(
  form: UseFormReturn<V, unknown, unknown>,
  toDraft: (values: unknown) => D | null,
  send: ((draft: D) => void) | undefined,
  startsAsDraft: boolean,
) {
  const [saved, setSaved] = useState(startsAsDraft);
  const pending = useRef<unknown>(null);
  const stopped = useRef(false);
  const latest = useRef({ toDraft, send });
  latest.current = { toDraft, send };

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let firstPendingAt: number | null = null;
    const flush = () => {
      clearTimeout(timer);
      firstPendingAt = null;
      if (pending.current === null || stopped.current) return;
      const draft = latest.current.toDraft(pending.current);
      pending.current = null;
      const { send: deliver } = latest.current;
      if (draft === null || !deliver) return;
      deliver(draft);
      setSaved(true);
    };
    const subscription = form.watch((values) => {
      if (stopped.current) return;
      // A copy: react-hook-form keeps mutating the object it hands out.
      pending.current = structuredClone(values);
      clearTimeout(timer);
      firstPendingAt ??= Date.now();
      const maxWait = firstPendingAt + DRAFT_MAX_WAIT_MS - Date.now();
      timer = setTimeout(flush, Math.max(0, Math.min(DRAFT_DELAY_MS, maxWait)));
    });
    window.addEventListener('pagehide', flush);
    window.addEventListener(FLUSH_DRAFTS_EVENT, flush);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener('pagehide', flush);
      window.removeEventListener(FLUSH_DRAFTS_EVENT, flush);
      flush();
    };
  }, [form]);

  const held = () => {
    stopped.current = true;
    pending.current = null;
  };
  return { saved, held };
}

/**
 * Says that what is typed is kept, as soon as a draft is: a live region, present (empty)
 * from the start so screen readers announce it when it fills.
 */
export function DraftStatus({ saved }: { saved: boolean }) {
  const { t } = useI18n();
  return (
    <p role="status" className="field__hint record-draft-status">
      {saved ? t('record.ui.draftSaved') : ''}
    </p>
  );
}

/**
 * Erases a draft, once confirmed: what was saved stays as it is. The question takes
 * focus, so keyboard and screen-reader users hear what they are about to lose; « No »
 * gives focus back to the button that asked.
 */
export function DiscardTyped({ onDiscard }: { onDiscard: () => void }) {
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
  if (!asking)
    return (
      <div className="actions">
        <button ref={opener} type="button" className="button button--secondary" onClick={() => setAsking(true)}>
          {t('record.ui.discardTyped')}
        </button>
      </div>
    );
  return (
    <div className="panel panel--warning" role="group" aria-labelledby={id}>
      <p id={id} ref={question} tabIndex={-1}>
        {t('record.ui.discardTypedConfirm')}
      </p>
      <div className="actions">
        <button type="button" className="button button--secondary" onClick={() => setAsking(false)}>
          {t('record.ui.discardTypedNo')}
        </button>
        <button type="button" className="button button--primary" onClick={onDiscard}>
          {t('record.ui.discardTypedYes')}
        </button>
      </div>
    </div>
  );
}
