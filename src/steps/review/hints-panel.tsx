import { useId } from 'react';
import { STEP_IDS } from '../../content/catalogues';
import { HintList } from '../../guide-ui/hint-list';
import { useHints } from '../../guide-ui/use-hints';
import { useI18n } from '../../i18n/i18n-provider';
import { selectCoSigned } from '../../machine/wizard.selectors';
import { WizardContext } from '../../machine/wizard.context';

/**
 * Before signing, every warning the guide still raises, grouped by step with a way back
 * to that step. Notes (info hints) stay in their steps: the review lists what deserves a
 * conversation, not every suggestion. Renders nothing when there is no warning.
 */
export function HintsPanel() {
  const { t } = useI18n();
  const actor = WizardContext.useActorRef();
  // What blocks signing is listed above, as missing: here only what is worth a conversation.
  const warnings = useHints({ severity: 'warning' }).filter((h) => !h.blocksSigning);
  // Before signing they are worth a conversation; once co-signed, they are followed up.
  const signed = WizardContext.useSelector(selectCoSigned);
  const headingId = useId();
  if (warnings.length === 0) return null;
  const steps = STEP_IDS.filter((s) => warnings.some((h) => h.step === s));
  return (
    <section className="panel panel--advice" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('guideUi.review.title', { count: warnings.length })}</h3>
      <p>{t(signed ? 'guideUi.review.leadSigned' : 'guideUi.review.lead')}</p>
      {steps.map((step) => (
        <div key={step} className="advice-step">
          <h4>{t(`step.${step}`)}</h4>
          <HintList hints={warnings.filter((h) => h.step === step)} />
          <button
            type="button"
            className="button button--link"
            onClick={() => actor.send({ type: 'step.goto', target: step })}
          >
            {t('guideUi.review.goto', { step: t(`step.${step}`) })}
          </button>
        </div>
      ))}
    </section>
  );
}
