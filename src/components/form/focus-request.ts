import { type Dispatch, type SetStateAction, useEffect, useState } from 'react';
import { fieldId } from './field-ids';

let requested: string | null = null;
const listeners = new Set<() => void>();

/**
 * Asks for focus on this field (its form path, e.g. the review's « Compléter l’étape » for
 * one missing item) rather than on the step's heading: the next step shown takes it, and
 * the folded blocks of the step already shown that hold it open at once.
 */
export function requestFieldFocus(path: string): void {
  requested = path;
  for (const listener of [...listeners]) listener();
}

/** Whether a field was asked for and not yet taken: the step about to show must draw it. */
export function isFieldRequested(): boolean {
  return requested !== null;
}

/**
 * Whether the field asked for lies under one of `paths` (form paths of a folded card or
 * section): read when the block mounts, so it opens and the field exists to take focus.
 */
function isFieldRequestedWithin(...paths: string[]): boolean {
  const path = requested;
  return path !== null && paths.some((p) => path === p || path.startsWith(`${p}.`));
}

/**
 * Whether a folded block (a card, a section, a clause) holding the form paths `paths` is
 * open: `initial`, or open from the start when a field under them was asked for (it is then
 * drawn to take the focus), and opened at once when one is asked for while it is on screen.
 */
export function useRequestedOpen(
  paths: readonly string[],
  initial = false,
): [boolean, Dispatch<SetStateAction<boolean>>] {
  const [open, setOpen] = useState(() => initial || isFieldRequestedWithin(...paths));
  const key = paths.join('\n');
  useEffect(() => {
    const listener = () => {
      if (isFieldRequestedWithin(...key.split('\n'))) setOpen(true);
    };
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, [key]);
  return [open, setOpen];
}

/** The field the step just shown should focus, once; null when none was asked or it is not drawn. */
function takeFieldFocus(): HTMLElement | null {
  const path = requested;
  requested = null;
  return path ? document.getElementById(fieldId(path)) : null;
}

/** Focuses the field asked for and brings it into view; false when none was asked or drawn. */
export function focusTakenField(): boolean {
  const field = takeFieldFocus();
  if (!field) return false;
  field.focus({ preventScroll: true });
  field.scrollIntoView?.({ block: 'center' });
  return true;
}

/** On the step already shown: the same, once the blocks the request opened are drawn (the next task). */
export function focusRequestedField(): void {
  setTimeout(focusTakenField, 0);
}
