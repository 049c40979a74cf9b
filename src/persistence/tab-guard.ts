import { type ChannelLike, PAGE_TAB_ID, announce, listenToLibrary, openLibraryChannel } from './library-channel';

/**
 * Two tabs on the same project must never silently overwrite each other: every save
 * writes the whole project, so the tab with the older copy would erase the other's work.
 *
 * The tab that edits a project holds a Web Lock named after it (navigator.locks):
 * - a tab opening a project asks for the lock `ifAvailable`; when another tab holds it,
 *   this one is read-only ('duplicate') until the user chooses;
 * - "Continue in this tab" asks the holder to save what it still has (BroadcastChannel
 *   `takeover`, answered by `released`), then takes the lock with `steal`: the other tab's
 *   lock is broken, it becomes read-only ('takenOver'), and this tab reopens the project
 *   from storage, with the other tab's last edits;
 * - a save or a deletion announced by another tab (a merge applied there, a rename from
 *   its list) makes this tab read-only too ('changedElsewhere', 'deletedElsewhere'): its
 *   next keystroke would otherwise erase that work.
 * A lock is released by the browser when its tab closes or crashes: no timers, no
 * heartbeat. Browsers without Web Locks (before 2022) get the messages only.
 */
/** 'checking' until the browser answers the lock request: nothing is saved meanwhile. */
export type TabGuardState = 'checking' | 'alone' | 'duplicate' | 'takenOver' | 'changedElsewhere' | 'deletedElsewhere';

export interface LockManagerLike {
  request(
    name: string,
    options: { ifAvailable?: boolean; steal?: boolean },
    callback: (lock: unknown) => Promise<unknown> | unknown,
  ): Promise<unknown>;
}

export interface TabGuardOptions {
  projectId: string;
  onChange: (state: TabGuardState) => void;
  /** Defaults to navigator.locks when the browser has it. */
  locks?: LockManagerLike | null;
  /** Defaults to the project library's BroadcastChannel. */
  channel?: ChannelLike | null;
  /** Identity of this page; defaults to one random id per page load. */
  tabId?: string;
  /**
   * Called when a read-only 'duplicate' tab becomes the editing one because the other
   * tab closed or let go: it must reload the project from storage first.
   */
  onOwned?: () => void;
  /** Saves edits this tab still holds, before another tab takes the project over. */
  flushPending?: () => Promise<void>;
  /** How long a takeover waits for the other tab's `released`, in ms (a crashed tab never answers). */
  releaseTimeoutMs?: number;
}

export interface TabGuard {
  state(): TabGuardState;
  /** Makes this tab the one that edits the project; resolves once it holds the lock. */
  takeOver(): Promise<void>;
  close(): void;
}

export const lockName = (projectId: string) => `cocharte.project.${projectId}`;

function defaultLocks(): LockManagerLike | null {
  const locks = globalThis.navigator?.locks;
  return locks ? locks : null;
}

/**
 * The lock a page holds, shared by the guards it creates in a row for one project (React's
 * StrictMode closes and recreates at once; the project reopened after a takeover): the
 * lock is released only if no guard of this page wants it a moment later, so a page never
 * finds itself read-only because of its own lock.
 */
interface Held {
  release: () => void;
  users: number;
  releaseTimer?: ReturnType<typeof setTimeout>;
}
const heldByPage = new Map<string, Held>();

export function createTabGuard(options: TabGuardOptions): TabGuard {
  const { projectId, onChange, tabId = PAGE_TAB_ID, releaseTimeoutMs = 1000 } = options;
  const locks = options.locks === undefined ? defaultLocks() : options.locks;
  const channel = options.channel === undefined ? openLibraryChannel() : options.channel;
  const flushPending = options.flushPending ?? (() => Promise.resolve());
  const name = lockName(projectId);
  const key = `${tabId}|${name}`;

  let state: TabGuardState = 'checking';
  let closed = false;
  let holding = false;
  let releaseWaiter: (() => void) | null = null;

  const set = (next: TabGuardState) => {
    if (closed || next === state) return;
    state = next;
    onChange(next);
  };

  const hold = (held: Held) => {
    holding = true;
    held.users += 1;
    clearTimeout(held.releaseTimer);
  };

  /** This tab stops editing: the lock goes to a tab waiting for it. */
  const letGo = () => {
    const held = heldByPage.get(key);
    if (!holding || !held) return;
    holding = false;
    heldByPage.delete(key);
    clearTimeout(held.releaseTimer);
    held.release();
  };

  /**
   * Asks for the lock: 'ifAvailable' answers at once, 'steal' breaks another tab's, 'wait'
   * queues behind the holder. Resolves true once held.
   */
  const acquire = (mode: 'ifAvailable' | 'steal' | 'wait'): Promise<boolean> => {
    if (!locks) return Promise.resolve(true);
    const options = mode === 'steal' ? { steal: true } : mode === 'ifAvailable' ? { ifAvailable: true } : {};
    return new Promise<boolean>((resolve) => {
      const request = locks.request(name, options, (lock) => {
        // A queued request answered after this tab closed, or took the project otherwise.
        if (!lock || (mode === 'wait' && (closed || holding || state !== 'duplicate'))) {
          resolve(false);
          return undefined;
        }
        // Held until every guard of this page on the project is closed.
        return new Promise<void>((release) => {
          const held: Held = { release, users: 0 };
          heldByPage.set(key, held);
          hold(held);
          resolve(true);
        });
      });
      request.catch(() => {
        // AbortError: another tab stole the lock.
        const held = heldByPage.get(key);
        if (held) heldByPage.delete(key);
        holding = false;
        if (state === 'alone') set('takenOver');
        resolve(false);
      });
    });
  };

  const stopListening = listenToLibrary(
    channel,
    (m) => {
      if (m.projectId !== projectId) return;
      switch (m.type) {
        case 'takeover':
          if (state !== 'alone') return;
          // Save what this tab still holds before the other one reads storage.
          void flushPending().finally(() => {
            announce(channel, { type: 'released', projectId, from: tabId, to: m.from });
            // Without Web Locks nothing else tells this tab it lost the project.
            if (!locks) set('takenOver');
          });
          break;
        case 'released':
          if (m.to === tabId) releaseWaiter?.();
          break;
        case 'saved':
          if (state !== 'alone') return;
          set('changedElsewhere');
          // The tab that saved it may now edit it.
          letGo();
          break;
        case 'deleted':
          if (state !== 'alone' && state !== 'changedElsewhere') return;
          set('deletedElsewhere');
          letGo();
          break;
      }
    },
    tabId,
  );

  const existing = heldByPage.get(key);
  if (existing) {
    hold(existing);
    set('alone');
  } else
    void acquire('ifAvailable').then((got) => {
      if (state !== 'checking') return;
      set(got ? 'alone' : 'duplicate');
      // Read-only until the other tab closes or lets go; then this one edits.
      if (!got)
        void acquire('wait').then((owned) => {
          if (!owned) return;
          set('alone');
          options.onOwned?.();
        });
    });

  return {
    state: () => state,
    async takeOver() {
      if (closed) return;
      const released = new Promise<void>((resolve) => {
        releaseWaiter = resolve;
        setTimeout(resolve, releaseTimeoutMs);
      });
      announce(channel, { type: 'takeover', projectId, from: tabId });
      await released;
      releaseWaiter = null;
      if (await acquire('steal')) set('alone');
    },
    close() {
      if (closed) return;
      closed = true;
      stopListening();
      // Only a channel this guard opened is closed; an injected one belongs to the caller.
      if (options.channel === undefined) channel?.close();
      const held = heldByPage.get(key);
      if (!holding || !held) return;
      held.users -= 1;
      if (held.users > 0) return;
      held.releaseTimer = setTimeout(() => {
        if (held.users > 0) return;
        heldByPage.delete(key);
        held.release();
      }, 0);
    },
  };
}
