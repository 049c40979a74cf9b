import { useEffect, useRef } from 'react';
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

/**
 * Whether the field asked for lies under one of `paths` (form paths of a folded card or
 * section): read when the block mounts, so it opens and the field exists to take focus.
 */
export function isFieldRequestedWithin(...paths: string[]): boolean {
  const path = requested;
  return path !== null && paths.some((p) => path === p || path.startsWith(`${p}.`));
}

/**
 * For a folded block already on screen: calls `open` when a field under `paths` is asked
 * for, so the field is drawn by the time `focusRequestedField` looks for it.
 */
export function useOpenOnFieldRequest(paths: readonly string[], open: () => void): void {
  const openRef = useRef(open);
  openRef.current = open;
  const key = paths.join('\n');
  useEffect(() => {
    const listener = () => {
      if (isFieldRequestedWithin(...key.split('\n'))) openRef.current();
    };
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, [key]);
}

/** The field the step just shown should focus, once; null when none was asked or it is not drawn. */
export function takeFieldFocus(): HTMLElement | null {
  const path = requested;
  requested = null;
  return path ? document.getElementById(fieldId(path)) : null;
}

/**
 * Focuses the field asked for on the step already shown, once the blocks it opened are
 * drawn (the next task), and brings it into view.
 */
export function focusRequestedField(): void {
  setTimeout(() => {
    const field = takeFieldFocus();
    field?.focus({ preventScroll: true });
    field?.scrollIntoView?.({ block: 'center' });
  }, 0);
}
