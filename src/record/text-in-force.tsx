import { lazy, Suspense } from 'react';
import { useI18n } from '../i18n/i18n-provider';
import { shortFingerprint } from '../domain/fingerprint';
import type { ChainCheck } from '../domain/record-amendments';

// The charter page shares the PDF's document model; loaded when the text is opened.
const CharterPage = lazy(() => import('../charter-view/charter-page').then((m) => ({ default: m.CharterPage })));

/**
 * The consolidated text in force: the signed charter with every co-signed amendment
 * applied, read as the charter's web page. Its signatures are those of the charter and
 * of each amendment, on their own texts (the record lists them): the page carries none,
 * so no signature ever appears under words it did not cover.
 */
export function TextInForce({ chain, onBack }: { chain: ChainCheck; onBack: () => void }) {
  const { t } = useI18n();
  const version = chain.versions.filter((v) => v.fullySigned).at(-1);
  const number = version?.number ?? 0;
  const project = { ...chain.current, signatures: [] };
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
      </div>
      <Suspense fallback={<p role="status">{t('record.ui.checking')}</p>}>
        <CharterPage
          project={project}
          locale={project.documentLanguage}
          fingerprint={chain.currentFingerprint}
          inForce={{ amendments: number }}
          headingLevel={3}
        />
      </Suspense>
    </section>
  );
}
