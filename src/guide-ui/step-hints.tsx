import { useId } from 'react';
import type { StepId } from '../content/catalogues';
import { useI18n } from '../i18n/i18n-provider';
import { HintList } from './hint-list';
import { useHints } from './use-hints';

/**
 * The hints for one step, updated as the user types. The list itself is not a
 * live region (it would read whole paragraphs on every pause); a short hidden status says
 * how many points remain, so screen-reader users hear that something changed.
 */
export function StepHints({ step }: { step: StepId }) {
  const { t } = useI18n();
  const hints = useHints({ step });
  const headingId = useId();
  return (
    <>
      <p role="status" className="visually-hidden">
        {hints.length === 0 ? t('guideUi.hints.none') : t('guideUi.hints.count', { count: hints.length })}
      </p>
      {hints.length > 0 && (
        <section className="hints" aria-labelledby={headingId}>
          <h3 id={headingId}>{t('guideUi.hints.title')}</h3>
          <p className="field__hint">
            {/* The example's note is the one point here that the review asks to settle before signing. */}
            {t(hints.some((h) => h.id === 'illustrativeExample') ? 'guideUi.hints.leadExample' : 'guideUi.hints.lead')}
          </p>
          <HintList hints={hints} />
        </section>
      )}
    </>
  );
}
