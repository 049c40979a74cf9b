import type { ReactNode } from 'react';
import type { ComponentPropsWithRef } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { Field, type FieldProps } from './field';

type Registered = { registration: UseFormRegisterReturn };

export function TextField({
  registration,
  multiline,
  type = 'text',
  autoComplete,
  ...field
}: FieldProps & Registered & { multiline?: boolean; type?: string; autoComplete?: string }) {
  // Typed text takes the direction of its first letter: an Arabic name starts at the right.
  const dir = multiline || type === 'text' ? 'auto' : undefined;
  return (
    <Field {...field}>
      {(aria) =>
        multiline ? (
          <textarea {...aria} {...registration} rows={4} dir={dir} />
        ) : (
          <input {...aria} {...registration} type={type} autoComplete={autoComplete ?? 'off'} dir={dir} />
        )
      }
    </Field>
  );
}

export interface Option {
  value: string | number;
  label: string;
  /** Said after the label in a group of choices (e.g. where this one answer comes from). */
  note?: ReactNode;
}

export function SelectField({
  registration,
  options,
  placeholder,
  ...field
}: FieldProps &
  Registered & { options: Option[]; placeholder?: string } & Pick<ComponentPropsWithRef<'select'>, 'disabled'>) {
  return (
    <Field {...field}>
      {(aria) => (
        <select {...aria} {...registration}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
