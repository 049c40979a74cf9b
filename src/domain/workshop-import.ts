import type { WorkshopPair } from '../schemas/workshop.schema';

/**
 * What reopening a session file does with each pair's project, said before anything changes.
 * A project on this device is kept as it is: its copy here may be newer than the file's.
 */
export interface SessionImportPlan<Read extends { ok: boolean }> {
  /** On this device: kept as it is, never replaced by the file's copy. */
  here: WorkshopPair[];
  /** Not on this device, with a copy that passed every check of an imported project file. */
  importable: { pair: WorkshopPair; read: Extract<Read, { ok: true }> }[];
  /** Not on this device, and no copy in the file (it was not on the facilitator's device either). */
  noCopy: WorkshopPair[];
  /** Not on this device, and a copy the project file's reader refused: the reason is named. */
  refused: { pair: WorkshopPair; read: Extract<Read, { ok: false }> }[];
}

/**
 * Sorts a session's pairs by what happens to their project when the session is resumed.
 * `onDevice`: every project id this device keeps, readable or not (an unreadable record is
 * still the user's, never overwritten). `copies`: each copy found in the file, read by the
 * project file's reader, by the pair's project id.
 */
export function planSessionImport<Read extends { ok: boolean }>(
  pairs: readonly WorkshopPair[],
  onDevice: ReadonlySet<string>,
  copies: ReadonlyMap<string, Read>,
): SessionImportPlan<Read> {
  const plan: SessionImportPlan<Read> = { here: [], importable: [], noCopy: [], refused: [] };
  for (const pair of pairs) {
    const read = copies.get(pair.projectId);
    if (onDevice.has(pair.projectId)) plan.here.push(pair);
    else if (!read) plan.noCopy.push(pair);
    else if (read.ok) plan.importable.push({ pair, read: read as Extract<Read, { ok: true }> });
    else plan.refused.push({ pair, read: read as Extract<Read, { ok: false }> });
  }
  return plan;
}

/**
 * The pair whose project opens once the session is resumed: the latest one whose project
 * is on this device (kept or just imported), as the facilitator left the session.
 */
export function pairToOpen(pairs: readonly WorkshopPair[], onDevice: ReadonlySet<string>): WorkshopPair | undefined {
  return pairs.filter((p) => onDevice.has(p.projectId)).at(-1);
}
