import { useId, useState } from 'react';
import { useWatch, type Control } from 'react-hook-form';
import { findRiskEntry } from '../../content/risk-catalogue';
import { SourceLine } from '../../guide-ui/source-line';
import { useI18n } from '../../i18n/i18n-provider';
import type { StepData } from '../../schemas/project.schema';
import { includesMeasure } from './mitigation-text';

interface SuggestedMitigationsProps {
  control: Control<StepData<'impacts'>>;
  index: number;
  /** Adds the measure to this risk's mitigation field. */
  onTake: (measure: string) => void;
}

/**
 * For a risk picked from the catalogue: possible measures, each with its source line (most
 * are Cocharte's suggestions, a few come from the guide or RESACOOP), each a button that
 * adds it to the mitigation field, where the partners can then adapt it. A measure already
 * in the field says so and is aria-disabled rather than disabled, so focus stays on it
 * and keyboard users can go on to the next one.
 */
export function SuggestedMitigations({ control, index, onTake }: SuggestedMitigationsProps) {
  const { t } = useI18n();
  const id = useId();
  const [catalogueId, mitigation] = useWatch({
    control,
    name: [`risks.${index}.catalogueId`, `risks.${index}.mitigation`],
  });
  const [announcement, setAnnouncement] = useState('');
  const entry = catalogueId ? findRiskEntry(catalogueId) : undefined;
  if (!entry) return null;

  const labelId = `${id}-label`;
  const hintId = `${id}-hint`;
  return (
    <div role="group" aria-labelledby={labelId} aria-describedby={hintId} className="suggestions">
      <p id={labelId} className="suggestions__label">
        {t('guideUi.mitigations.label')}
      </p>
      <p id={hintId} className="field__hint">
        {t('guideUi.mitigations.hint')}
      </p>
      <ul className="suggestions__list">
        {entry.mitigations.map(({ key, source }) => {
          const measure = t(key);
          const taken = includesMeasure(mitigation ?? '', measure);
          return (
            <li key={key}>
              <button
                type="button"
                className="suggestion"
                aria-disabled={taken || undefined}
                onClick={() => {
                  if (taken) return;
                  onTake(measure);
                  setAnnouncement(t('guideUi.mitigations.done', { n: index + 1 }));
                }}
              >
                <span className="suggestion__action">
                  <span aria-hidden="true">{taken ? '✓ ' : '+ '}</span>
                  {taken ? t('guideUi.mitigations.taken') : t('guideUi.mitigations.take')}
                </span>{' '}
                {measure}
              </button>{' '}
              <SourceLine source={source} />
            </li>
          );
        })}
      </ul>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </div>
  );
}
