import { STEP_IDS, type StepId } from '../content/catalogues';
import type { ShapeGroup } from '../document/project-shape';

/**
 * Where a change sits: one of the five steps (the signed content), the document settings,
 * or the signatures. Only the five steps are "content": taking a change there voids
 * signatures made on the other text.
 */
export type ChangeGroup = ShapeGroup;
export const CHANGE_GROUPS: readonly ChangeGroup[] = [...STEP_IDS, 'documents', 'signatures'];

export type ChangeKind = 'changed' | 'added' | 'removed';

/**
 * One difference between the local project and a received one.
 *
 * `path` names rows of keyed lists by their key (a risk's `id`, a per-partner entry's
 * `partnerId`), not by their index, so a change keeps its identity when rows are
 * reordered and `id` stays the same across renders and sessions.
 */
export interface Change {
  /** Stable encoding of `path`, e.g. `impacts.risks[r1].mitigation`. */
  id: string;
  step: ChangeGroup;
  path: (string | number)[];
  kind: ChangeKind;
  /** Human description, e.g. « Risque « Fuite d’informations » › Mesures de maîtrise ». */
  label: string;
  /** Value in the local project; `undefined` for an added row. */
  local: unknown;
  /** Value in the received project; `undefined` for a removed row. */
  incoming: unknown;
}

export function isContentGroup(group: ChangeGroup): group is StepId {
  return (STEP_IDS as readonly string[]).includes(group);
}
