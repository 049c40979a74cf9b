import type { ReactNode } from 'react';
import { useWatch, type Control, type FieldValues, type Path } from 'react-hook-form';
import { CollapsibleCard } from '../../components/ui/collapsible-card';
import { useI18n } from '../../i18n/i18n-provider';

/** How much of the written answer the folded line shows. */
const SUMMARY_CHARS = 60;

/**
 * One partner's block of a step, folded to "its legend — the start of its first answer…"
 * once that answer is written, so three partners fit on a phone; open while empty or holding
 * an error. Its owner phrase ("de Terrena") lets the error summary say whose field is wrong.
 */
export function WrittenCard<T extends FieldValues>({
  control,
  field,
  legend,
  partnerName,
  hasError,
  children,
}: {
  control: Control<T>;
  /** The answer whose beginning stands for the block when folded. */
  field: Path<T>;
  legend: string;
  partnerName: string;
  hasError: boolean;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const written = String(useWatch({ control, name: field }) ?? '').trim();
  const text = written.length > SUMMARY_CHARS ? `${written.slice(0, SUMMARY_CHARS).trimEnd()}…` : written;
  return (
    <CollapsibleCard
      legend={legend}
      summary={text ? t('form.cardSummary', { name: legend, text }) : legend}
      defaultOpen={written === ''}
      forceOpen={hasError}
      // The partner's entry: `byPartner.2` for `byPartner.2.motivations`.
      path={field.slice(0, field.lastIndexOf('.'))}
      owner={partnerName ? t('errors.ownerName', { name: partnerName }) : undefined}
    >
      {children}
    </CollapsibleCard>
  );
}
