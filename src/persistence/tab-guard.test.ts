import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { announce, type ChannelLike, type LibraryMessage } from './library-channel';
import { createTabGuard, type LockManagerLike, type TabGuardState } from './tab-guard';

/**
 * A browser's Web Locks, shared by every tab of a test: `ifAvailable` answers null when
 * another holder has the lock; `steal` breaks the holder's request with an AbortError.
 */
function fakeLocks() {
  const held = new Map<string, { abort: (e: Error) => void; released: Promise<unknown> }>();
  const waiting: (() => void)[] = [];
  const next = () => waiting.shift()?.();
  const manager: LockManagerLike = {
    request(name, options, callback) {
      const current = held.get(name);
      if (current && options.ifAvailable) return Promise.resolve(callback(null));
      if (current && !options.steal)
        // A waiting request: granted when the holder lets go.
        return new Promise((resolve, reject) => {
          waiting.push(() => manager.request(name, {}, callback).then(resolve, reject));
        });
      if (current && options.steal) {
        held.delete(name);
        current.abort(new DOMException('stolen', 'AbortError'));
      }
      return new Promise((resolve, reject) => {
        const released = Promise.resolve(callback({ name }));
        const entry = { abort: reject, released };
        held.set(name, entry);
        released.then((v) => {
          if (held.get(name) === entry) {
            held.delete(name);
            next();
          }
          resolve(v);
        }, reject);
      });
    },
  };
  return { manager, isHeld: (name: string) => held.has(name) };
}

/** A BroadcastChannel between the tabs of a test: each message reaches the other ends, later. */
function fakeBus() {
  const ends = new Set<{ listeners: Set<(e: { data: unknown }) => void> }>();
  const open = (): ChannelLike => {
    const end = { listeners: new Set<(e: { data: unknown }) => void>() };
    ends.add(end);
    return {
      postMessage: (message: LibraryMessage) => {
        for (const other of ends)
          if (other !== end)
            for (const l of other.listeners) setTimeout(() => l({ data: structuredClone(message) }), 0);
      },
      addEventListener: (_t, l) => void end.listeners.add(l),
      removeEventListener: (_t, l) => void end.listeners.delete(l),
      close: () => void ends.delete(end),
    };
  };
  return { open };
}

const opened: { close(): void }[] = [];

function tab(
  tabId: string,
  locks: LockManagerLike,
  channel: ChannelLike,
  flushPending?: () => Promise<void>,
  projectId = 'p1',
) {
  const states: TabGuardState[] = [];
  const guard = createTabGuard({
    projectId,
    tabId,
    locks,
    channel,
    flushPending,
    onChange: (s) => states.push(s),
    onOwned: () => states.push('owned' as TabGuardState),
  });
  opened.push(guard);
  return { guard, states };
}

describe('tab guard (Web Locks)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(async () => {
    // Each page's lock is released: the next test starts with a fresh browser.
    for (const g of opened.splice(0)) g.close();
    await vi.runAllTimersAsync();
    vi.useRealTimers();
  });

  it('lets the first tab edit and makes a second tab on the same project read-only', async () => {
    const locks = fakeLocks();
    const bus = fakeBus();
    const a = tab('A', locks.manager, bus.open());
    await vi.advanceTimersByTimeAsync(0);
    const b = tab('B', locks.manager, bus.open());
    await vi.advanceTimersByTimeAsync(0);
    expect(a.guard.state()).toBe('alone');
    expect(b.guard.state()).toBe('duplicate');
    expect(a.states).toEqual(['alone']);
  });

  it('lets two tabs edit two different projects', async () => {
    const locks = fakeLocks();
    const bus = fakeBus();
    const a = tab('A', locks.manager, bus.open(), undefined, 'p1');
    const b = tab('B', locks.manager, bus.open(), undefined, 'p2');
    await vi.advanceTimersByTimeAsync(0);
    expect([a.guard.state(), b.guard.state()]).toEqual(['alone', 'alone']);
  });

  it('"continue in this tab": the other tab saves first, then loses the lock and becomes read-only', async () => {
    const locks = fakeLocks();
    const bus = fakeBus();
    const order: string[] = [];
    const a = tab('A', locks.manager, bus.open(), async () => void order.push('A saved its last edits'));
    await vi.advanceTimersByTimeAsync(0);
    const b = tab('B', locks.manager, bus.open());
    await vi.advanceTimersByTimeAsync(0);
    const done = b.guard.takeOver().then(() => order.push('B holds the project'));
    // Well under the release timeout: B goes on because A answered.
    await vi.advanceTimersByTimeAsync(10);
    await done;
    expect(order).toEqual(['A saved its last edits', 'B holds the project']);
    expect(b.guard.state()).toBe('alone');
    expect(a.guard.state()).toBe('takenOver');
  });

  it('takes over from a tab that never answers (frozen) after the release timeout', async () => {
    const locks = fakeLocks();
    const bus = fakeBus();
    const a = tab('A', locks.manager, bus.open(), () => new Promise(() => undefined));
    await vi.advanceTimersByTimeAsync(0);
    const b = tab('B', locks.manager, bus.open());
    await vi.advanceTimersByTimeAsync(0);
    const done = b.guard.takeOver();
    await vi.advanceTimersByTimeAsync(999);
    expect(b.guard.state()).toBe('duplicate');
    await vi.advanceTimersByTimeAsync(1);
    await done;
    expect(b.guard.state()).toBe('alone');
    expect(a.guard.state()).toBe('takenOver');
  });

  it('a save or a deletion announced by another tab makes the editing tab read-only', async () => {
    const locks = fakeLocks();
    const bus = fakeBus();
    const a = tab('A', locks.manager, bus.open());
    const other = bus.open();
    await vi.advanceTimersByTimeAsync(0);
    announce(other, { type: 'saved', projectId: 'p2', from: 'B' });
    await vi.advanceTimersByTimeAsync(0);
    expect(a.guard.state()).toBe('alone');
    announce(other, { type: 'saved', projectId: 'p1', from: 'B' });
    await vi.advanceTimersByTimeAsync(0);
    expect(a.guard.state()).toBe('changedElsewhere');
    announce(other, { type: 'deleted', projectId: 'p1', from: 'B' });
    await vi.advanceTimersByTimeAsync(0);
    expect(a.guard.state()).toBe('deletedElsewhere');
  });

  it('a read-only tab becomes the editing one when the other tab closes', async () => {
    const locks = fakeLocks();
    const bus = fakeBus();
    const a = tab('A', locks.manager, bus.open());
    await vi.advanceTimersByTimeAsync(0);
    const b = tab('B', locks.manager, bus.open());
    await vi.advanceTimersByTimeAsync(0);
    expect(b.guard.state()).toBe('duplicate');
    a.guard.close();
    await vi.advanceTimersByTimeAsync(0);
    expect(b.guard.state()).toBe('alone');
    // It is told, so it reloads the saved copy before editing.
    expect(b.states).toEqual(['duplicate', 'alone', 'owned']);
  });

  it('a tab whose project was changed elsewhere lets go of it: the tab that changed it edits', async () => {
    const locks = fakeLocks();
    const bus = fakeBus();
    const a = tab('A', locks.manager, bus.open());
    await vi.advanceTimersByTimeAsync(0);
    // Tab B applied a merge to p1, then opens it: A still holds it for a moment.
    const bChannel = bus.open();
    announce(bChannel, { type: 'saved', projectId: 'p1', from: 'B' });
    const b = tab('B', locks.manager, bChannel);
    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(0);
    expect(a.guard.state()).toBe('changedElsewhere');
    expect(b.guard.state()).toBe('alone');
  });

  it('ignores what the same page announces', async () => {
    const locks = fakeLocks();
    const bus = fakeBus();
    const a = tab('A', locks.manager, bus.open());
    await vi.advanceTimersByTimeAsync(0);
    announce(bus.open(), { type: 'saved', projectId: 'p1', from: 'A' });
    await vi.advanceTimersByTimeAsync(0);
    expect(a.guard.state()).toBe('alone');
  });

  it('a page that closes and reopens its guard at once (StrictMode) keeps its own lock', async () => {
    const locks = fakeLocks();
    const bus = fakeBus();
    const first = tab('A', locks.manager, bus.open());
    await vi.advanceTimersByTimeAsync(0);
    first.guard.close();
    const second = tab('A', locks.manager, bus.open());
    await vi.advanceTimersByTimeAsync(0);
    expect(second.guard.state()).toBe('alone');
    expect(locks.isHeld('cocharte.project.p1')).toBe(true);
    second.guard.close();
    await vi.advanceTimersByTimeAsync(0);
    expect(locks.isHeld('cocharte.project.p1')).toBe(false);
    // The lock is free: another tab now edits.
    const b = tab('B', locks.manager, bus.open());
    await vi.advanceTimersByTimeAsync(0);
    expect(b.guard.state()).toBe('alone');
  });

  it('without Web Locks, a takeover still goes through the messages', async () => {
    const bus = fakeBus();
    const a = tab('A', null as unknown as LockManagerLike, bus.open());
    const b = tab('B', null as unknown as LockManagerLike, bus.open());
    const done = b.guard.takeOver();
    await vi.advanceTimersByTimeAsync(10);
    await done;
    expect(a.guard.state()).toBe('takenOver');
    expect(b.guard.state()).toBe('alone');
  });
});
