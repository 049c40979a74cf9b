import { useCallback, useState } from 'react';
import { STORAGE_KEYS, browserStorage, readJson, writeJson } from '../persistence/storage';

/**
 * Whether the guidance panels are open. One choice for the whole app, not per step: a
 * trainer who folds the guide away once does not want it back on every step, and a
 * newcomer sees it everywhere until they fold it.
 *
 * Stored as `{ "open": boolean }` (an object leaves room for later settings without a
 * migration). Nothing stored means first use: open.
 */
interface GuidancePreference {
  open: boolean;
}

// When the browser refuses storage (private mode, sandbox), the choice still holds for
// this visit, across steps, instead of springing open again on every step.
let sessionChoice: boolean | null = null;

function isPreference(value: unknown): value is GuidancePreference {
  return typeof value === 'object' && value !== null && typeof (value as { open?: unknown }).open === 'boolean';
}

export function readGuidanceOpen(): boolean {
  const storage = browserStorage();
  if (!storage) return sessionChoice ?? true;
  const stored = readJson(storage, STORAGE_KEYS.guidance);
  return isPreference(stored) ? stored.open : true;
}

export function writeGuidanceOpen(open: boolean): void {
  sessionChoice = open;
  const storage = browserStorage();
  // A failed write (quota) only means the choice lasts for this visit.
  if (storage) writeJson(storage, STORAGE_KEYS.guidance, { open } satisfies GuidancePreference);
}

/** The open/folded state of the guidance, read once per mount and remembered on change. */
export function useGuidanceOpen(): [boolean, (open: boolean) => void] {
  const [open, setOpen] = useState(readGuidanceOpen);
  const change = useCallback((next: boolean) => {
    setOpen(next);
    writeGuidanceOpen(next);
  }, []);
  return [open, change];
}
