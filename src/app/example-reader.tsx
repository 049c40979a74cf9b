import { lazy, Suspense, useEffect, useLayoutEffect, useRef, useState } from 'react';
import '../i18n/deferred-fr';
import { findExample } from '../examples/examples';
import { useI18n } from '../i18n/i18n-provider';
import { contentFingerprint } from '../domain/fingerprint';
import type { DraftProject } from '../schemas/project.schema';
import { usePdfDownload } from './use-pdf-download';

const CharterPage = lazy(() => import('../charter-view/charter-page').then((m) => ({ default: m.CharterPage })));

interface Props {
  project: DraftProject;
  onBack: () => void;
  onUse: () => void;
}

/** A worked example read as its charter, without creating a project: for trainers. */
export function ExampleReader({ project, onBack, onUse }: Props) {
  const { t, locale } = useI18n();
  const example = project.illustrativeExample ? findExample(project.illustrativeExample) : undefined;
  const [fingerprint, setFingerprint] = useState<string | null>(null);
  const { busy, download, status, alert } = usePdfDownload();
  const back = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    back.current?.focus();
  }, [project]);
  useEffect(() => {
    void contentFingerprint(project).then(setFingerprint);
  }, [project]);

  return (
    <div className="charter-screen">
      <div className="panel">
        <p>{t('guide.examples.illustrative')}</p>
        {example && (
          <p>
            <strong>{t('guideUi.example.sourcesTitle')}</strong> {t(example.sourcesKey)}
          </p>
        )}
      </div>
      <div className="charter-screen__bar">
        <button ref={back} type="button" className="button button--secondary" onClick={onBack}>
          {t('example.back')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          // Not `disabled`: a disabled button drops the keyboard focus to the page's top.
          aria-disabled={busy}
          onClick={() => {
            void download((pdf) => pdf.generatePdf({ project, kind: 'charter', locale }));
          }}
        >
          {t('example.pdf')}
        </button>
        <button type="button" className="button button--primary" onClick={onUse}>
          {t('example.use')}
        </button>
        {status}
      </div>
      {alert}
      {fingerprint && (
        <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
          <CharterPage project={project} locale={locale} fingerprint={fingerprint} />
        </Suspense>
      )}
    </div>
  );
}
