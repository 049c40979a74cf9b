import { useI18n } from '../i18n/i18n-provider';
import { ConfirmBefore } from '../components/ui/confirm-before';
import { isAmendmentLocked } from '../domain/record-amendments';
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

/** Drops a draft amendment nobody signed, after the partners confirmed. */
export function DiscardDraft({ amendment, onDiscard }: { amendment: Amendment; onDiscard: () => void }) {
  const { t } = useI18n();
  // Once a partner signed, the amendment is an act of the record: it stays.
  if (isAmendmentLocked(amendment)) return null;
  return (
    <ConfirmBefore
      labels={{
        ask: t('record.ui.discardDraft'),
        question: t('record.ui.discardConfirm', { n: amendment.number }),
        no: t('record.ui.discardNo'),
        yes: t('record.ui.discardYes', { n: amendment.number }),
      }}
      onConfirm={onDiscard}
    />
  );
}
