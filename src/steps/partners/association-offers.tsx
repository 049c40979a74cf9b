import { useWatch, type Control, type UseFormRegisterReturn } from 'react-hook-form';
import { ASSOCIATION_OFFERS } from '../../content/catalogues';
import { useI18n } from '../../i18n/i18n-provider';
import type { StepData } from '../../schemas/project.schema';

interface Props {
  control: Control<StepData<'partners'>>;
  index: number;
  registration: UseFormRegisterReturn;
}

/**
 * The guide's list of what an association brings to a company, offered only on
 * association cards: it answers the companies' doubt about associations' professionalism.
 */
export function AssociationOffers({ control, index, registration }: Props) {
  const { t } = useI18n();
  const kind = useWatch({ control, name: `partners.${index}.kind` });
  if (kind !== 'association') return null;
  return (
    <fieldset className="choices">
      <legend>{t('partners.offers')}</legend>
      <p className="field__hint">{t('partners.offersHint')}</p>
      {(['export', 'import'] as const).map((group) => (
        <fieldset key={group} className="choices choices--nested">
          <legend>{t(`offerGroup.${group}`)}</legend>
          <div className="choices__options choices__options--single">
            {ASSOCIATION_OFFERS[group].map((offer) => (
              <label key={offer} className="choice">
                <input type="checkbox" value={offer} {...registration} />
                <span>{t(`offer.${offer}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
    </fieldset>
  );
}
