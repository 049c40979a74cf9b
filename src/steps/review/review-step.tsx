import { useLayoutEffect, useRef } from 'react';
import { requestFieldFocus } from '../../components/form/focus-request';
import { GuidancePanel } from '../../guide-ui/guidance-panel';
import { useI18n } from '../../i18n/i18n-provider';
import { useCharterView } from '../../machine/app.charter-view';
import { WizardContext } from '../../machine/wizard.context';
import type { MissingItem } from '../../domain/completeness';
import type { DraftProject } from '../../schemas/project.schema';
import {
  selectCanSign,
  selectCoSigned,
  selectFingerprint,
  selectMissingItems,
  selectProject,
} from '../../machine/wizard.selectors';
import { fieldPathLabel } from '../../document/field-path-label';
import { PdfButtons } from '../common/pdf-buttons';
import { forgetReviewReturn, openStepFromReview } from '../common/review-return';
import { FingerprintLine } from '../common/fingerprint-line';
import { AgreementChecksPanel } from './agreement-checks-panel';
import { HintsPanel } from './hints-panel';
import { CharterPageScreen } from './charter-page-screen';
import { DocumentSettings } from './document-settings';
import { FingerprintCheck } from './fingerprint-check';
import { ProjectSummary } from './project-summary';

/** « (Partenaire « Afdi » › Pays) » after a missing item; nothing for an item of no one field. */
function MissingWhere({ project, item }: { project: DraftProject; item: MissingItem }) {
  const { t } = useI18n();
  const where = item.path ? fieldPathLabel(project, item.step, item.path, t) : '';
  return where ? <span className="missing-list__path"> ({where})</span> : null;
}

export function ReviewStep() {
  const { t, te } = useI18n();
  const actor = WizardContext.useActorRef();
  const project = WizardContext.useSelector(selectProject);
  const missing = WizardContext.useSelector(selectMissingItems);
  // The machine decides whether signing opens; the button only asks it.
  const canSign = WizardContext.useSelector(selectCanSign);
  const fingerprint = WizardContext.useSelector(selectFingerprint);
  const coSigned = WizardContext.useSelector(selectCoSigned);
  const [reading, setReading] = useCharterView();
  // Back on the review: a step opened later from the steps' list goes forward as usual.
  useLayoutEffect(forgetReviewReturn, []);
  // Back from the web page, focus returns to the button that opened it, not to the page.
  const openPage = useRef<HTMLButtonElement>(null);
  const wasReading = useRef(reading);
  useLayoutEffect(() => {
    if (wasReading.current && !reading) openPage.current?.focus();
    wasReading.current = reading;
  }, [reading]);

  if (reading) return <CharterPageScreen onBack={() => setReading(false)} />;

  return (
    <section aria-labelledby="step-heading" className="step">
      <h2 id="step-heading" tabIndex={-1}>
        {t('review.title')}
      </h2>
      <p className="step__intro">{t('review.intro')}</p>
      <GuidancePanel step="review" />

      {missing.length > 0 ? (
        <div className="panel panel--warning" role="status">
          <h3>{t('review.missingTitle', { count: missing.length })}</h3>
          <ul className="missing-list">
            {missing.map((m) => (
              <li key={`${m.step}-${m.path}-${m.message}`}>
                <strong>{t(`step.${m.step}`)}</strong> — {te(m.message)}
                <MissingWhere project={project} item={m} />{' '}
                <button
                  type="button"
                  className="button button--link"
                  onClick={() => {
                    if (m.path) requestFieldFocus(m.path);
                    openStepFromReview(m.step);
                    actor.send({ type: 'step.goto', target: m.step });
                  }}
                >
                  {t('review.fix', { step: t(`step.${m.step}`) })}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <div className="panel panel--success" role="status">
          <p>{t(coSigned ? 'review.completeSigned' : 'review.complete')}</p>
        </div>
      )}

      <AgreementChecksPanel project={project} />
      <HintsPanel />

      <div className="panel">
        <h3>{t('review.documents')}</h3>
        <DocumentSettings />
        <PdfButtons />
        <button ref={openPage} type="button" className="button button--link" onClick={() => setReading(true)}>
          {t('review.charterPage')}
        </button>
        <FingerprintLine fingerprint={fingerprint} />
        <FingerprintCheck fingerprint={fingerprint} />
      </div>

      <ProjectSummary project={project} />

      <div className="step__nav">
        <button type="button" className="button button--secondary" onClick={() => actor.send({ type: 'step.back' })}>
          {t('nav.back')}
        </button>
        <button
          type="button"
          className="button button--primary"
          aria-disabled={!canSign}
          aria-describedby={canSign ? undefined : 'sign-blocked'}
          onClick={() => canSign && actor.send({ type: 'step.goto', target: 'signing' })}
        >
          {t('review.toSigning')}
        </button>
        {!canSign && (
          <p id="sign-blocked" className="field__hint">
            {t('review.signBlocked')}
          </p>
        )}
      </div>
    </section>
  );
}
