import { useLayoutEffect, useRef, useState } from 'react';
import { type Control, type FieldArray, type FieldArrayPath, type FieldValues, useFieldArray } from 'react-hook-form';
import { cardToggleId, fieldId } from './field-ids';

/** The last row removed from a list and not yet put back: « Annuler » can (removed-row-notice.tsx). */
export interface RemovedRow {
  /** Its number as its legend showed it (index + 1). */
  n: number;
  /** What the user named it (`nameField`), trimmed; '' when unnamed. */
  name: string;
}

/** One removal that can be undone: the row as it was, its key, and the list's keys it left. */
interface Removal<R> {
  index: number;
  row: R;
  key: string;
  /** The rows' keys just after the removal: it is undone only onto this list. */
  keys: readonly string[];
}

const sameKeys = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((k, i) => k === b[i]);

/**
 * A list of rows in a step's form (partners, milestones, indicators, contributions, risks…),
 * with where the focus goes when it changes: a row added takes it on its first field; a row
 * removed hands it to the first field of the row now in its place, else of the row before
 * (the button of its card, when the card is folded), else to the list's « Ajouter » button
 * (`addButton`). The « Retirer » button the user pressed goes with its row, and the focus
 * would otherwise fall to the top of the page.
 *
 * The rows removed can be put back, the last removed first (`removed`, `undo`): each at its
 * index, with every value it held, the focus on its first field. Only while the list is as
 * the removals and their undoing left it: a row added, or the list replaced (another tab, a
 * merge), forgets them all. `nameField` is the field that names a row in the notice (a
 * milestone's title…).
 */
export function useRowList<T extends FieldValues, N extends FieldArrayPath<T>>(
  control: Control<T>,
  name: N,
  firstField: string,
  nameField?: string,
) {
  const list = useFieldArray<T, N, 'key'>({ control, name, keyName: 'key' });
  const addButton = useRef<HTMLButtonElement>(null);
  const removedAt = useRef<number | null>(null);
  const [removals, setRemovals] = useState<readonly Removal<FieldArray<T, N>>[]>([]);
  // A row put back gets a new key: the removals made before its own know it by the old one.
  const putBack = useRef<{ index: number; key: string } | null>(null);
  const count = list.fields.length;
  const keys = list.fields.map((f) => f.key);

  // In the commit that puts the row back: the earlier removals learn its new key, so the next
  // « Annuler » finds the list as they left it.
  useLayoutEffect(() => {
    const back = putBack.current;
    if (back === null) return;
    putBack.current = null;
    const fresh = list.fields[back.index]?.key;
    if (fresh === undefined) return;
    setRemovals((rs) => rs.map((r) => ({ ...r, keys: r.keys.map((k) => (k === back.key ? fresh : k)) })));
  });

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

  // Any other change to the list's rows since the last removal (its keys) makes the indexes stale.
  const last = removals.at(-1);
  const live = last !== undefined && sameKeys(last.keys, keys);
  const value = live && nameField ? (last.row as Record<string, unknown>)[nameField] : '';

  return {
    ...list,
    addButton,
    add: (row: FieldArray<T, N>) =>
      list.append(row, { shouldFocus: true, focusName: `${name}.${list.fields.length}.${firstField}` }),
    remove: (index: number) => {
      removedAt.current = index;
      // The values as typed: `fields` holds them only as they were when the list last changed.
      // The control is all the hook gets (as useFieldArray), and `_getFieldArray` is what
      // useFieldArray's own `remove` reads, so the row kept is exactly the row dropped. A copy:
      // the form may still write to the object it held.
      const row = structuredClone(control._getFieldArray<FieldArray<T, N>>(name)[index]) as FieldArray<T, N>;
      const removal = { index, row, key: keys[index] ?? '', keys: keys.filter((_, i) => i !== index) };
      setRemovals((rs) => (live ? [...rs, removal] : [removal]));
      list.remove(index);
    },
    removed: live
      ? ({ n: last.index + 1, name: typeof value === 'string' ? value.trim() : '' } satisfies RemovedRow)
      : null,
    /** Puts the last removed row back; react-hook-form reports it to the form's watchers as any change. */
    undo: () => {
      if (!live) return;
      putBack.current = { index: last.index, key: last.key };
      setRemovals((rs) => rs.slice(0, -1));
      list.insert(last.index, last.row, { shouldFocus: true, focusName: `${name}.${last.index}.${firstField}` });
    },
  };
}
