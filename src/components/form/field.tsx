import type { ReactNode } from 'react';
import type { FieldError } from 'react-hook-form';
import { useI18n } from '../../i18n/i18n-provider';
import { fieldId } from './field-ids';

export interface FieldProps {
  name: string;
  label: string;
  hint?: string;
  error?: FieldError | { message?: string };
  required?: boolean;
}

interface ShellProps extends FieldProps {
  children: (aria: {
    id: string;
    'aria-invalid': boolean;
    'aria-describedby'?: string;
    'aria-required'?: boolean;
  }) => ReactNode;
}

/** Owns the label, hint and error wiring of one control, so steps never hand-wire ARIA. */
export function Field({ name, label, hint, error, required, children }: ShellProps) {
  const { te, t } = useI18n();
  const id = fieldId(name);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error?.message ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error?.message ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required && <span className="field__required"> ({t('form.required')})</span>}
      </label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {children({
        id,
        'aria-invalid': Boolean(error?.message),
        'aria-describedby': describedBy,
        'aria-required': required || undefined,
      })}
      {error?.message && (
        <p id={errorId} className="field__error">
          {te(error.message)}
        </p>
      )}
    </div>
  );
}
