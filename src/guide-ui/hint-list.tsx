import { useState } from 'react';
import { fieldId } from '../components/form/field-ids';
import { focusRequestedField, requestFieldFocus } from '../components/form/focus-request';
import { AdviceNote } from '../components/ui/advice-note';
import type { StepId } from '../content/catalogues';
import { ILLUSTRATIVE_PATH } from '../domain/completeness';
import { exampleLeftovers } from '../domain/example-leftovers';
import { fieldPathLabel } from '../document/field-path-label';
import { flushDrafts } from '../lib/flush-drafts';
import { sourceOf } from '../content/guide-sources';
import type { Hint } from '../domain/hints';
import { useI18n } from '../i18n/i18n-provider';
import { WizardContext } from '../machine/wizard.context';
import { selectPlace, selectProject } from '../machine/wizard.selectors';
import { SourceLine } from './source-line';

/**
 * Hints as a list: warnings and notes look different and say which they are in words; each
 * says where it comes from (the guide, or Cocharte's own suggestion).
 */
export function HintList({ hints }: { hints: readonly Hint[] }) {
  const { t } = useI18n();
  return (
    <ul className="advice-list">
      {hints.map((h) => (
        <AdviceNote
          key={h.id}
          tone={h.severity}
          label={h.severity === 'warning' ? t('guideUi.hints.warning') : t('guideUi.hints.info')}
        >
          <span>{t(h.messageKey, h.vars)}</span> <SourceLine source={sourceOf(h.messageKey)} />
          {h.id === 'illustrativeExample' && <ClearIllustrative />}
        </AdviceNote>
      ))}
    </ul>
  );
}

/**
 * The one hint the partners close themselves: only they know the example's facts are
 * replaced. While a field still holds one of the example's marked inventions (domain/
 * example-leftovers.ts), the word is not taken: the fields are listed, each a button to it.
 * Once taken, the hint goes with its button: focus moves to the step's heading.
 */
function ClearIllustrative() {
  const { t } = useI18n();
  const actor = WizardContext.useActorRef();
  const project = WizardContext.useSelector(selectProject);
  const place = WizardContext.useSelector(selectPlace);
  const [asked, setAsked] = useState(false);
  const leftovers = asked ? exampleLeftovers(project) : [];
  const clear = () => {
    // The field just corrected may still sit in its form's debounce: sent to the wizard first.
    flushDrafts();
    if (exampleLeftovers(actor.getSnapshot().context.project).length > 0) {
      setAsked(true);
      return;
    }
    actor.send({ type: 'illustrative.cleared' });
    document.getElementById('step-heading')?.focus();
  };
  const goTo = (step: StepId, path: string) => {
    requestFieldFocus(path);
    if (step === place) focusRequestedField();
    else actor.send({ type: 'step.goto', target: step });
  };
  return (
    <>
      <button id={fieldId(ILLUSTRATIVE_PATH)} type="button" className="button button--link" onClick={clear}>
        {t('guideUi.hints.illustrativeCleared')}
      </button>
      <div role="alert" className="example-leftovers">
        {leftovers.length > 0 && (
          <>
            <p>{t('guideUi.hints.leftovers', { count: leftovers.length })}</p>
            <ul>
              {leftovers.map(({ step, path }) => (
                <li key={`${step}-${path}`}>
                  <button type="button" className="button button--link" onClick={() => goTo(step, path)}>
                    {t(`step.${step}`)} — {fieldPathLabel(project, step, path, t)}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </>
  );
}
