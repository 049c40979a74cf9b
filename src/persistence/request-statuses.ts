import { get, set, type UseStore } from 'idb-keyval';
import { type RequestStatuses, requestStatusesSchema } from '../schemas/request-status.schema';
import type { RequestStatusStore } from '../signing/request-status-store';
import { openIndexedDbStore, requestsKey } from './project-store';

/**
 * Where signing by link stands for each partner of a project — who was asked when, who
 * declined and why — kept on this device beside the project's record, under its own key
 * (`requests:<projectId>`), so the project's content and fingerprint never change for it.
 * Deleting the project deletes this entry in the same transaction (project-store remove).
 *
 * Nothing here throws: a damaged status hides only itself, and storage that fails leaves
 * the statuses shown for this session only, as before this store existed.
 */
export function createRequestStatusStore(idb: UseStore | null = openIndexedDbStore()): RequestStatusStore {
  return {
    async read(projectId) {
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
      if (!idb) return false;
      try {
        await set(requestsKey(projectId), statuses, idb);
        return true;
      } catch {
        return false;
      }
    },
  };
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
