import { useWatch, type Control, type UseFormRegisterReturn } from 'react-hook-form';
import { CollapsibleCard } from '../../components/ui/collapsible-card';
import { RAMEAU_CATEGORIES, type RameauCategory } from '../../content/catalogues';
import {
  ECONOMIC_COOPERATION_SHEET,
  RAMEAU_DEFINITIONS,
  RAMEAU_RATES_NOTE,
  RAMEAU_RATES_OVERLAP,
} from '../../content/guidance-extras';
import { SourceLine } from '../../guide-ui/source-line';
import { useI18n } from '../../i18n/i18n-provider';
import type { StepData } from '../../schemas/project.schema';

/**
 * Le RAMEAU's four categories, each with its definition, the result it aims at and its
 * sub-types to tick; economic cooperation also shows Le RAMEAU's practical sheet, folded.
 * The typology is Le RAMEAU's, not the guide's: the source lines say so. Optional and two
 * screens long on a phone, it starts folded to one line that says how many are ticked.
 */
export function RameauSubtypes({
  registration,
  control,
}: {
  registration: UseFormRegisterReturn;
  control: Control<StepData<'partners'>>;
}) {
  const { t } = useI18n();
  const categories = Object.keys(RAMEAU_CATEGORIES) as RameauCategory[];
  const ticked = useWatch({ control, name: 'partnershipSubtypes' });
  const legend = t('partners.subtypes');
  return (
    <CollapsibleCard
      id="f-partnershipSubtypes"
      legend={legend}
      summary={t('partners.subtypesSummary', { label: legend, count: Array.isArray(ticked) ? ticked.length : 0 })}
      defaultOpen={false}
    >
      <p id="rameau-hint" className="field__hint">
        {t('partners.subtypesHint')} {t('guideUi.rameau.lead')}
      </p>
      <div className="grid">
        {categories.map((category) => {
          const about = RAMEAU_DEFINITIONS.find((d) => d.category === category);
          return (
            <fieldset key={category} className="choices">
              <legend>
                {t(`rameau.${category}`)} <span className="field__hint">({t(`rameauAim.${category}`)})</span>
              </legend>
              {about && (
                <p className="field__hint">
                  <span>{t(about.definition.key)}</span> <span>{t(about.result.key)}</span>{' '}
                  <SourceLine source={about.definition.source} />
                </p>
              )}
              <div className="choices__options choices__options--single">
                {RAMEAU_CATEGORIES[category].map((subtype) => (
                  <label key={subtype} className="choice">
                    <input type="checkbox" value={subtype} {...registration} />
                    <span>{t(`rameauSubtype.${subtype}`)}</span>
                  </label>
                ))}
              </div>
              {category === 'economic-cooperation' && (
                <details className="rameau-sheet">
                  <summary>{t('guideUi.rameau.sheetTitle')}</summary>
                  <ul>
                    {ECONOMIC_COOPERATION_SHEET.map((item) => (
                      <li key={item.key}>
                        <span>{t(item.key)}</span> <SourceLine source={item.source} />
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </fieldset>
          );
        })}
      </div>
      <p className="field__hint">
        <span>{t(RAMEAU_RATES_NOTE.key)}</span> <SourceLine source={RAMEAU_RATES_NOTE.source} />
      </p>
      <p className="field__hint">
        <span>{t(RAMEAU_RATES_OVERLAP.key)}</span> <SourceLine source={RAMEAU_RATES_OVERLAP.source} />
      </p>
    </CollapsibleCard>
  );
}
