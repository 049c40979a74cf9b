import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';
import { useI18n } from '../../i18n/i18n-provider';

/**
 * The box a signatory ticks to sign (« J’approuve … et je la signe »), beside its label
 * however long, with its error announced.
 */
export function ConsentBox({
  id,
  label,
  registration,
  error,
}: {
  id: string;
  label: string;
  registration: UseFormRegisterReturn;
  error?: FieldError;
}) {
  const { te } = useI18n();
  const errorId = `${id}-error`;
  return (
    <div className={`field field--checkbox${error ? ' field--invalid' : ''}`}>
      <input
        id={id}
        type="checkbox"
        {...registration}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? errorId : undefined}
      />
      <label htmlFor={id}>{label}</label>
      {error?.message && (
        <p id={errorId} className="field__error" role="alert">
          {te(error.message)}
        </p>
      )}
    </div>
  );
}
