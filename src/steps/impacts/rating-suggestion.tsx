import { useState } from 'react';
import { useWatch, type Control } from 'react-hook-form';
import { fieldId } from '../../components/form/field-ids';
import { useI18n } from '../../i18n/i18n-provider';
import type { StepData } from '../../schemas/project.schema';

interface RatingSuggestionProps {
  control: Control<StepData<'impacts'>>;
  index: number;
  onConfirm: () => void;
}

/**
 * While a catalogue risk still carries Cocharte's suggested rating, says so in words (the
 * guide rates nothing) and offers to confirm it. Changing the likelihood, severity or
 * response confirms it too (see impacts-step). The announcement outlives the note, and focus
 * goes back to the rating the button confirmed.
 */
export function RatingSuggestion({ control, index, onConfirm }: RatingSuggestionProps) {
  const { t } = useI18n();
  const suggested = useWatch({ control, name: `risks.${index}.ratingSuggested` });
  const [announcement, setAnnouncement] = useState('');
  return (
    <>
      {suggested === true && (
        <div className="rating-suggestion">
          <p className="field__hint">{t('guideUi.rating.suggested')}</p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              // The button leaves with the note: without a new place, keyboard focus fell to
              // the page's top. The response is the last rating field, just above the button.
              document.getElementById(fieldId(`risks.${index}.response`))?.focus();
              onConfirm();
              setAnnouncement(t('guideUi.rating.confirmed', { n: index + 1 }));
            }}
          >
            {t('guideUi.rating.confirm', { n: index + 1 })}
          </button>
        </div>
      )}
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </>
  );
}
