import { useWatch, type Control } from 'react-hook-form';
import { useI18n } from '../../i18n/i18n-provider';
import { riskLevel } from '../../schemas/impacts.schema';
import type { StepData } from '../../schemas/project.schema';

/** The level computed from likelihood × severity, announced politely as it changes. */
export function RiskLevel({ control, index }: { control: Control<StepData<'impacts'>>; index: number }) {
  const { t } = useI18n();
  const [likelihood, severity] = useWatch({ control, name: [`risks.${index}.likelihood`, `risks.${index}.severity`] });
  const level = riskLevel({ likelihood: Number(likelihood) || 1, severity: Number(severity) || 1 });
  return (
    <p className={`risk-level risk-level--${level}`} aria-live="polite">
      {t('impacts.level')} <strong>{t(`riskLevel.${level}`)}</strong> (
      {(Number(likelihood) || 1) * (Number(severity) || 1)}/16)
    </p>
  );
}
