import { type RefObject, useEffect, useRef } from 'react';
import type { FieldErrors, FieldValues } from 'react-hook-form';

/**
 * After a failed submit, once its errors are drawn (react-hook-form marks the fields on a
 * later render than the one that counts the submit): focus the form's first invalid field,
 * in the order the page reads, and bring it into view — the error summary drawn above it
 * pushed it down (and a folded card holding it opens a render later). Used by the wizard's
 * steps and the signing forms; the latter use `shouldFocusError: false`, since
 * react-hook-form focuses in registration order, which skips a field that is not an input
 * (a drawing pad).
 */
export function useFailedSubmitFocus(inForm: RefObject<HTMLElement | null>, failedSubmits: number): void {
  const handled = useRef(0);
  useEffect(() => {
    if (failedSubmits === handled.current) return;
    // A field already focused in error (react-hook-form's own choice, where it focuses) stays.
    const active = document.activeElement;
    const invalid = (el: Element | null): el is HTMLElement =>
      el instanceof HTMLElement && el.getAttribute('aria-invalid') === 'true';
    // `inForm` is the form or any element inside it (a part of a form drawn by the caller).
    const field = invalid(active)
      ? active
      : inForm.current?.closest('form')?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (!field) return;
    handled.current = failedSubmits;
    if (field !== active) field.focus();
    field.scrollIntoView?.({ block: 'center' });
  });
}

/**
 * A form's errors as the error summary reads them when its fields' names carry a prefix
 * (`sign-asso.signatoryName`, id `fieldId` of it): several forms of the same fields on one
 * page (one per partner) keep distinct ids, and the summary's links still reach them.
 */
export function errorsUnder<T extends FieldValues>(prefix: string, errors: FieldErrors<T>): FieldErrors {
  // The form's own (root) error is not a field's: these forms set none, and the summary
  // would have no field to link it to.
  const { root: _, ...fields } = errors;
  return { [prefix]: fields };
}
