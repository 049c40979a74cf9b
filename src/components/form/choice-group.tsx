import type { ReactNode } from 'react';
import type { FieldError } from 'react-hook-form';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useI18n } from '../../i18n/i18n-provider';
import { fieldId } from './field-ids';
import type { Option } from './controls';

interface ChoiceGroupProps {
  name: string;
  legend: string;
  hint?: string;
  options: Option[];
  registration: UseFormRegisterReturn;
  /** checkbox: several answers (an array); radio: one answer. */
  type: 'checkbox' | 'radio';
  error?: FieldError | { message?: string };
  required?: boolean;
  /** Where the list of answers comes from (guide-ui/catalogue-source-line.tsx), under the answers. */
  source?: ReactNode;
}

/** A fieldset of checkboxes or radio buttons with its legend, hint and error. */
export function ChoiceGroup({
  name,
  legend,
  hint,
  options,
  registration,
  type,
  error,
  required,
  source,
}: ChoiceGroupProps) {
  const { te, t } = useI18n();
  const id = fieldId(name);
  const errorId = error?.message ? `${id}-error` : undefined;
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <fieldset
      className={`choices${error?.message ? ' field--invalid' : ''}`}
      aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
      aria-invalid={Boolean(error?.message) || undefined}
      id={id}
      tabIndex={-1}
    >
      <legend>
        {legend}
        {required && <span className="field__required"> ({t('form.required')})</span>}
      </legend>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      <div className="choices__options">
        {options.map((o) => {
          // The note describes the answer without joining its name (« Coopération économique »
          // stays the checkbox's name): hidden from the label's text, given as its description.
          const noteId = o.note ? `${id}-${o.value}-note` : undefined;
          return (
            <label key={o.value} className="choice">
              <input type={type} value={o.value} aria-describedby={noteId} {...registration} />
              <span>
                {o.label}
                {o.note && (
                  <>
                    {' '}
                    <small id={noteId} aria-hidden="true" className="choice__note">
                      {o.note}
                    </small>
                  </>
                )}
              </span>
            </label>
          );
        })}
      </div>
      {source}
      {error?.message && (
        <p id={errorId} className="field__error">
          {te(error.message)}
        </p>
      )}
    </fieldset>
  );
}
