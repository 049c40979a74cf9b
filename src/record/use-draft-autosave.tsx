import { useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import type { z } from '../lib/zod';
import { useI18n } from '../i18n/i18n-provider';
import { useFormDrafts } from '../components/form/use-form-drafts';
import { ConfirmBefore } from '../components/ui/confirm-before';

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
  const stopped = useRef(false);
  const drop = useFormDrafts(form, (values) => {
    if (stopped.current || !send) return;
    const draft = toDraft(values);
    if (draft === null) return;
    send(draft);
    setSaved(true);
  });

  const held = () => {
    stopped.current = true;
    drop();
  };
  return { saved, held };
}

/** What every record form that keeps a draft takes (the review, the closing, a health check). */
export interface DraftFormProps<T> {
  initial: T;
  onSubmit: (value: T) => void;
  /** Receives what is typed, checked as a draft only, to keep it in the project. */
  onDraft?: (draft: T) => void;
  /** Whether `initial` is a draft kept earlier (the form says it is kept). */
  fromDraft?: boolean;
  /** Erases the draft (offered once there is one); what was saved stays. */
  onDiscard?: () => void;
  onCancel?: () => void;
}

/** The values as a draft, when the draft schema takes them (else null: nothing is sent). */
export function draftBy<D>(schema: z.ZodType<D>): (values: unknown) => D | null {
  return (values) => {
    const parsed = schema.safeParse(values);
    return parsed.success ? parsed.data : null;
  };
}

/**
 * Under a record form: that what is typed is kept, as soon as a draft is (a live region,
 * present, empty, from the start so screen readers announce it when it fills); and, once
 * there is a draft, a way to erase it, confirmed first — what was saved stays as it is.
 */
export function DraftControls({
  draft,
  onDiscard,
}: {
  draft: { saved: boolean; held: () => void };
  onDiscard: (() => void) | undefined;
}) {
  const { t } = useI18n();
  return (
    <>
      <p role="status" className="field__hint record-draft-status">
        {draft.saved ? t('record.ui.draftSaved') : ''}
      </p>
      {draft.saved && onDiscard && (
        <ConfirmBefore
          labels={{
            ask: t('record.ui.discardTyped'),
            question: t('record.ui.discardTypedConfirm'),
            no: t('record.ui.discardTypedNo'),
            yes: t('record.ui.discardTypedYes'),
          }}
          onConfirm={() => {
            draft.held();
            onDiscard();
          }}
        />
      )}
    </>
  );
}
