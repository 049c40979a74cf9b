import { memoryLocalStorage } from '../testing/memory-local-storage';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor, fromCallback, fromPromise, waitFor } from 'xstate';
import { completeProject } from '../../tests/fixtures/project';
import { createEmptyProject } from '../domain/new-project';
import type { ProjectStore, StoredProject } from '../persistence/project-store';
import { createStore } from 'idb-keyval';
import { createProjectStore } from '../persistence/project-store';
import { createRequestStatusStore } from '../persistence/request-statuses';
import type { TabGuardState } from '../persistence/tab-guard';
import type { DraftProject } from '../schemas/project.schema';
import { type AppEvent, type AppInput, appMachine, type StartOutput } from './app.machine';
import { memoryProjectStore } from '../testing/memory-project-store';

/** A project store in memory: promises only, no timers, so fake timers drive the autosave. */
function start(store: ProjectStore, overrides: Partial<AppInput> = {}, tab: TabGuardState = 'alone') {
  const announced: string[] = [];
  const input: AppInput = {
    store,
    legacy: null,
    locale: 'fr',
    route: null,
    hash: '',
    newProject: () => createEmptyProject(new Date('2026-01-01T00:00:00Z')),
    copyProject: (p) => ({ ...p, id: `${p.id}-copy` }),
    sameProject: (a, b) => JSON.stringify(a) === JSON.stringify(b),
    renameProject: (p, title) => ({ ...p, partners: { ...p.partners, title } }),
    announce: (m) => announced.push(`${m.type}:${m.projectId}`),
    ...overrides,
  };
  // The tab guard answers at once; tests send other answers as events.
  const machine = appMachine.provide({
    actors: { tabGuard: fromCallback(({ sendBack }) => sendBack({ type: 'tab.state', state: tab })) },
  });
  const actor = createActor(machine, { input });
  actor.start();
  return { actor, announced };
}

const titled = (p: DraftProject, title: string): DraftProject => ({ ...p, partners: { ...p.partners, title } });
const inScreen = (actor: ReturnType<typeof start>['actor'], screen: 'home' | 'project' | 'comparing') =>
  waitFor(actor, (s) => s.matches({ screen }));

describe('the app machine', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('starts on the home screen with the projects of this device, newest first', async () => {
    const { store } = memoryProjectStore();
    await store.save(completeProject(), 'review');
    const { actor } = start(store);
    const s = await inScreen(actor, 'home');
    expect(s.context.view).toBe('home');
    expect(s.context.projects.map((p) => p.title)).toEqual([completeProject().partners.title]);
  });

  it('follows « new project » clicked while the home list is read again after another tab’s change', async () => {
    const { store } = memoryProjectStore();
    const { actor } = start(store);
    await inScreen(actor, 'home');
    // Another tab saved a project: the list is read again, and the click comes meanwhile.
    let release = () => {};
    const list = store.list.bind(store);
    store.list = () => new Promise((resolve) => void (release = () => void list().then(resolve)));
    actor.send({ type: 'library.changed' });
    actor.send({ type: 'project.new', locale: 'fr' });
    release();
    const s = await inScreen(actor, 'project');
    expect(s.context.open?.place).toBe('partners');
  });

  it('opens the project named by the address, on its step', async () => {
    const { store } = memoryProjectStore();
    const project = completeProject();
    await store.save(project, 'review');
    const { actor } = start(store, { route: { id: project.id, place: 'framework' } });
    const s = await inScreen(actor, 'project');
    expect(s.context.open?.project.id).toBe(project.id);
    expect(s.context.open?.place).toBe('framework');
  });

  it('saves at most once a second while the user types, and the last change within the second', async () => {
    const { store, saves } = memoryProjectStore();
    const { actor } = start(store);
    await inScreen(actor, 'home');
    actor.send({ type: 'project.new', locale: 'fr' });
    const opened = await inScreen(actor, 'project');
    const project = opened.context.open?.project as DraftProject;
    saves.length = 0;
    let title = '';
    for (let i = 0; i < 60; i++) {
      title += 'x';
      actor.send({ type: 'project.changed', project: titled(project, title), place: 'partners' });
      await vi.advanceTimersByTimeAsync(50);
    }
    // 3 s of typing: one save a second or so, never one per keystroke.
    expect(saves.length).toBeGreaterThanOrEqual(3);
    expect(saves.length).toBeLessThanOrEqual(4);
    await vi.advanceTimersByTimeAsync(1000);
    expect(saves.at(-1)?.title).toHaveLength(60);
  });

  it('saves the pending change before any screen change', async () => {
    const { store, saves } = memoryProjectStore();
    const { actor } = start(store);
    await inScreen(actor, 'home');
    actor.send({ type: 'project.new', locale: 'fr' });
    const opened = await inScreen(actor, 'project');
    const project = opened.context.open?.project as DraftProject;
    actor.send({ type: 'project.changed', project: titled(project, 'a'), place: 'partners' });
    actor.send({ type: 'project.changed', project: titled(project, 'ab'), place: 'partners' });
    // Typed a moment ago, well inside the throttle: "My projects" at once.
    actor.send({ type: 'home' });
    const home = await inScreen(actor, 'home');
    expect(saves.at(-1)).toEqual({ title: 'ab', place: 'partners' });
    expect(home.context.projects.map((p) => p.title)).toEqual(['ab']);
    expect(home.context.cameBack).toBe(true);
  });

  it('a project whose saves failed (storage full) keeps its last edits when the user goes home to free space and comes back', async () => {
    // fake-indexeddb answers through setImmediate: only the autosave's timers are faked.
    vi.useRealTimers();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    // The device's store over an IndexedDB that refuses every write while the disk is full.
    const idb = createStore('cocharte-app-machine-full', 'projects');
    let full = false;
    const store = createProjectStore((mode, callback) =>
      full && mode === 'readwrite'
        ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
        : idb(mode, callback),
    );
    const project = titled(completeProject(), 'Avant');
    await store.save(project, 'partners');
    full = true;
    const { actor } = start(store, { route: { id: project.id, place: 'partners' } });
    await inScreen(actor, 'project');
    const edited = { ...titled(project, 'Après'), updatedAt: '2026-06-01T10:00:00.000Z' };
    actor.send({ type: 'project.changed', project: edited, place: 'framework' });
    await vi.advanceTimersByTimeAsync(2000);
    expect(actor.getSnapshot().context.storage).toBe('full');
    // « Mes projets », to delete an old project there: the save fails again on the way.
    actor.send({ type: 'home' });
    await inScreen(actor, 'home');
    full = false;
    actor.send({ type: 'project.resume', id: project.id });
    const back = await inScreen(actor, 'project');
    expect(back.context.open?.project.partners.title).toBe('Après');
    expect(back.context.open?.place).toBe('framework');
    // Its next save, once storage takes it again, writes it all.
    const more = { ...edited, motivations: { ...edited.motivations }, updatedAt: '2026-06-01T10:05:00.000Z' };
    actor.send({ type: 'project.changed', project: more, place: 'framework' });
    await vi.advanceTimersByTimeAsync(2000);
    const stored = await createProjectStore(idb).load(project.id);
    expect(stored.ok && stored.stored.project.partners.title).toBe('Après');
  });

  it('stops saving once another tab owns or changed the project', async () => {
    const { store, saves } = memoryProjectStore();
    const { actor } = start(store);
    await inScreen(actor, 'home');
    actor.send({ type: 'project.new', locale: 'fr' });
    const opened = await inScreen(actor, 'project');
    const project = opened.context.open?.project as DraftProject;
    await vi.advanceTimersByTimeAsync(2000);
    saves.length = 0;
    actor.send({ type: 'tab.state', state: 'changedElsewhere' } satisfies AppEvent);
    actor.send({ type: 'project.changed', project: titled(project, 'would erase the merge'), place: 'partners' });
    await vi.advanceTimersByTimeAsync(5000);
    expect(saves).toEqual([]);
  });

  it('"Resume" on an unreadable record stays home, says why, and keeps the record', async () => {
    const { store, records } = memoryProjectStore();
    const broken = { version: 1, place: 'review', project: { id: 'broken' } };
    records.set('broken', broken);
    const { actor } = start(store);
    await inScreen(actor, 'home');
    actor.send({ type: 'project.resume', id: 'broken' });
    await vi.advanceTimersByTimeAsync(0);
    const s = await waitFor(actor, (snap) => snap.context.notice !== null);
    expect(s.context.notice).toEqual({ kind: 'unreadable', reason: 'damaged' });
    expect(s.context.view).toBe('home');
    expect(records.get('broken')).toBe(broken);
  });

  it('a file for a project kept here with other content is offered for comparison, never written over it', async () => {
    const { store, records } = memoryProjectStore();
    const local = completeProject();
    await store.save(local, 'review');
    const { actor } = start(store);
    await inScreen(actor, 'home');
    const received = titled(local, 'Changed by the partner');
    actor.send({ type: 'file.imported', project: received });
    const s = await waitFor(actor, (snap) => snap.context.incoming !== null);
    expect(s.context.incoming).toEqual({ result: { ok: true, project: received }, twin: true });
    expect((records.get(local.id) as StoredProject).project.partners.title).toBe(local.partners.title);
    actor.send({ type: 'incoming.compare' });
    const comparing = await inScreen(actor, 'comparing');
    expect(comparing.context.comparing?.incoming).toEqual(received);
  });

  it('tells the other tabs about each save and deletion', async () => {
    const { store } = memoryProjectStore();
    const project = completeProject();
    await store.save(project, 'review');
    const { actor, announced } = start(store);
    await inScreen(actor, 'home');
    actor.send({ type: 'project.rename', id: project.id, title: 'Renamed' });
    await waitFor(actor, (s) => s.context.projects[0]?.title === 'Renamed');
    actor.send({ type: 'project.delete', id: project.id });
    await waitFor(actor, (s) => s.context.projects.length === 0 && s.matches({ screen: 'home' }));
    expect(announced).toEqual([`saved:${project.id}`, `deleted:${project.id}`]);
  });

  it('forgets what a page left of a project once it is deleted, so it never comes back', async () => {
    const { store } = memoryProjectStore();
    const project = completeProject();
    await store.save(project, 'review');
    const journal = memoryLocalStorage([[`cocharte.pending.${project.id}`, '{}']]);
    const left = journal.map;
    // A damaged entry is dropped at start-up; leave a fresh one as a hidden page would.
    const { actor } = start(store, { journal });
    await inScreen(actor, 'home');
    left.set(`cocharte.pending.${project.id}`, '{}');
    actor.send({ type: 'project.delete', id: project.id });
    await waitFor(actor, (s) => s.context.projects.length === 0 && s.matches({ screen: 'home' }));
    expect(left.size).toBe(0);
  });
});

describe('deleting a project and its signing-by-link statuses', () => {
  it('deletes them with the project, and brings them back when the deletion is undone', async () => {
    const store = createProjectStore(createStore('cocharte-app-machine-requests', 'projects'));
    const statuses = createRequestStatusStore(createStore('cocharte-app-machine-requests', 'projects'));
    const project = completeProject();
    await store.save(project, 'signing');
    const declined = {
      kind: 'declined',
      fingerprint: 'a'.repeat(64),
      at: '2026-03-03T09:30:00+01:00',
      by: 'Marc Lefèvre',
      reason: 'Le budget n’est pas validé.',
    } as const;
    await statuses.write(project.id, { company: declined });
    const { actor } = start(store);
    await inScreen(actor, 'home');

    actor.send({ type: 'project.delete', id: project.id });
    await waitFor(actor, (s) => s.context.projects.length === 0 && s.matches({ screen: 'home' }));
    expect(await statuses.read(project.id)).toEqual({});

    actor.send({ type: 'project.undoDelete' });
    await waitFor(actor, (s) => s.context.projects.length === 1 && s.matches({ screen: 'home' }));
    expect(await statuses.read(project.id)).toEqual({ company: declined });
  });
  it('opens a new project made later (its code loads on the click), and stays home when that code cannot load', async () => {
    const { store, saves } = memoryProjectStore();
    let finish: (p: DraftProject) => void = () => {};
    const { actor } = start(store, { newProject: () => new Promise<DraftProject>((r) => (finish = r)) });
    await inScreen(actor, 'home');
    actor.send({ type: 'project.new', locale: 'fr' });
    await waitFor(actor, (s) => s.matches({ screen: 'creating' }));
    expect(actor.getSnapshot().context.view).toBe('home');
    finish(titled(createEmptyProject(new Date('2026-01-01T00:00:00Z')), 'Ferme école'));
    const opened = await inScreen(actor, 'project');
    expect(opened.context.open?.project.partners.title).toBe('Ferme école');
    expect(opened.context.open?.place).toBe('partners');
    expect(saves.map((s) => s.title)).toEqual(['Ferme école']);

    const failing = memoryProjectStore();
    const second = start(failing.store, { newProject: () => Promise.reject(new Error('chunk missing')) });
    await inScreen(second.actor, 'home');
    second.actor.send({ type: 'project.new', locale: 'fr' });
    const back = await waitFor(second.actor, (s) => s.matches({ screen: 'home' }) && s.context.intent === null);
    expect(back.context.view).toBe('home');
    expect(back.context.open).toBeNull();
    expect(failing.saves).toEqual([]);
  });

  it('names the next pair of a workshop and adds it to the session', async () => {
    const { store } = memoryProjectStore();
    const { actor } = start(store, { newProject: async () => createEmptyProject(new Date('2026-01-01T00:00:00Z')) });
    await inScreen(actor, 'home');
    actor.send({ type: 'facilitator.toggle' });
    actor.send({ type: 'project.new', locale: 'fr' });
    await inScreen(actor, 'project');
    actor.send({ type: 'project.nextPair', locale: 'fr', name: 'Lycée agricole', pairWord: 'Binôme' });
    const next = await waitFor(
      actor,
      (s) => s.matches({ screen: 'project' }) && s.context.workshop?.pairs.length === 1,
    );
    expect(next.context.open?.project.partners.title).toContain('Lycée agricole');
    expect(next.context.workshop?.pairs[0]?.projectId).toBe(next.context.open?.project.id);
  });
  it('shows the home screen at once on a first visit, and the list read behind it', async () => {
    const { store } = memoryProjectStore();
    // A project kept in IndexedDB without the marker (an earlier release): it shows once read.
    await store.save(completeProject(), 'review');
    let lists = 0;
    const counted: ProjectStore = { ...store, list: () => (lists++, store.list()) };
    const { actor } = start(counted, { startsEmpty: true });
    expect(actor.getSnapshot().matches({ screen: 'home' })).toBe(true);
    expect(actor.getSnapshot().context.projects).toEqual([]);
    const listed = await waitFor(actor, (s) => s.context.projects.length === 1);
    expect(listed.context.projects[0]?.title).toBe(completeProject().partners.title);
    expect(lists).toBe(1);
    // The home screen answers from the start.
    actor.send({ type: 'project.new', locale: 'fr' });
    await inScreen(actor, 'project');
  });

  it('waits for the start-up otherwise (a kept project, an address, a link)', async () => {
    const { store } = memoryProjectStore();
    const { actor } = start(store);
    expect(actor.getSnapshot().matches({ screen: 'starting' })).toBe(true);
    await inScreen(actor, 'home');
  });
  it('follows an address reached while the screen was changing (Back, then Forward at once)', async () => {
    const { store } = memoryProjectStore();
    const project = completeProject();
    await store.save(project, 'review');
    // The list is slow to read: Forward comes while the app is still going home.
    let releaseList: () => void = () => {};
    let slow = false;
    const slowStore: ProjectStore = {
      ...store,
      list: async () => {
        if (slow) await new Promise<void>((r) => (releaseList = r));
        return store.list();
      },
    };
    const { actor } = start(slowStore, { route: { id: project.id, place: 'review' } });
    await inScreen(actor, 'project');
    slow = true;
    actor.send({ type: 'route.changed', route: null });
    await waitFor(actor, (s) => s.matches({ screen: 'refreshing' }));
    actor.send({ type: 'route.changed', route: { id: project.id, place: 'review' } });
    releaseList();
    // Without the pending address the app rests on the home screen, the address on the review.
    const back = await waitFor(actor, (s) => s.matches({ screen: 'project' }) || s.matches({ screen: 'home' }));
    expect(back.value).toMatchObject({ screen: 'project' });
    expect(back.context.open?.project.id).toBe(project.id);
    expect(back.context.open?.place).toBe('review');
    expect(back.context.pendingRoute).toBeNull();
  });
  it('a popstate that keeps the home screen (the skip link) is not followed later', async () => {
    const { store } = memoryProjectStore();
    const { actor } = start(store);
    await inScreen(actor, 'home');
    actor.send({ type: 'route.changed', route: null });
    expect(actor.getSnapshot().context.pendingRoute).toBeNull();
    actor.send({ type: 'project.new', locale: 'fr' });
    const opened = await waitFor(actor, (s) => s.matches({ screen: 'project' }) || s.matches({ screen: 'home' }));
    // The old code raised the kept null route on entering the project: it went home again.
    expect(opened.value).toMatchObject({ screen: 'project' });
  });

  it('goes home when the start-up cannot finish (its code failed to load), leaving storage as it was', async () => {
    const { store } = memoryProjectStore();
    await store.save(completeProject(), 'review');
    const legacy = memoryLocalStorage([['cocharte.project.x', '{}']]);
    const failing = appMachine.provide({
      actors: {
        tabGuard: fromCallback(({ sendBack }) => sendBack({ type: 'tab.state', state: 'alone' })),
        startUp: fromPromise<StartOutput, { input: AppInput }>(async () => {
          throw new TypeError('Failed to fetch dynamically imported module');
        }),
      },
    });
    const actor = createActor(failing, {
      input: {
        store,
        legacy,
        locale: 'fr',
        route: null,
        hash: '',
        newProject: () => createEmptyProject(),
        copyProject: (p) => p,
        sameProject: () => false,
        renameProject: (p) => p,
      },
    });
    actor.start();
    const home = await inScreen(actor, 'home');
    expect(home.context.view).toBe('home');
    expect(home.context.projects).toHaveLength(1);
    expect(legacy.map.has('cocharte.project.x')).toBe(true);
  });
});
