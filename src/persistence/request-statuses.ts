import { get, set, type UseStore } from 'idb-keyval';
import { type RequestStatuses, requestStatusesSchema } from '../schemas/request-status.schema';
import type { RequestStatusStore } from '../signing/request-status-store';
import type { JournalStorage } from './pending-journal';
import { openIndexedDbStore, requestsKey } from './project-store';
import { browserLocalStorage, STORAGE_KEYS } from './storage';

/**
 * Where signing by link stands for each partner of a project — who was asked when, who
 * declined and why — kept on this device beside the project's record, under its own key
 * (`requests:<projectId>`), so the project's content and fingerprint never change for it.
 * Deleting the project deletes this entry in the same transaction (project-store remove).
 *
 * Nothing here throws: a damaged status hides only itself, and storage that fails leaves
 * the statuses shown for this session only, as before this store existed.
 */
export function createRequestStatusStore(
  idb: UseStore | null = openIndexedDbStore(),
  mirror: JournalStorage | null = browserLocalStorage(),
): RequestStatusStore {
  return {
    async read(projectId) {
      // A copy left in localStorage means the IndexedDB write may not have landed (a reload
      // right after asking for a link): it is the newer one.
      const mirrored = readMirror(mirror, projectId);
      if (mirrored !== undefined) return readStatuses(mirrored);
      if (!idb) return {};
      let raw: unknown;
      try {
        raw = await get<unknown>(requestsKey(projectId), idb);
      } catch {
        return {};
      }
      return readStatuses(raw);
    },
    async write(projectId, statuses) {
      // Written to localStorage at once (synchronous, kept by the browser even if the page
      // goes away now), then to IndexedDB; the copy goes once IndexedDB has this very text.
      const text = JSON.stringify(statuses);
      try {
        mirror?.setItem(mirrorKey(projectId), text);
      } catch {
        // Full or refused: IndexedDB alone, as before.
      }
      if (!idb) return false;
      try {
        await set(requestsKey(projectId), statuses, idb);
      } catch {
        return false;
      }
      try {
        if (mirror?.getItem(mirrorKey(projectId)) === text) mirror.removeItem(mirrorKey(projectId));
      } catch {
        // A copy left behind holds the same statuses: harmless.
      }
      return true;
    },
  };
}

const mirrorKey = STORAGE_KEYS.requests;

function readMirror(mirror: JournalStorage | null, projectId: string): unknown {
  try {
    const text = mirror?.getItem(mirrorKey(projectId));
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

/** Each partner's status checked on its own: one damaged status does not hide the others. */
export function readStatuses(raw: unknown): RequestStatuses {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const statuses: RequestStatuses = {};
  for (const [partnerId, status] of Object.entries(raw)) {
    const one = requestStatusesSchema.safeParse({ [partnerId]: status });
    if (one.success) Object.assign(statuses, one.data);
  }
  return statuses;
}

let device: RequestStatusStore | null = null;

/** The store the app uses: one IndexedDB connection for the page. */
export function deviceRequestStatusStore(): RequestStatusStore {
  device ??= createRequestStatusStore();
  return device;
}
