import type { WorkshopSession } from '../schemas/workshop.schema';
import { STORAGE_KEYS, browserStorage, readJson, writeJson } from './storage';

/**
 * The facilitator's session is a small device setting kept beside the preferences: it
 * must survive a reload and "next pair", and is read at start-up. Its schema (and zod)
 * load only when a session is kept, so the first screen of everyone else goes without.
 */
export async function readWorkshop(): Promise<WorkshopSession | null> {
  const storage = browserStorage();
  if (!storage) return null;
  const raw = readJson(storage, STORAGE_KEYS.workshop);
  if (raw === null || raw === undefined) return null;
  const { workshopSessionSchema } = await import('../schemas/workshop.schema');
  const parsed = workshopSessionSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** Returns false when the device refused to keep it (the session then lasts for this visit). */
export function writeWorkshop(session: WorkshopSession | null): boolean {
  const storage = browserStorage();
  if (!storage) return false;
  if (session === null) {
    storage.removeItem(STORAGE_KEYS.workshop);
    return true;
  }
  return writeJson(storage, STORAGE_KEYS.workshop, session);
}
