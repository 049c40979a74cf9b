import { useId, useRef, useState } from 'react';
import { useWatch, type Control } from 'react-hook-form';
import { CollapsibleCard } from '../../components/ui/collapsible-card';
import { RISK_CATEGORIES } from '../../content/catalogues';
import { RISK_CATALOGUE, findRiskEntry, type RiskCatalogueEntry } from '../../content/risk-catalogue';
import { useI18n } from '../../i18n/i18n-provider';
import type { StepData } from '../../schemas/project.schema';

// Categories in the order of RISK_CATEGORIES, each with its entries in the guide's order.
const GROUPS = RISK_CATEGORIES.map((category) => ({
  category,
  entries: RISK_CATALOGUE.filter((e) => e.category === category),
})).filter((g) => g.entries.length > 0);

/** From this many risks on arrival, the catalogue starts folded. */
const FOLD_FROM = 3;

interface CataloguePickerProps {
  control: Control<StepData<'impacts'>>;
  onAdd: (entry: RiskCatalogueEntry) => void;
}

/**
 * Picks a risk from the guide's catalogue. Not a form field: the select is local state,
 * and only the risk it adds goes into the form. Entries already in the list are marked
 * in words, not hidden, since a project may have two risks of the same kind.
 */
export function CataloguePicker({ control, onAdd }: CataloguePickerProps) {
  const { t } = useI18n();
  const id = useId();
  const selectRef = useRef<HTMLSelectElement>(null);
  const [selected, setSelected] = useState('');
  const [missing, setMissing] = useState(false);
  const risks = useWatch({ control, name: 'risks' });
  // The catalogue is how most lists start; once a few risks are listed it folds to one line,
  // so the step still fits a phone.
  const [openOnArrival] = useState(() => (risks ?? []).length < FOLD_FROM);
  const added = new Set((risks ?? []).map((r) => r.catalogueId).filter(Boolean));
  const entry = selected ? findRiskEntry(selected) : undefined;

  const selectId = `${id}-select`;
  const hintId = `${id}-hint`;
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;

  const add = () => {
    if (!entry) {
      // Said in words beside the select and focused, like a field error.
      setMissing(true);
      selectRef.current?.focus();
      return;
    }
    setMissing(false);
    setSelected('');
    onAdd(entry);
  };

  return (
    <CollapsibleCard
      className="catalogue-picker"
      legend={t('guideUi.catalogue.legend')}
      summary={t('guideUi.catalogue.legend')}
      defaultOpen={openOnArrival}
    >
      <div className={`field${missing ? ' field--invalid' : ''}`}>
        <label htmlFor={selectId}>{t('guideUi.catalogue.label')}</label>
        <p id={hintId} className="field__hint">
          {t('guideUi.catalogue.hint')}
        </p>
        <select
          id={selectId}
          ref={selectRef}
          value={selected}
          aria-invalid={missing}
          aria-describedby={[hintId, entry && descriptionId, missing && errorId].filter(Boolean).join(' ')}
          onChange={(e) => {
            setSelected(e.target.value);
            setMissing(false);
          }}
        >
          <option value="">{t('guideUi.catalogue.placeholder')}</option>
          {GROUPS.map((g) => (
            <optgroup key={g.category} label={t(`riskCategory.${g.category}`)}>
              {g.entries.map((e) => (
                <option key={e.id} value={e.id}>
                  {added.has(e.id) ? t('guideUi.catalogue.added', { title: t(e.titleKey) }) : t(e.titleKey)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        {entry && (
          <p id={descriptionId} className="catalogue-picker__description">
            {t(entry.descriptionKey)}
          </p>
        )}
        {missing && (
          <p id={errorId} className="field__error">
            {t('guideUi.catalogue.required')}
          </p>
        )}
      </div>
      <div>
        <button type="button" className="button button--secondary" onClick={add}>
          {t('guideUi.catalogue.add')}
        </button>
      </div>
    </CollapsibleCard>
  );
}
