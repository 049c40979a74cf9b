import { fieldId } from './field-ids';

let requested: string | null = null;

/**
 * Asks the next step shown to put focus on this field (its form path, e.g. the review's
 * « Compléter l’étape » for one missing item) rather than on the step's heading.
 */
export function requestFieldFocus(path: string): void {
  requested = path;
}

/**
 * Whether the field asked for lies under one of `paths` (form paths of a folded card or
 * section): read when the block mounts, so it opens and the field exists to take focus.
 */
export function isFieldRequestedWithin(...paths: string[]): boolean {
  const path = requested;
  return path !== null && paths.some((p) => path === p || path.startsWith(`${p}.`));
}

/** The field the step just shown should focus, once; null when none was asked or it is not drawn. */
export function takeFieldFocus(): HTMLElement | null {
  const path = requested;
  requested = null;
  return path ? document.getElementById(fieldId(path)) : null;
}
