import { useState } from 'react';
import { useI18n } from '../i18n/i18n-provider';
import { downloadBlob } from '../lib/download-file';

type GeneratePdfModule = typeof import('../pdf/generate-pdf');

/**
 * A PDF made outside the wizard (worksheets, a worked example): loads the PDF module on
 * demand, downloads the result, and gives the status and error lines to show. A click
 * while one is being made is ignored (its button says so with `aria-disabled={busy}`).
 */
export function usePdfDownload() {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const download = async (make: (pdf: GeneratePdfModule) => Promise<{ blob: Blob; fileName: string }>) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const { blob, fileName } = await make(await import('../pdf/generate-pdf'));
      downloadBlob(blob, fileName);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const status = (
    <p role="status" className="pdf-buttons__status">
      {busy ? t('pdf.busy') : ''}
    </p>
  );
  const alert = error && (
    <p role="alert" className="field__error">
      {t('pdf.error', { error })}
    </p>
  );
  return { busy, download, status, alert };
}
