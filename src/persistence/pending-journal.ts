/**
 * The last state of an open project, left in localStorage while the page goes away.
 *
 * The autosave writes to IndexedDB after a pause in typing; a write begun during `pagehide`
 * (a reload, a closed tab) does not land in Chromium, so keys typed just before were lost.
 * localStorage is written synchronously and kept by the browser itself, so the page leaves
 * its state there on `pagehide` (and when hidden: a phone may kill a hidden page without
 * one), and the next start hands it to the store if it is newer than what the store holds.
 * Entries are raw JSON read back through the store's own record check; nothing here trusts
 * them more than a stored record.
 */
import type { ProjectStore } from './project-store';
import { STORAGE_KEYS } from './storage';

const PREFIX = STORAGE_KEYS.pending('');

/** What the journal needs of localStorage (a fake in tests). */
export type JournalStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export interface PendingEntry {
  id: string;
  /** The record as stored in IndexedDB: `{ version, place, project }`, unchecked. */
  record: unknown;
  /** The project's `updatedAt`, '' when unreadable (then never newer than the store). */
  updatedAt: string;
}

/** Leaves `record` for the next start; false when storage refuses (full, disabled). */
export function writePending(storage: JournalStorage | null, id: string, record: unknown): boolean {
  if (!storage) return false;
  try {
    storage.setItem(PREFIX + id, JSON.stringify(record));
    return true;
  } catch {
    return false;
  }
}

export function clearPending(storage: JournalStorage | null, id: string): void {
  try {
    storage?.removeItem(PREFIX + id);
  } catch {
    // Nothing to do: a leftover entry is older than the store and is skipped next time.
  }
}

/** Every entry left by earlier pages; unreadable JSON is dropped. */
export function readPending(storage: JournalStorage | null): PendingEntry[] {
  if (!storage) return [];
  const entries: PendingEntry[] = [];
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (!key?.startsWith(PREFIX)) continue;
      const id = key.slice(PREFIX.length);
      let record: unknown;
      try {
        record = JSON.parse(storage.getItem(key) ?? 'null');
      } catch {
        record = null;
      }
      entries.push({ id, record, updatedAt: updatedAtOf(record) });
    }
  } catch {
    return entries;
  }
  return entries;
}

function updatedAtOf(record: unknown): string {
  if (typeof record !== 'object' || record === null) return '';
  const project = (record as { project?: unknown }).project;
  if (typeof project !== 'object' || project === null) return '';
  const at = (project as { updatedAt?: unknown }).updatedAt;
  return typeof at === 'string' ? at : '';
}

/**
 * Whether a pending entry should replace what the store holds: it is readable and newer
 * (`updatedAt` is stamped at every edit, ISO strings compare in time order). A stored copy
 * dated after this device's clock was not stamped here (a file or link from a device whose
 * clock runs ahead, opened as it came): no edit made here can be later, yet the entry holds
 * the page's last edits of it, so the entry wins.
 */
export function isNewer(entry: PendingEntry, storedUpdatedAt: string | null, now = new Date()): boolean {
  if (entry.updatedAt === '') return false;
  return storedUpdatedAt === null || entry.updatedAt > storedUpdatedAt || storedUpdatedAt > now.toISOString();
}

/**
 * At start-up: each entry newer than the stored copy (or with no stored copy) is saved
 * to the store, read through the same record check as a stored project; then the entry
 * goes. An entry is kept when the save fails (full storage: tried again next time) or
 * when the stored copy cannot be read (it is never overwritten blindly).
 */
export async function replayPending(
  store: ProjectStore,
  journal: JournalStorage | null,
  now = new Date(),
): Promise<void> {
  const entries = readPending(journal);
  if (entries.length === 0) return;
  const { readRecord } = await import('./project-record');
  for (const entry of entries) {
    const pending = readRecord(entry.record);
    if (!pending.ok || pending.stored.project.id !== entry.id) {
      clearPending(journal, entry.id);
      continue;
    }
    const stored = await store.load(entry.id);
    if (!stored.ok && stored.reason !== 'missing') continue;
    if (isNewer(entry, stored.ok ? stored.stored.project.updatedAt : null, now)) {
      const saved = await store.save(pending.stored.project, pending.stored.place);
      if (!saved.ok) continue;
    }
    clearPending(journal, entry.id);
  }
}
