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
