import { lazy, Suspense, useEffect, useRef } from 'react';
import { useI18n } from '../../i18n/i18n-provider';
import { WizardContext } from '../../machine/wizard.context';
import { selectFingerprint, selectProject } from '../../machine/wizard.selectors';

// The page shares the PDF's document model; loading it on demand keeps it off the first screen.
const CharterPage = lazy(() => import('../../charter-view/charter-page').then((m) => ({ default: m.CharterPage })));

/** The charter as an accessible, printable web page: the tagged copy jsPDF cannot make. */
export function CharterPageScreen({ onBack }: { onBack: () => void }) {
  const { t } = useI18n();
  const project = WizardContext.useSelector(selectProject);
  const fingerprint = WizardContext.useSelector(selectFingerprint);
  const back = useRef<HTMLButtonElement>(null);
  useEffect(() => back.current?.focus(), []);
  return (
    <div className="charter-screen">
      <div className="charter-screen__bar">
        <button ref={back} type="button" className="button button--secondary" onClick={onBack}>
          {t('review.backFromPage')}
        </button>
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          {t('review.print')}
        </button>
      </div>
      <Suspense fallback={<p role="status">{t('pdf.busy')}</p>}>
        {/* Under the project's own title (the workspace's h1). */}
        <CharterPage project={project} locale={project.documentLanguage} fingerprint={fingerprint} headingLevel={2} />
      </Suspense>
    </div>
  );
}
