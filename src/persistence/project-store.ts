import { createStore, delMany, getMany, keys, setMany, type UseStore } from 'idb-keyval';
import type { FlowState } from '../domain/flow';
import type { DraftProject } from '../schemas/project.schema';
import { PROJECT_SCHEMA_VERSION } from '../schemas/schema-version';
import type { ProjectSummary } from './project-summary';
import { markProjectsKept } from './storage';

export type { ProjectSummary } from './project-summary';

/**
 * The projects kept on this device, in IndexedDB (idb-keyval). Each project is two entries
 * written in one transaction: its record (the whole project and the step it was left on)
 * and its summary (what the list shows without loading signatures and long texts).
 *
 * There is no list entry to rewrite: the records themselves are the list. So one damaged
 * entry hides only itself, and a save never rewrites, and so never drops, another project.
 * Nothing here throws: every answer says what happened, so the screens can say it too.
 *
 * The list is read on the first screen; the schemas are not. A record is checked against
 * the project schema by ./project-record.ts, and the summaries by ./project-summary.ts,
 * each imported when there is something to read.
 */

export interface StoredProject {
  project: DraftProject;
  place: FlowState;
}

/** Why a stored project cannot be opened: damaged, or saved by a newer Cocharte. */
export type UnreadableReason = 'damaged' | 'newer';
export interface UnreadableProject {
  id: string;
  reason: UnreadableReason;
}

export type LoadResult =
  | { ok: true; stored: StoredProject }
  | { ok: false; reason: UnreadableReason | 'missing' | 'unavailable' };

/** 'full': the browser refused the write for lack of space; 'unavailable': no storage at all. */
export type StorageFailure = 'full' | 'unavailable';
export type SaveResult = { ok: true } | { ok: false; reason: StorageFailure };

export type ListResult =
  | { ok: true; projects: ProjectSummary[]; unreadable: UnreadableProject[] }
  | { ok: false; reason: StorageFailure };

export interface ProjectStore {
  list(): Promise<ListResult>;
  load(id: string): Promise<LoadResult>;
  save(project: DraftProject, place: FlowState): Promise<SaveResult>;
  remove(id: string): Promise<SaveResult>;
  /** Raw entries by key; used by the migration to check what it wrote. */
  readRaw(keys: string[]): Promise<unknown[] | null>;
  writeRaw(entries: [string, unknown][]): Promise<SaveResult>;
}

export const RECORD_PREFIX = 'record:';
export const SUMMARY_PREFIX = 'summary:';
export const recordKey = (id: string) => `${RECORD_PREFIX}${id}`;
export const summaryKey = (id: string) => `${SUMMARY_PREFIX}${id}`;
/** Where signing by link stands, per partner (./request-statuses.ts): kept beside the record, never in it. */
export const requestsKey = (id: string) => `requests:${id}`;

export function isQuotaError(error: unknown): boolean {
  // Not `instanceof Error`: a DOMException is not an Error in every environment.
  if (typeof error !== 'object' || error === null) return false;
  const { name, message } = error as { name?: unknown; message?: unknown };
  return (
    name === 'QuotaExceededError' ||
    name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    (typeof message === 'string' && /quota/i.test(message))
  );
}

const failure = (error: unknown): StorageFailure => (isQuotaError(error) ? 'full' : 'unavailable');

/** A module of this store loaded on demand; null when it cannot be (offline after a deploy), so nothing throws. */
async function loadModule<M>(load: () => Promise<M>): Promise<M | null> {
  try {
    return await load();
  } catch {
    return null;
  }
}

/** Opens the IndexedDB store; null when the browser has none (some private modes). */
export function openIndexedDbStore(dbName = 'cocharte', storeName = 'projects'): UseStore | null {
  try {
    if (typeof indexedDB === 'undefined') return null;
    return createStore(dbName, storeName);
  } catch {
    return null;
  }
}

/**
 * Opens the database now rather than at the first read (idb-keyval opens lazily), so the
 * opening overlaps the first render. Failures surface at that first read, as before.
 */
export function warmUp(idb: UseStore | null): UseStore | null {
  idb?.('readonly', () => undefined).catch(() => undefined);
  return idb;
}

export function createProjectStore(idb: UseStore | null = openIndexedDbStore()): ProjectStore {
  const run = async <T>(
    op: (db: UseStore) => Promise<T>,
  ): Promise<{ ok: true; value: T } | { ok: false; reason: StorageFailure }> => {
    if (!idb) return { ok: false, reason: 'unavailable' };
    try {
      return { ok: true, value: await op(idb) };
    } catch (error) {
      return { ok: false, reason: failure(error) };
    }
  };

  // A write the browser refused (full, unavailable) is kept in this page's memory and read
  // back while it is newer than the stored copy (./project-record.ts): leaving a project to
  // free space (deleting another one) and coming back loses nothing; its next save writes it.
  const unsaved = new Map<string, StoredProject>();

  async function load(id: string): Promise<LoadResult> {
    const got = await run((db) => getMany<unknown>([recordKey(id)], db));
    if (!got.ok) return { ok: false, reason: 'unavailable' };
    const codec = await loadModule(() => import('./project-record'));
    return codec ? codec.readRecord(got.value[0], unsaved.get(id)) : { ok: false, reason: 'unavailable' };
  }

  return {
    load,
    async list() {
      const all = await run((db) => keys<string>(db));
      if (!all.ok) return all;
      const ids = all.value
        .filter((k) => typeof k === 'string' && k.startsWith(RECORD_PREFIX))
        .map((k) => k.slice(RECORD_PREFIX.length));
      // An empty list (a first visit) needs no validation code at all.
      if (ids.length === 0) return { ok: true, projects: [], unreadable: [] };
      const summaries = await run((db) => getMany<unknown>(ids.map(summaryKey), db));
      if (!summaries.ok) return summaries;
      const summaryModule = await loadModule(() => import('./project-summary'));
      if (!summaryModule) return { ok: false, reason: 'unavailable' };
      const { summarySchema } = summaryModule;
      const projects: ProjectSummary[] = [];
      const unreadable: UnreadableProject[] = [];
      for (const [i, id] of ids.entries()) {
        const summary = summarySchema.safeParse(summaries.value[i]);
        if (summary.success && summary.data.id === id) {
          projects.push(summary.data);
          continue;
        }
        // No summary (a migrated record) or a damaged one: the record itself decides.
        const record = await load(id);
        if (!record.ok) {
          unreadable.push({ id, reason: record.reason === 'newer' ? 'newer' : 'damaged' });
          continue;
        }
        const summarizer = await loadModule(() => import('./summarize'));
        if (!summarizer) return { ok: false, reason: 'unavailable' };
        projects.push(summarizer.summarize(record.stored.project, record.stored.place));
      }
      projects.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
      // A device that kept projects before the marker existed gets it at its first listing.
      if (projects.length + unreadable.length > 0) markProjectsKept();
      return { ok: true, projects, unreadable };
    },

    async save(project, place) {
      // Counting the signatures that hold needs the fingerprints (SHA-256): loaded with the first save.
      const summarizer = await loadModule(() => import('./summarize'));
      if (!summarizer) return { ok: false, reason: 'unavailable' };
      const { summarize } = summarizer;
      const record = { version: PROJECT_SCHEMA_VERSION, place, project };
      const done = await run((db) =>
        setMany(
          [
            [recordKey(project.id), record],
            [summaryKey(project.id), summarize(project, place)],
          ],
          db,
        ),
      );
      if (!done.ok) {
        unsaved.set(project.id, record);
        return done;
      }
      unsaved.delete(project.id);
      markProjectsKept();
      return { ok: true };
    },

    async remove(id) {
      const done = await run((db) => delMany([recordKey(id), summaryKey(id), requestsKey(id)], db));
      if (done.ok) unsaved.delete(id);
      return done.ok ? { ok: true } : done;
    },

    async readRaw(list) {
      const got = await run((db) => getMany<unknown>(list, db));
      return got.ok ? got.value : null;
    },

    async writeRaw(entries) {
      const done = await run((db) => setMany(entries, db));
      return done.ok ? { ok: true } : done;
    },
  };
}

export interface StorageEstimate {
  usage: number;
  quota: number;
}

/** How much of the origin's quota is used, when the browser says. */
export async function estimateStorage(): Promise<StorageEstimate | null> {
  try {
    const e = await globalThis.navigator?.storage?.estimate?.();
    return e && typeof e.usage === 'number' && typeof e.quota === 'number' && e.quota > 0
      ? { usage: e.usage, quota: e.quota }
      : null;
  } catch {
    return null;
  }
}

/** Space runs short past 90 % of the quota: the home screen and the project then show the figures. */
export const isSpaceShort = (e: StorageEstimate | null) => e !== null && e.usage / e.quota > 0.9;

/**
 * Asks the browser not to evict the projects under storage pressure. Asked once a project
 * has been saved, not on the first screen: browsers that ask the user then know why.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    const storage = globalThis.navigator?.storage;
    if (!storage?.persist) return false;
    if (await storage.persisted?.()) return true;
    return await storage.persist();
  } catch {
    return false;
  }
}
