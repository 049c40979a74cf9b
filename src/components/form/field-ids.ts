/** A DOM id from a form field path such as `partners.0.name`. */
export function fieldId(name: string): string {
  return `f-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** The DOM id of the button that folds and unfolds the card holding `path` (`risks.2`). */
export function cardToggleId(path: string): string {
  return `${fieldId(path)}--toggle`;
}
