import { type ProjectStore, type StorageFailure, recordKey } from './project-store';
import { STORAGE_KEYS } from './storage';

/**
 * Releases up to 0.1 kept projects in localStorage (see project-storage.ts for that format):
 * `cocharte.projects` (the list), `cocharte.project.<id>` (one record each) and
 * `cocharte.current` (the project open in the last tab).
 *
 * The migration copies every record into IndexedDB exactly as it was, even one that no
 * longer reads (it then shows as damaged in the list, kept, never dropped), checks what it
 * wrote by reading it back, and only then removes the localStorage keys. If anything fails,
 * localStorage is left untouched and the next start tries again. The list entry is not
 * trusted: records are found by their keys, so a damaged list loses nothing.
 */
export interface LegacyStorage {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  removeItem(key: string): void;
}

export type MigrationResult =
  | { ok: true; migrated: string[]; current: string | null }
  | { ok: false; reason: StorageFailure | 'mismatch' };

const PROJECT_PREFIX = STORAGE_KEYS.project('');

function legacyEntries(local: LegacyStorage): Map<string, string> {
  const found = new Map<string, string>();
  for (let i = 0; i < local.length; i++) {
    const key = local.key(i);
    if (!key?.startsWith(PROJECT_PREFIX)) continue;
    const value = local.getItem(key);
    if (value !== null) found.set(key.slice(PROJECT_PREFIX.length), value);
  }
  return found;
}

function parsedOrText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function readCurrent(local: LegacyStorage): string | null {
  const raw = local.getItem(STORAGE_KEYS.current);
  const value = raw === null ? null : parsedOrText(raw);
  return typeof value === 'string' ? value : null;
}

export async function migrateLocalStorage(local: LegacyStorage | null, store: ProjectStore): Promise<MigrationResult> {
  if (!local) return { ok: true, migrated: [], current: null };
  let legacy: Map<string, string>;
  let current: string | null;
  try {
    legacy = legacyEntries(local);
    current = readCurrent(local);
  } catch {
    return { ok: true, migrated: [], current: null };
  }
  const hasIndex = (() => {
    try {
      return local.getItem(STORAGE_KEYS.index) !== null;
    } catch {
      return false;
    }
  })();
  if (legacy.size === 0 && !hasIndex) return { ok: true, migrated: [], current: null };

  const ids = [...legacy.keys()];
  const existing = await store.readRaw(ids.map(recordKey));
  if (existing === null) return { ok: false, reason: 'unavailable' };

  // Only a browser that held the previous release's projects gets here: the schemas load then.
  const { readRecord } = await import('./project-record');
  const entries: [string, unknown][] = [];
  for (const [i, id] of ids.entries()) {
    const value = parsedOrText(legacy.get(id) ?? '');
    // A copy already in IndexedDB that is readable and at least as recent wins (an earlier
    // migration that could not clean up, then edits): never replace newer work with older.
    const there = readRecord(existing[i]);
    const here = readRecord(value);
    if (there.ok && (!here.ok || there.stored.project.updatedAt >= here.stored.project.updatedAt)) continue;
    entries.push([recordKey(id), value]);
  }
  if (entries.length > 0) {
    const written = await store.writeRaw(entries);
    if (!written.ok) return written;
    const back = await store.readRaw(entries.map(([k]) => k));
    const same = back !== null && entries.every(([, v], i) => JSON.stringify(back[i]) === JSON.stringify(v));
    if (!same) return { ok: false, reason: 'mismatch' };
  }

  try {
    for (const id of ids) local.removeItem(STORAGE_KEYS.project(id));
    local.removeItem(STORAGE_KEYS.index);
    local.removeItem(STORAGE_KEYS.current);
  } catch {
    // Copies left behind are harmless: the next start finds them already in IndexedDB.
  }
  return { ok: true, migrated: ids, current };
}
