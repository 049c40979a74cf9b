import { useState } from 'react';
import { useI18n } from '../../i18n/i18n-provider';

/**
 * « Copier le lien » for a link shown in a read-only field: copied to the clipboard and
 * said so; where the clipboard is refused, the field takes focus with its text selected,
 * ready for Ctrl+C.
 */
export function CopyLink({ text, fieldId, primary = false }: { text: string; fieldId: string; primary?: boolean }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  return (
    <>
      <button
        type="button"
        className={`button ${primary ? 'button--primary' : 'button--secondary'}`}
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(text);
            setCopied(true);
          } catch {
            document.getElementById(fieldId)?.focus();
          }
        }}
      >
        {t('share.copy')}
      </button>
      <p role="status">{copied ? t('share.copied') : ''}</p>
    </>
  );
}
