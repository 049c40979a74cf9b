import type { FieldChange } from '../schemas/record.schema';

/**
 * One difference as the comparison reports it (src/merge/change.ts `Change`): the record
 * feature takes it by shape, so it does not depend on the merge feature.
 */
export interface ChangeLike {
  id: string;
  path: (string | number)[];
  kind: 'changed' | 'added' | 'removed';
  label: string;
  local: unknown;
  incoming: unknown;
}

/**
 * The changes of an amendment from comparing the text in force (`local`) with the edited
 * one (`incoming`). `describe` writes a side as partners read it (the comparison's
 * `formatSide`), so the amendment carries the words its signatories approve.
 */
export function toFieldChanges(
  changes: readonly ChangeLike[],
  describe: (change: ChangeLike, side: 'local' | 'incoming') => string,
): FieldChange[] {
  return changes.map((c) => ({
    id: c.id,
    path: c.path,
    kind: c.kind,
    label: c.label,
    before: c.local,
    after: c.incoming,
    beforeText: c.kind === 'added' ? '' : describe(c, 'local'),
    afterText: c.kind === 'removed' ? '' : describe(c, 'incoming'),
  }));
}
