import { AdviceNote } from '../components/ui/advice-note';
import { sourceOf } from '../content/guide-sources';
import type { Hint } from '../domain/hints';
import { useI18n } from '../i18n/i18n-provider';
import { WizardContext } from '../machine/wizard.context';
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
 * replaced. The hint goes with its button: focus moves to the step's heading, not the page.
 */
function ClearIllustrative() {
  const { t } = useI18n();
  const actor = WizardContext.useActorRef();
  const clear = () => {
    actor.send({ type: 'illustrative.cleared' });
    document.getElementById('step-heading')?.focus();
  };
  return (
    <button type="button" className="button button--link" onClick={clear}>
      {t('guideUi.hints.illustrativeCleared')}
    </button>
  );
}
