import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n-provider';
import { downloadBlob } from '../lib/download-file';
import { contentFingerprint } from '../lib/fingerprint';
import type { DraftProject } from '../schemas/project.schema';

const CharterPage = lazy(() => import('../charter-view/charter-page').then((m) => ({ default: m.CharterPage })));

interface Props {
  project: DraftProject;
  onBack: () => void;
  onUse: () => void;
}

/** A worked example read as its charter, without creating a project: for trainers. */
export function ExampleReader({ project, onBack, onUse }: Props) {
  const { t, locale } = useI18n();
  const [fingerprint, setFingerprint] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const back = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    back.current?.focus();
    void contentFingerprint(project).then(setFingerprint);
  }, [project]);

  const download = async () => {
    setBusy(true);
    setError(null);
    try {
      const { generatePdf } = await import('../pdf/generate-pdf');
      const { blob, fileName } = await generatePdf({ project, kind: 'charter', locale });
      downloadBlob(blob, fileName);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="charter-screen">
      <p className="panel">{t('guide.examples.illustrative')}</p>
      <div className="charter-screen__bar">
        <button ref={back} type="button" className="button button--secondary" onClick={onBack}>
          {t('example.back')}
        </button>
        <button type="button" className="button button--secondary" disabled={busy} onClick={() => void download()}>
          {t('example.pdf')}
        </button>
        <button type="button" className="button button--primary" onClick={onUse}>
          {t('example.use')}
        </button>
        <p role="status" className="pdf-buttons__status">
          {busy ? t('pdf.busy') : ''}
        </p>
      </div>
      {error && (
        <p role="alert" className="field__error">
          {t('pdf.error', { error })}
        </p>
      )}
      {fingerprint && (
        <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
          <CharterPage project={project} locale={locale} fingerprint={fingerprint} />
        </Suspense>
      )}
    </div>
  );
}
