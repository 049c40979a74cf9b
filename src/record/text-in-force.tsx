import { lazy, Suspense } from 'react';
import { useI18n } from '../i18n/i18n-provider';
import { shortFingerprint } from '../domain/fingerprint';
import { inForceSince, versionInForce, type ChainCheck } from '../domain/record-amendments';
import type { DraftProject } from '../schemas/project.schema';

// The charter page shares the PDF's document model; loaded when the text is opened.
const CharterPage = lazy(() => import('../charter-view/charter-page').then((m) => ({ default: m.CharterPage })));

/**
 * The consolidated text in force: the signed charter with every co-signed amendment
 * applied, read as the charter's web page. Its signatures are those of the charter and
 * of each amendment, on their own texts (the record lists them): the page carries none,
 * so no signature ever appears under words it did not cover.
 */
export function TextInForce({
  project,
  chain,
  onBack,
  onDownload,
}: {
  /** The stored project (its record holds the amendments' signatures). */
  project: DraftProject;
  chain: ChainCheck;
  onBack: () => void;
  onDownload: () => void;
}) {
  const { t } = useI18n();
  const number = versionInForce(chain)?.number ?? 0;
  const since = inForceSince(project, chain);
  const text = { ...chain.current, signatures: [] };
  return (
    <section className="record-form" aria-labelledby="text-in-force-title">
      <h2 id="text-in-force-title">{t('record.ui.inForceTitle')}</h2>
      <p>
        {number > 0 ? t('record.ui.inForceAmended', { n: number }) : t('record.ui.inForceOriginal')}{' '}
        <code>{shortFingerprint(chain.currentFingerprint)}</code>
      </p>
      <p className="field__hint">{t('record.ui.inForceSignatures')}</p>
      <div className="actions">
        <button type="button" className="button button--secondary" onClick={onBack}>
          {t('record.ui.back')}
        </button>
        <button type="button" className="button button--secondary" onClick={onDownload}>
          {t('record.ui.inForcePdf')}
        </button>
      </div>
      <Suspense fallback={<p role="status">{t('record.ui.checking')}</p>}>
        <CharterPage
          project={text}
          locale={text.documentLanguage}
          fingerprint={chain.currentFingerprint}
          inForce={{ amendments: number, since }}
          headingLevel={3}
        />
      </Suspense>
    </section>
  );
}
