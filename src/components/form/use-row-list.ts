import { useLayoutEffect, useRef } from 'react';
import { type Control, type FieldArray, type FieldArrayPath, type FieldValues, useFieldArray } from 'react-hook-form';
import { cardToggleId, fieldId } from './field-ids';

/**
 * A list of rows in a step's form (partners, milestones, indicators, contributions, risks…),
 * with where the focus goes when it changes: a row added takes it on its first field; a row
 * removed hands it to the first field of the row now in its place, else of the row before
 * (the button of its card, when the card is folded), else to the list's « Ajouter » button
 * (`addButton`). The « Retirer » button the user pressed goes with its row, and the focus
 * would otherwise fall to the top of the page.
 */
export function useRowList<T extends FieldValues, N extends FieldArrayPath<T>>(
  control: Control<T>,
  name: N,
  firstField: string,
) {
  const list = useFieldArray<T, N, 'key'>({ control, name, keyName: 'key' });
  const addButton = useRef<HTMLButtonElement>(null);
  const removedAt = useRef<number | null>(null);
  const count = list.fields.length;

  // In the commit that removes the row: the focus never rests on the page meanwhile.
  useLayoutEffect(() => {
    const at = removedAt.current;
    if (at === null) return;
    removedAt.current = null;
    const row = `${name}.${Math.min(at, count - 1)}`;
    const target =
      count === 0
        ? addButton.current
        : (document.getElementById(fieldId(`${row}.${firstField}`)) ?? document.getElementById(cardToggleId(row)));
    target?.focus();
  }, [count, name, firstField]);

  return {
    ...list,
    addButton,
    add: (row: FieldArray<T, N>) =>
      list.append(row, { shouldFocus: true, focusName: `${name}.${list.fields.length}.${firstField}` }),
    remove: (index: number) => {
      removedAt.current = index;
      list.remove(index);
    },
  };
}
