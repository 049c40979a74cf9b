import { afterEach, describe, expect, it, vi } from 'vitest';
import { STORAGE_KEYS } from './storage';
import {
  createTabGuard,
  type ChannelLike,
  type EventTargetLike,
  type StorageEventLike,
  type TabGuardState,
  type TabMessage,
} from './tab-guard';

/** An in-memory BroadcastChannel: delivers to every other member, asynchronously like the real one. */
function bus() {
  const members = new Set<{ listeners: Set<(e: { data: unknown }) => void> }>();
  return () => {
    const me = { listeners: new Set<(e: { data: unknown }) => void>() };
    members.add(me);
    const channel: ChannelLike = {
      postMessage(message: TabMessage) {
        for (const m of members)
          if (m !== me) for (const l of m.listeners) queueMicrotask(() => l({ data: structuredClone(message) }));
      },
      addEventListener: (_t, l) => me.listeners.add(l),
      removeEventListener: (_t, l) => me.listeners.delete(l),
      close: () => members.delete(me),
    };
    return channel;
  };
}

function storageEvents() {
  const listeners = new Set<(e: StorageEventLike) => void>();
  const target: EventTargetLike = {
    addEventListener: (_t, l) => listeners.add(l),
    removeEventListener: (_t, l) => listeners.delete(l),
  };
  return { target, fire: (key: string | null) => listeners.forEach((l) => l({ key })) };
}

function memorySession() {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
  };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

function tab(
  join: () => ChannelLike,
  tabId: string,
  projectId = 'p1',
  extra: Partial<Parameters<typeof createTabGuard>[0]> = {},
) {
  const states: TabGuardState[] = [];
  const flushPending = vi.fn();
  const reload = vi.fn();
  const guard = createTabGuard({
    projectId,
    tabId,
    channel: join(),
    events: null,
    session: null,
    flushPending,
    reload,
    onChange: (s) => states.push(s),
    releaseTimeoutMs: 50,
    ...extra,
  });
  return { guard, states, flushPending, reload };
}

afterEach(() => vi.useRealTimers());

describe('tab guard', () => {
  it('leaves a tab alone when nobody else has the project open', async () => {
    const join = bus();
    const a = tab(join, 'a');
    const other = tab(join, 'b', 'another-project');
    await flush();
    expect(a.guard.state()).toBe('alone');
    expect(other.guard.state()).toBe('alone');
  });

  it('makes the second tab on a project read-only, never the first', async () => {
    const join = bus();
    const a = tab(join, 'a');
    await flush();
    const b = tab(join, 'b');
    await flush();
    await flush();
    expect(a.guard.state()).toBe('alone');
    expect(b.guard.state()).toBe('duplicate');
  });

  it('on takeover, the other tab saves its pending edits and becomes read-only before this one reloads', async () => {
    const join = bus();
    const a = tab(join, 'a');
    await flush();
    const b = tab(join, 'b');
    await flush();
    await flush();
    await b.guard.takeOver();
    expect(a.flushPending).toHaveBeenCalledTimes(1);
    expect(a.guard.state()).toBe('takenOver');
    expect(b.reload).toHaveBeenCalledTimes(1);
    // The flush happened before the reload, so the reloaded tab reads the latest copy.
    expect(a.flushPending.mock.invocationCallOrder[0]!).toBeLessThan(b.reload.mock.invocationCallOrder[0]!);
  });

  it('a reloaded tab that took over says so instead of asking, and stays editable', async () => {
    const join = bus();
    const session = memorySession();
    const a = tab(join, 'a');
    await flush();
    const b = tab(join, 'b', 'p1', { session });
    await flush();
    await flush();
    await b.guard.takeOver();
    b.guard.close();
    expect(session.getItem('cocharte.takeover')).toBe('p1');
    const b2 = tab(join, 'b2', 'p1', { session });
    await flush();
    await flush();
    expect(b2.guard.state()).toBe('alone');
    expect(a.guard.state()).toBe('takenOver');
    expect(session.getItem('cocharte.takeover')).toBeNull();
  });

  it('still reloads when the other tab never answers (closed or frozen)', async () => {
    const join = bus();
    const b = tab(join, 'b');
    await b.guard.takeOver();
    expect(b.reload).toHaveBeenCalledTimes(1);
  });

  it('falls back to storage events: a save of this project elsewhere makes this tab read-only', async () => {
    vi.useFakeTimers();
    const events = storageEvents();
    const a = tab(() => null as unknown as ChannelLike, 'a', 'p1', {
      channel: null,
      events: events.target,
      storageGraceMs: 100,
    });
    events.fire(STORAGE_KEYS.project('other'));
    events.fire(STORAGE_KEYS.locale);
    vi.advanceTimersByTime(200);
    expect(a.guard.state()).toBe('alone');
    events.fire(STORAGE_KEYS.project('p1'));
    vi.advanceTimersByTime(200);
    expect(a.guard.state()).toBe('changedElsewhere');
    expect(a.states).toEqual(['changedElsewhere']);
  });

  it('does not flag the first tab for the save a newcomer makes when it opens the project', async () => {
    const join = bus();
    const events = storageEvents();
    const a = tab(join, 'a', 'p1', { events: events.target, storageGraceMs: 30 });
    await flush();
    events.fire(STORAGE_KEYS.project('p1')); // the newcomer's openProject() save…
    const b = tab(join, 'b'); // …followed by its hello
    await new Promise((r) => setTimeout(r, 60));
    expect(a.guard.state()).toBe('alone');
    expect(b.guard.state()).toBe('duplicate');
  });

  it('ignores foreign and malformed messages and stops listening once closed', async () => {
    const join = bus();
    const a = tab(join, 'a');
    const raw = join();
    raw.postMessage({ type: 'here', projectId: 'p1', from: 'x', to: 'someone-else' });
    raw.postMessage(null as unknown as TabMessage);
    raw.postMessage({ type: 'takeover', projectId: 'p2', from: 'x' });
    await flush();
    expect(a.guard.state()).toBe('alone');
    a.guard.close();
    raw.postMessage({ type: 'takeover', projectId: 'p1', from: 'x' });
    await flush();
    expect(a.states).toEqual([]);
  });
});
