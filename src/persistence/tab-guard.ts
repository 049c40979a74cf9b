import { STORAGE_KEYS, type KeyValueStorage } from './storage';

/**
 * Two tabs on the same project must never silently overwrite each other: every save
 * writes the whole project, so the tab with the older copy would erase the other's work.
 *
 * Tabs talk over a BroadcastChannel:
 * - a tab opening a project says `hello`; a tab already on it answers `here`, and the
 *   newcomer becomes read-only ('duplicate') until the user chooses;
 * - "Continue in this tab" sends `takeover`: the other tab flushes its pending edits,
 *   answers `released` and becomes read-only ('takenOver'); this tab then reloads so it
 *   starts from the latest saved copy, never from its own stale one;
 * - as a fallback (no BroadcastChannel, or a tab of an older version), a `storage` event
 *   on this project's key means someone else saved it: read-only ('changedElsewhere').
 */
export type TabGuardState = 'alone' | 'duplicate' | 'takenOver' | 'changedElsewhere';

export type TabMessage =
  | { type: 'hello'; projectId: string; from: string }
  | { type: 'here'; projectId: string; from: string; to: string }
  | { type: 'takeover'; projectId: string; from: string }
  | { type: 'released'; projectId: string; from: string; to: string };

export interface ChannelLike {
  postMessage(message: TabMessage): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  removeEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  close(): void;
}

export interface StorageEventLike {
  key: string | null;
}

export interface EventTargetLike {
  addEventListener(type: 'storage', listener: (event: StorageEventLike) => void): void;
  removeEventListener(type: 'storage', listener: (event: StorageEventLike) => void): void;
}

export interface TabGuardOptions {
  projectId: string;
  onChange: (state: TabGuardState) => void;
  /** Defaults to a BroadcastChannel when the browser has one. */
  channel?: ChannelLike | null;
  /** Where `storage` events arrive; defaults to window. */
  events?: EventTargetLike | null;
  /** Survives the reload of a takeover; defaults to sessionStorage. */
  session?: KeyValueStorage | null;
  /** Identity of this page; defaults to one random id per page load. */
  tabId?: string;
  /** Saves edits still waiting for their debounce; defaults to a synthetic `pagehide`. */
  flushPending?: () => void;
  /** Defaults to location.reload(). */
  reload?: () => void;
  /** How long a takeover waits for the other tab's `released`, in ms. */
  releaseTimeoutMs?: number;
  /** How long a `storage` write may precede the `hello` of the tab that made it, in ms. */
  storageGraceMs?: number;
}

export interface TabGuard {
  state(): TabGuardState;
  /** Makes this tab the one that edits the project (reloads the page). */
  takeOver(): Promise<void>;
  close(): void;
}

export const TAB_CHANNEL = 'cocharte.tab-guard';
const TAKEOVER_KEY = 'cocharte.takeover';

function randomId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** One id per page load, shared by every guard of the page (StrictMode mounts twice). */
const PAGE_TAB_ID = randomId();

/**
 * The takeover flag is read once per page load and shared for a moment by every guard of
 * the page: StrictMode creates, closes and recreates the guard at once, and both must know
 * this page has just taken over. Later guards (the project reopened from the list) ask again.
 */
const TAKEOVER_SHARE_MS = 2000;
const takeoverByStorage = new WeakMap<object, { value: string | null; at: number }>();
function consumeTakeoverFlag(session: KeyValueStorage | null): string | null {
  if (!session) return null;
  const seen = takeoverByStorage.get(session);
  if (seen) return Date.now() - seen.at < TAKEOVER_SHARE_MS ? seen.value : null;
  let value: string | null = null;
  try {
    value = session.getItem(TAKEOVER_KEY);
    session.removeItem(TAKEOVER_KEY);
  } catch {
    // sessionStorage disabled: a takeover then just asks again.
  }
  takeoverByStorage.set(session, { value, at: Date.now() });
  return value;
}

function isTabMessage(data: unknown): data is TabMessage {
  if (data === null || typeof data !== 'object') return false;
  const m = data as Record<string, unknown>;
  return typeof m.type === 'string' && typeof m.projectId === 'string' && typeof m.from === 'string';
}

function defaultChannel(): ChannelLike | null {
  try {
    return typeof BroadcastChannel === 'undefined'
      ? null
      : (new BroadcastChannel(TAB_CHANNEL) as unknown as ChannelLike);
  } catch {
    return null;
  }
}

function defaultSession(): KeyValueStorage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

export function createTabGuard(options: TabGuardOptions): TabGuard {
  const { projectId, onChange, tabId = PAGE_TAB_ID, releaseTimeoutMs = 500, storageGraceMs = 500 } = options;
  const channel = options.channel === undefined ? defaultChannel() : options.channel;
  const events =
    options.events === undefined
      ? typeof window === 'undefined'
        ? null
        : (window as unknown as EventTargetLike)
      : options.events;
  const session = options.session === undefined ? defaultSession() : options.session;
  const flushPending = options.flushPending ?? (() => window.dispatchEvent(new Event('pagehide')));
  const reload = options.reload ?? (() => location.reload());

  let state: TabGuardState = 'alone';
  let closed = false;
  let graceTimer: ReturnType<typeof setTimeout> | undefined;
  let releaseWaiter: (() => void) | null = null;
  let takingOver = false;

  const set = (next: TabGuardState) => {
    if (closed || next === state) return;
    state = next;
    onChange(next);
  };
  const post = (message: TabMessage) => {
    try {
      channel?.postMessage(message);
    } catch {
      // A closed channel: nothing to tell.
    }
  };

  const onMessage = (event: { data: unknown }) => {
    const m = event.data;
    if (!isTabMessage(m) || m.projectId !== projectId || m.from === tabId) return;
    switch (m.type) {
      case 'hello':
        // A newcomer: it becomes read-only; a storage write it made on opening is not
        // a change by someone else.
        clearTimeout(graceTimer);
        post({ type: 'here', projectId, from: tabId, to: m.from });
        break;
      case 'here':
        if (m.to === tabId && state === 'alone') set('duplicate');
        break;
      case 'takeover':
        // Save what this tab still holds before the other one reloads from storage.
        if (state === 'alone') flushPending();
        set('takenOver');
        post({ type: 'released', projectId, from: tabId, to: m.from });
        break;
      case 'released':
        if (m.to === tabId) releaseWaiter?.();
        break;
    }
  };

  const onStorage = (event: StorageEventLike) => {
    // `storage` events only come from other tabs. key null means storage.clear().
    if (event.key !== STORAGE_KEYS.project(projectId) && event.key !== null) return;
    // During a takeover the other tab saves its last edits on purpose.
    if (state !== 'alone' || takingOver) return;
    clearTimeout(graceTimer);
    graceTimer = setTimeout(() => set('changedElsewhere'), storageGraceMs);
  };

  channel?.addEventListener('message', onMessage);
  events?.addEventListener('storage', onStorage);

  if (consumeTakeoverFlag(session) === projectId) post({ type: 'takeover', projectId, from: tabId });
  else post({ type: 'hello', projectId, from: tabId });

  return {
    state: () => state,
    async takeOver() {
      if (closed) return;
      takingOver = true;
      clearTimeout(graceTimer);
      const released = new Promise<void>((resolve) => {
        releaseWaiter = resolve;
        setTimeout(resolve, releaseTimeoutMs);
      });
      post({ type: 'takeover', projectId, from: tabId });
      await released;
      releaseWaiter = null;
      try {
        if (session) takeoverByStorage.delete(session);
        session?.setItem(TAKEOVER_KEY, projectId);
      } catch {
        // Without sessionStorage the reloaded tab asks again; nothing is overwritten.
      }
      reload();
    },
    close() {
      closed = true;
      clearTimeout(graceTimer);
      channel?.removeEventListener('message', onMessage);
      events?.removeEventListener('storage', onStorage);
      // Only channels this guard opened are closed; an injected one belongs to the caller.
      if (options.channel === undefined) channel?.close();
    },
  };
}
