import { useId } from 'react';
import { useI18n } from '../../i18n/i18n-provider';
import { CopyLink } from './copy-link';

/**
 * The parts a request for signatures by link shows, for the charter (steps/signing) and for
 * an amendment (record): the link to send, read-only with its copy button, and the import of
 * an answer with where its result is said.
 */
export function RequestLinkField({ id, label, link }: { id: string; label: string; link: string }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="url" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
      <CopyLink text={link} fieldId={id} />
    </div>
  );
}

/** « Importer une signature reçue » and the result: said politely, or alerted when refused. */
export function AnswerImport({
  onFile,
  message,
}: {
  onFile: (file: File) => void;
  message: { text: string; error: boolean } | null;
}) {
  const { t } = useI18n();
  const inputId = useId();
  return (
    <>
      <div className="import">
        <label htmlFor={inputId} className="button button--secondary import__label">
          {t('remote.import')}
        </label>
        <input
          id={inputId}
          className="import__input"
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            // Cleared, so that the same file chosen again is read again.
            input.value = '';
            if (file) onFile(file);
          }}
        />
      </div>
      <div role="status">{message && !message.error && <p>{message.text}</p>}</div>
      <div role="alert">{message?.error && <p className="field__error">{message.text}</p>}</div>
    </>
  );
}

/** A request's status as the coordinator's device keeps it (src/schemas/request-status.schema.ts). */
type KeptStatus =
  | { kind: 'asked'; fingerprint: string; at: string }
  | { kind: 'declined'; fingerprint: string; at: string; by: string; reason: string };

/**
 * Whether a kept status is about the version asked for now (`current`) or an earlier one
 * (`earlier`: still shown, a refusal's reason often explains the change, but its link is no
 * longer offered). While the version's fingerprint is computed (null), it is neither.
 */
export function statusVersion(status: KeptStatus | undefined, fingerprint: string | null) {
  return {
    earlier: fingerprint !== null && status !== undefined && status.fingerprint !== fingerprint,
    current: fingerprint !== null && status?.fingerprint === fingerprint,
  };
}

/** Where one partner's signature stands: signed, declined (with why), asked (when), or not asked. */
export function RequestStatusText({
  signed,
  status,
  earlier,
}: {
  signed: boolean;
  status: KeptStatus | undefined;
  earlier: boolean;
}) {
  const { t, date } = useI18n();
  return (
    <span data-status={signed ? 'signed' : (status?.kind ?? 'none')}>
      {signed
        ? t('remote.status.signed')
        : status?.kind === 'declined'
          ? t(earlier ? 'remote.status.declinedEarlier' : 'remote.status.declined', {
              name: status.by,
              reason: status.reason,
            })
          : status?.kind === 'asked'
            ? t(earlier ? 'remote.status.askedEarlier' : 'remote.status.asked', { date: date(status.at.slice(0, 10)) })
            : t('remote.status.none')}
    </span>
  );
}
