/** Every key Cocharte writes in the browser's storage, in one place. */
export const STORAGE_KEYS = {
  index: 'cocharte.projects',
  project: (id: string) => `cocharte.project.${id}`,
  current: 'cocharte.current',
  locale: 'cocharte.locale',
  guidance: 'cocharte.guidance',
  workshop: 'cocharte.workshop',
  /** The workshop's step timer of one tab, in sessionStorage (workshop-timer.ts). */
  workshopTimer: 'cocharte.workshopTimer',
  // A signing link's draft or answer, per request, in sessionStorage: its key is made in
  // signatory-tab.ts (signatoryTabKey), which only the signatory's page loads.
  /** A page's last state of a project, left while it went away (pending-journal.ts). */
  pending: (id: string) => `cocharte.pending.${id}`,
  /** Signing-by-link statuses until IndexedDB has them (request-statuses.ts). */
  requests: (id: string) => `cocharte.requests.${id}`,
  /**
   * Set once a project is kept on this device (project-store.ts). A start that finds no
   * `cocharte.*` key at all is a first visit: the home screen then shows at once, without
   * waiting for the (empty) list of projects.
   */
  kept: 'cocharte.kept',
} as const;

/** Whether nothing of Cocharte's is in this storage: no project, preference, journal or migration. */
export const isFirstVisit = (storage: Pick<Storage, 'length' | 'key'> | null): boolean =>
  !hasKeyStartingWith(storage, 'cocharte.');

let keptMarked = false;

/**
 * Notes that this device keeps projects (see STORAGE_KEYS.kept), once per page: every save
 * asks, and a synchronous localStorage write each second of typing is work for nothing. A
 * refusal changes nothing.
 */
export function markProjectsKept(): void {
  if (keptMarked) return;
  try {
    browserLocalStorage()?.setItem(STORAGE_KEYS.kept, '1');
    keptMarked = true;
  } catch {
    // Full or disabled: the next start reads the list before showing the home screen anyway.
  }
}

export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * Whether a key of this storage starts with the prefix: the start-up asks it before
 * loading the code that reads those keys (the previous release's projects, a page's
 * pending edits), which most starts do not need. True when the storage cannot be read,
 * so that code runs and handles the failure itself.
 */
export function hasKeyStartingWith(storage: Pick<Storage, 'length' | 'key'> | null, prefix: string): boolean {
  if (!storage) return false;
  try {
    for (let i = 0; i < storage.length; i++) if (storage.key(i)?.startsWith(prefix)) return true;
    return false;
  } catch {
    return true;
  }
}

/**
 * The browser's localStorage as it is, or null when it refuses (private modes, sandboxes):
 * for reading and writing keys whose failure each caller handles itself.
 */
export function browserLocalStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

let probed: { storage: KeyValueStorage | null } | null = null;

/**
 * localStorage when the browser allows it (private modes and sandboxes may not). Probed
 * once per page: the probe writes, and preferences are read on every step change.
 */
export function browserStorage(): KeyValueStorage | null {
  probed ??= { storage: probeLocalStorage() };
  return probed.storage;
}

function probeLocalStorage(): KeyValueStorage | null {
  try {
    const s = globalThis.localStorage;
    const probe = 'cocharte.probe';
    s.setItem(probe, '1');
    s.removeItem(probe);
    return s;
  } catch {
    return null;
  }
}

export function readJson(storage: KeyValueStorage, key: string): unknown {
  try {
    const raw = storage.getItem(key);
    return raw === null ? null : (JSON.parse(raw) as unknown);
  } catch {
    return null;
  }
}

/** Returns false when the write failed (quota exceeded, storage disabled). */
export function writeJson(storage: KeyValueStorage, key: string, value: unknown): boolean {
  try {
    storage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}
