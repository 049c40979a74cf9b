import type { UseFormRegisterReturn } from 'react-hook-form';
import { RAMEAU_CATEGORIES, type RameauCategory } from '../../content/catalogues';
import { useI18n } from '../../i18n/i18n-provider';

/** Le RAMEAU's four categories, each a small group of sub-types to tick. */
export function RameauSubtypes({ registration }: { registration: UseFormRegisterReturn }) {
  const { t } = useI18n();
  const categories = Object.keys(RAMEAU_CATEGORIES) as RameauCategory[];
  return (
    <fieldset className="group" id="f-partnershipSubtypes" tabIndex={-1} aria-describedby="rameau-hint">
      <legend>{t('partners.subtypes')}</legend>
      <p id="rameau-hint" className="field__hint">
        {t('partners.subtypesHint')}
      </p>
      <div className="grid">
        {categories.map((category) => (
          <fieldset key={category} className="choices">
            <legend>
              {t(`rameau.${category}`)} <span className="field__hint">({t(`rameauAim.${category}`)})</span>
            </legend>
            <div className="choices__options choices__options--single">
              {RAMEAU_CATEGORIES[category].map((subtype) => (
                <label key={subtype} className="choice">
                  <input type="checkbox" value={subtype} {...registration} />
                  <span>{t(`rameauSubtype.${subtype}`)}</span>
                </label>
              ))}
            </div>
          </fieldset>
        ))}
      </div>
    </fieldset>
  );
}
