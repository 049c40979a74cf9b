import { WizardContext } from '../../machine/wizard.context';
import { useI18n } from '../../i18n/i18n-provider';

export interface PartnerLabel {
  id: string;
  label: string;
}

const samePartners = (a: PartnerLabel[], b: PartnerLabel[]) =>
  a.length === b.length && a.every((p, i) => p.id === b[i]?.id && p.label === b[i]?.label);

/** The partners as the later steps name them: their name, or "Partner N" while unnamed. */
export function usePartners(): PartnerLabel[] {
  const { t } = useI18n();
  return WizardContext.useSelector(
    (s) =>
      s.context.project.partners.partners.map((p, i) => ({
        id: p.id,
        label: p.name || t('partners.partnerN', { n: i + 1 }),
      })),
    samePartners,
  );
}
