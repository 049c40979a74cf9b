import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';
import { useI18n } from '../../i18n/i18n-provider';
import { fieldId } from './field-ids';

/**
 * The box a signatory ticks to sign (« J’approuve … et je la signe »), beside its label
 * however long. Its id is `fieldId(name)`, so the form's error summary links to it and reads
 * its label; its error is announced by that summary, not on its own (a second alert would
 * speak over the summary, or alone, as if the box were the only thing missing).
 */
export function ConsentBox({
  name,
  label,
  registration,
  error,
}: {
  /** The field's path in its form (`consent`, or `sign-asso.consent` when several forms share a page). */
  name: string;
  label: string;
  registration: UseFormRegisterReturn;
  error?: FieldError;
}) {
  const { te } = useI18n();
  const id = fieldId(name);
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
        <p id={errorId} className="field__error">
          {te(error.message)}
        </p>
      )}
    </div>
  );
}
