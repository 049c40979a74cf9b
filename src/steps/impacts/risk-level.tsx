import { useWatch, type Control } from 'react-hook-form';
import { draftRiskLevel, isRated, riskScore } from '../../domain/risk-rating';
import { useI18n } from '../../i18n/i18n-provider';
import type { StepData } from '../../schemas/project.schema';

/** A watched select's value: '' while « — Choisir — », else its number (a string before parsing). */
export const asScale = (v: unknown): number | '' => (v === '' || v === undefined || v === null ? '' : Number(v));

/**
 * The level computed from likelihood × severity, announced politely as it changes; while
 * either is still to choose, it says so instead of computing a level from a made-up value.
 */
export function RiskLevel({ control, index }: { control: Control<StepData<'impacts'>>; index: number }) {
  const { t } = useI18n();
  const [likelihood, severity] = useWatch({ control, name: [`risks.${index}.likelihood`, `risks.${index}.severity`] });
  const l = asScale(likelihood);
  const s = asScale(severity);
  const rating = { likelihood: l, severity: s };
  const level = draftRiskLevel(rating);
  if (level === null || !isRated(rating))
    return (
      <p className="risk-level" aria-live="polite">
        {t('impacts.level')} <strong>{t('impacts.levelUnrated')}</strong>
      </p>
    );
  return (
    <p className={`risk-level risk-level--${level}`} aria-live="polite">
      {t('impacts.level')} <strong>{t(`riskLevel.${level}`)}</strong> ({riskScore(rating)}/16)
    </p>
  );
}
