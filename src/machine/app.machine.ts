import { assign, enqueueActions, fromCallback, fromPromise, raise, setup } from 'xstate';
import type { FlowState } from '../domain/flow';
import { openingPlace } from '../domain/visited';
import { flushDrafts } from '../lib/flush-drafts';
import type { Locale } from '../i18n/i18n';
import { type Autosave, createAutosave } from '../persistence/autosave';
import type { LegacyStorage, MigrationResult } from '../persistence/migrate-local-storage';
import type { JournalStorage } from '../persistence/pending-journal';
import type { ProjectFileResult } from '../persistence/project-file';
import {
  type LoadResult,
  type ProjectStore,
  type ProjectSummary,
  type SaveResult,
  type StorageFailure,
  type StoredProject,
  type UnreadableProject,
  type UnreadableReason,
} from '../persistence/project-store';
import { hasKeyStartingWith, STORAGE_KEYS } from '../persistence/storage';
import type { TabGuard, TabGuardState } from '../persistence/tab-guard';
import type { LibraryOpInput } from './app.library-ops';
import type { DraftProject } from '../schemas/project.schema';
import type { WorkshopSession } from '../schemas/workshop.schema';
import { addPair, newWorkshop, nextPairNumber, pairTitle } from '../domain/workshop';

/**
 * The app above the wizard: which screen is shown (home, an open project, a comparison),
 * what arrived from a link or a file, and the storage and tab guard behind them.
 *
 * Screens change only through this machine, and every change away from an open project
 * first flushes its autosave (state `leaving`), so the last keystrokes are never left
 * behind. The project's rules stay in the domain; copies of a project (new identity) are
 * made by the functions given as input, so this file holds no rule of its own.
 */

export type View = 'starting' | 'home' | 'project' | 'comparing';
export type TabState = TabGuardState;

export interface OpenProject {
  project: DraftProject;
  place: FlowState;
  /** Bumped to remount the wizard when a project is (re)opened. */
  session: number;
  /**
   * Opened from a screen of the app (the home screen, the comparison), not by the page's
   * start-up: the button pressed is gone, so focus moves to the step's heading.
   */
  fromScreen?: boolean;
}

/** What to do once the open project is saved. */
export type Intent =
  | { to: 'home' }
  | { to: 'open'; project: DraftProject; place: FlowState; asCopy?: boolean }
  /** A new project, made once its code has loaded; a workshop's next pair is named and joins the session. */
  | { to: 'new'; locale: Locale; pair?: { name: string; pairWord: string } }
  | { to: 'resume'; id: string; place?: FlowState }
  | { to: 'import'; project: DraftProject }
  | { to: 'compare'; incoming: DraftProject };

/** A project and step named by the address, or null for the home screen. */
export type RouteTarget = { id: string; place?: FlowState } | null;

export type AppNotice =
  | { kind: 'unreadable'; reason: UnreadableReason | 'missing' | 'unavailable' }
  | { kind: 'migrationFailed' }
  /** A workshop's projects deleted together when the facilitator quit: undone together. */
  | { kind: 'sessionDeleted'; projects: DeletedProject[] };

/** A deleted project, kept until undone, with where its signing by link stood (raw, as stored). */
export type DeletedProject = StoredProject & { requests?: unknown };

export interface AppInput {
  store: ProjectStore;
  /** The previous release's localStorage, migrated once at start-up. */
  legacy: LegacyStorage | null;
  /** Where a page leaves its last edits while it goes away (persistence/pending-journal.ts). */
  journal?: JournalStorage | null;
  locale: Locale;
  /** The project and step named by the address the tab was opened on. */
  route: RouteTarget;
  /** The address's fragment, which may carry a shared project. */
  hash: string;
  /**
   * A first visit (nothing of Cocharte's kept on this device) on a plain address: the home
   * screen shows at once and the list of projects is read behind it (region `firstList`),
   * instead of a loading message while the start-up reads an empty list.
   */
  startsEmpty?: boolean;
  /** May answer later: in the browser the empty project's code loads with the first click. */
  newProject: (locale: Locale) => DraftProject | Promise<DraftProject>;
  // The three below may answer later (a promise): in the browser they load the domain's
  // edits with the first use, so the home screen goes without them (and without SHA-256).
  /** A copy with its own identity (and no signatures). */
  copyProject: (project: DraftProject) => DraftProject | Promise<DraftProject>;
  /** Whether two projects hold the same content. TODO(domain): `sameContent` from src/domain. */
  sameProject: (a: DraftProject, b: DraftProject) => boolean | Promise<boolean>;
  /** TODO(domain): `renameProject(project, title, now)` from src/domain. */
  renameProject: (project: DraftProject, title: string) => DraftProject | Promise<DraftProject>;
  /** Called after each save and deletion, to tell the other tabs. */
  announce?: (message: { type: 'saved' | 'deleted'; projectId: string }) => void;
  /** Autosave throttle, in ms. */
  autosaveMs?: number;
  /** Where the facilitator's workshop session is kept (on across pairs and reloads). */
  workshop?: {
    /** Read once at start-up (asynchronous: its schema loads only when a session is kept). */
    read: () => WorkshopSession | null | Promise<WorkshopSession | null>;
    write: (session: WorkshopSession | null) => void;
  };
  clock?: () => Date;
}

export interface AppContext {
  input: AppInput;
  view: View;
  projects: ProjectSummary[];
  unreadable: UnreadableProject[];
  open: OpenProject | null;
  sessions: number;
  /** What arrived, and whether a project with the same id is kept here (it can be compared). */
  incoming: { result: ProjectFileResult; twin: boolean } | null;
  comparing: { local: StoredProject; incoming: DraftProject } | null;
  deleted: DeletedProject | null;
  notice: AppNotice | null;
  storage: 'ok' | StorageFailure;
  /** True once the user came back from a project: the home screen then takes focus. */
  cameBack: boolean;
  /** The facilitator's workshop, while the mode is on. */
  workshop: WorkshopSession | null;
  tab: TabState;
  autosave: Autosave<DraftProject, FlowState> | null;
  intent: Intent | null;
  /**
   * An address reached by Back or Forward while the screen was changing (saving, reading
   * the list, opening a project): followed as soon as a screen is shown, so the screen
   * always ends up matching the address.
   */
  pendingRoute: { route: RouteTarget } | null;
}

export type AppEvent =
  | { type: 'home' }
  | { type: 'project.new'; locale: Locale }
  | { type: 'project.resume'; id: string }
  | { type: 'project.rename'; id: string; title: string }
  | { type: 'project.duplicate'; id: string; suffix: string }
  /** `ids`: a workshop's projects, deleted at once (app.library-ops.ts), undone at once. */
  | { type: 'project.delete'; id: string; ids?: string[] }
  | { type: 'project.undoDelete'; projects?: DeletedProject[] }
  | { type: 'project.changed'; project: DraftProject; place: FlowState }
  | { type: 'project.nextPair'; locale: Locale; name: string; pairWord: string }
  | { type: 'workshop.minutes'; minutes: number }
  | { type: 'workshop.synced'; workshop: WorkshopSession | null }
  | { type: 'file.imported'; project: DraftProject }
  | { type: 'link.received'; hash: string }
  | { type: 'incoming.import' }
  | { type: 'incoming.compare' }
  | { type: 'incoming.dismiss' }
  | { type: 'compare.apply'; merged: DraftProject }
  | { type: 'compare.cancel' }
  | { type: 'facilitator.toggle' }
  | { type: 'facilitator.close' }
  | { type: 'route.changed'; route: RouteTarget }
  | { type: 'tab.state'; state: TabGuardState }
  | { type: 'tab.takeOver' }
  | { type: 'tab.tookOver' }
  | { type: 'tab.keep' }
  | { type: 'library.changed' }
  | { type: 'storage.saved'; result: SaveResult }
  | { type: 'notice.dismiss' };

export interface StartOutput {
  migration: 'ok' | 'failed';
  list: Awaited<ReturnType<ProjectStore['list']>>;
  opened: StoredProject | null;
  failed: LoadResult | null;
  workshop: WorkshopSession | null;
}

/** What may start from the home screen and from an open project alike. */
const SCREEN_CHANGES = {
  'file.imported': { target: 'leaving', actions: 'takeFile' },
  'incoming.import': { target: 'leaving', actions: 'takeIncomingAsProject' },
  'incoming.compare': { target: 'leaving', actions: 'takeIncomingToCompare' },
} as const;

export const appMachine = setup({
  types: {
    context: {} as AppContext,
    events: {} as AppEvent,
    input: {} as AppInput,
  },
  actors: {
    startUp: fromPromise<StartOutput, { input: AppInput }>(async ({ input: { input } }) => {
      // The code that migrates the previous release's storage, or stores what a page left,
      // loads only when there is something of the kind (most starts have neither).
      const migration: MigrationResult =
        hasKeyStartingWith(input.legacy, STORAGE_KEYS.project('')) ||
        hasKeyStartingWith(input.legacy, STORAGE_KEYS.current)
          ? await (await import('../persistence/migrate-local-storage')).migrateLocalStorage(input.legacy, input.store)
          : { ok: true, migrated: [], current: null };
      // Edits a page left while it went away (a reload right after typing) are stored first.
      const journal = input.journal ?? null;
      if (hasKeyStartingWith(journal, STORAGE_KEYS.pending('')))
        await (await import('../persistence/pending-journal')).replayPending(input.store, journal);
      // The previous release remembered one "current" project for every tab; it is opened
      // once, by the tab that migrates, and from then on each tab has its own (its address).
      const id = input.route?.id ?? (migration.ok ? migration.current : null);
      const loaded = id ? await input.store.load(id) : null;
      const list = await input.store.list();
      const workshop = (await input.workshop?.read()) ?? null;
      return {
        workshop,
        migration: migration.ok ? 'ok' : 'failed',
        list,
        opened: loaded?.ok ? { ...loaded.stored, place: input.route?.place ?? loaded.stored.place } : null,
        failed: loaded && !loaded.ok && input.route ? loaded : null,
      };
    }),
    list: fromPromise(({ input }: { input: { store: ProjectStore } }) => input.store.list()),
    create: fromPromise(async ({ input }: { input: { ctx: AppInput; locale: Locale } }) =>
      input.ctx.newProject(input.locale),
    ),
    load: fromPromise(({ input }: { input: { store: ProjectStore; id: string } }) => input.store.load(input.id)),
    save: fromPromise(
      async ({
        input,
      }: {
        input: { ctx: AppInput; project: DraftProject; place: FlowState; asCopy?: boolean };
      }): Promise<{ result: SaveResult; project: DraftProject }> => {
        // A project received under an id kept here opens as a copy, made now.
        const project = input.asCopy ? await input.ctx.copyProject(input.project) : input.project;
        const result = await input.ctx.store.save(project, input.place);
        if (result.ok) input.ctx.announce?.({ type: 'saved', projectId: project.id });
        return { result, project };
      },
    ),
    /** A file to import, and whether a project kept under its id holds the same content. */
    loadToImport: fromPromise(async ({ input }: { input: { ctx: AppInput; project: DraftProject | null } }) => {
      if (!input.project) return { kept: false, same: false };
      const got = await input.ctx.store.load(input.project.id);
      if (!got.ok) return { kept: false, same: false };
      return { kept: true, same: await input.ctx.sameProject(got.stored.project, input.project) };
    }),
    flush: fromPromise(async ({ input }: { input: { autosave: Autosave<DraftProject, FlowState> | null } }) => {
      // The forms send their drafts to the wizard, which tells this machine; that event
      // is queued behind the current one, and handled before the next microtask.
      flushDrafts();
      await Promise.resolve();
      await input.autosave?.flush();
    }),
    // Rename, duplicate, delete and undo: their code loads with the first of them.
    libraryOp: fromPromise(async ({ input }: { input: LibraryOpInput }) =>
      (await import('./app.library-ops')).runLibraryOp(input),
    ),
    decodeLink: fromPromise(async ({ input }: { input: { hash: string; store: ProjectStore } }) => {
      // Decoded after the first screen is drawn, never during it; the decompressor is
      // loaded only when a link carries a project.
      const { readShareFragmentAsync } = await import('../persistence/share-link');
      const result = await readShareFragmentAsync(input.hash);
      if (!result) return null;
      const twin = result.ok ? (await input.store.load(result.project.id)).ok : false;
      return { result, twin };
    }),
    tabGuard: fromCallback<AppEvent, { projectId: string; flush: () => Promise<void> }>(
      ({ sendBack, receive, input }) => {
        // Loaded with the first project opened (the home screen has no use for it); the tab
        // stays 'checking', saving nothing, until the guard has answered.
        let stopped = false;
        const guard: Promise<TabGuard | null> = import('../persistence/tab-guard').then(
          ({ createTabGuard }) =>
            stopped
              ? null
              : createTabGuard({
                  projectId: input.projectId,
                  flushPending: input.flush,
                  onChange: (state) => sendBack({ type: 'tab.state', state }),
                  // The other tab closed or let go: start again from the copy it saved.
                  onOwned: () => sendBack({ type: 'tab.tookOver' }),
                }),
          () => {
            // Its code could not be loaded: this tab cannot hear the others, and saving the
            // user's work matters more than that warning.
            if (!stopped) sendBack({ type: 'tab.state', state: 'alone' });
            return null;
          },
        );
        receive((event) => {
          if (event.type === 'tab.takeOver')
            void guard.then((g) => g?.takeOver()).then(() => sendBack({ type: 'tab.tookOver' }));
        });
        return () => {
          stopped = true;
          void guard.then((g) => g?.close());
        };
      },
    ),
  },
  guards: {
    hasIncomingLink: ({ context }) => context.input.hash.length > 1,
    startsEmpty: ({ context }) => context.input.startsEmpty === true,
    isTabFree: ({ context }) => context.tab === 'alone',
    intentIs: ({ context }, params: { to: Intent['to'] }) => context.intent?.to === params.to,
  },
  actions: {
    /** Opens a project: a new wizard, a new autosave and a tab guard for it. */
    openProject: enqueueActions(({ context, enqueue, self }, params: { stored: StoredProject }) => {
      enqueue.stopChild('tabGuard');
      void context.autosave?.flush();
      const autosave = createAutosave<DraftProject, FlowState>({
        waitMs: context.input.autosaveMs ?? 1000,
        save: async (project, place) => {
          const result = await context.input.store.save(project, place);
          if (result.ok) context.input.announce?.({ type: 'saved', projectId: project.id });
          self.send({ type: 'storage.saved', result });
        },
      });
      enqueue.assign({
        open: { ...params.stored, session: context.sessions + 1, fromScreen: context.view !== 'starting' },
        sessions: context.sessions + 1,
        view: 'project',
        tab: 'checking',
        autosave,
        comparing: null,
        notice: null,
      });
      enqueue.spawnChild('tabGuard', {
        id: 'tabGuard',
        input: {
          projectId: params.stored.project.id,
          flush: async () => {
            flushDrafts();
            await Promise.resolve();
            await autosave.flush();
          },
        },
      });
    }),
    closeProject: enqueueActions(({ context, enqueue }) => {
      enqueue.stopChild('tabGuard');
      // Anything still pending is saved, unless another tab owns the project now.
      if (context.tab === 'alone') void context.autosave?.flush();
      else context.autosave?.cancel();
      enqueue.assign({ open: null, autosave: null, tab: 'checking' });
    }),
    setWorkshop: assign(({ context }, params: { workshop: WorkshopSession | null }) => {
      context.input.workshop?.write(params.workshop);
      return { workshop: params.workshop };
    }),
    setList: assign((_, params: { list: Awaited<ReturnType<ProjectStore['list']>> }) =>
      params.list.ok
        ? { projects: params.list.projects, unreadable: params.list.unreadable }
        : { storage: params.list.reason },
    ),
    setIntent: assign((_, params: { intent: Intent }) => ({ intent: params.intent })),
    followPendingRoute: enqueueActions(({ context, enqueue }) => {
      if (!context.pendingRoute) return;
      const { route } = context.pendingRoute;
      enqueue.assign({ pendingRoute: null });
      // Already there (the project and step the address names): nothing to follow.
      if (route && context.open?.project.id === route.id && (!route.place || route.place === context.open.place))
        return;
      if (!route && context.view === 'home') return;
      enqueue.raise({ type: 'route.changed', route });
    }),
    takeFile: assign(({ event }) =>
      event.type === 'file.imported'
        ? { intent: { to: 'import', project: event.project } as Intent, incoming: null }
        : {},
    ),
    takeIncomingAsProject: assign(({ context }) => {
      const received = context.incoming?.result;
      if (!received?.ok) return { incoming: null };
      // A project kept here under the same id is never replaced: the link opens as a copy
      // (made when it is saved, state `opening`).
      const intent: Intent = {
        to: 'open',
        project: received.project,
        place: openingPlace(received.project),
        asCopy: context.incoming?.twin === true,
      };
      return { incoming: null, input: { ...context.input, hash: '' }, intent };
    }),
    takeIncomingToCompare: assign(({ context }) => {
      const received = context.incoming?.result;
      const intent: Intent = received?.ok ? { to: 'compare', incoming: received.project } : { to: 'home' };
      return { incoming: null, input: { ...context.input, hash: '' }, intent };
    }),
  },
}).createMachine({
  id: 'app',
  type: 'parallel',
  context: ({ input }) => ({
    input,
    view: 'starting',
    projects: [],
    unreadable: [],
    open: null,
    sessions: 0,
    incoming: null,
    comparing: null,
    deleted: null,
    notice: null,
    storage: 'ok',
    cameBack: false,
    // Read by startUp, before any screen is shown.
    workshop: null,
    tab: 'checking',
    autosave: null,
    intent: null,
    pendingRoute: null,
  }),
  states: {
    screen: {
      initial: 'starting',
      on: {
        'project.changed': {
          actions: enqueueActions(({ context, event, enqueue }) => {
            if (!context.open || context.open.project.id !== event.project.id) return;
            enqueue.assign({ open: { ...context.open, project: event.project, place: event.place } });
            if (context.tab === 'alone') context.autosave?.push(event.project, event.place);
          }),
        },
        'storage.saved': {
          actions: assign(({ event }) => ({ storage: event.result.ok ? ('ok' as const) : event.result.reason })),
        },
        // Home and project handle it themselves; here it arrives during a screen change.
        'route.changed': { actions: assign(({ event }) => ({ pendingRoute: { route: event.route } })) },
        'tab.state': {
          actions: enqueueActions(({ context, event, enqueue }) => {
            enqueue.assign({ tab: event.state });
            if (event.state === 'alone' && context.open)
              context.autosave?.push(context.open.project, context.open.place);
            // Another tab owns the project now: this one must not write over it.
            if (event.state !== 'alone') context.autosave?.cancel();
          }),
        },
        'tab.takeOver': {
          actions: enqueueActions(({ enqueue }) => enqueue.sendTo('tabGuard', { type: 'tab.takeOver' })),
        },
        'notice.dismiss': { actions: assign({ notice: null }) },
        'facilitator.toggle': {
          actions: {
            type: 'setWorkshop',
            params: ({ context }) => ({ workshop: context.workshop ? null : newWorkshop() }),
          },
        },
        'facilitator.close': { actions: { type: 'setWorkshop', params: { workshop: null } } },
        // Another tab changed the session (kept on the device): take it as is, without writing it back.
        'workshop.synced': { actions: assign(({ event }) => ({ workshop: event.workshop })) },
        'workshop.minutes': {
          actions: {
            type: 'setWorkshop',
            params: ({ context, event }) => ({
              workshop: context.workshop ? { ...context.workshop, minutes: event.minutes } : null,
            }),
          },
        },
      },
      states: {
        starting: {
          always: { guard: 'startsEmpty', target: 'home', actions: assign({ view: 'home' }) },
          invoke: {
            src: 'startUp',
            input: ({ context }) => ({ input: context.input }),
            onDone: [
              {
                guard: ({ event }) => event.output.opened !== null,
                target: 'project',
                actions: [
                  { type: 'setList', params: ({ event }) => ({ list: event.output.list }) },
                  assign(({ event }) => ({ workshop: event.output.workshop })),
                  {
                    type: 'openProject',
                    params: ({ event }) => ({ stored: event.output.opened as StoredProject }),
                  },
                ],
              },
              {
                target: 'home',
                actions: [
                  { type: 'setList', params: ({ event }) => ({ list: event.output.list }) },
                  assign(({ event }) => ({
                    workshop: event.output.workshop,
                    view: 'home' as const,
                    notice: event.output.failed
                      ? ({
                          kind: 'unreadable',
                          reason: event.output.failed.ok ? 'missing' : event.output.failed.reason,
                        } as const)
                      : event.output.migration === 'failed'
                        ? ({ kind: 'migrationFailed' } as const)
                        : null,
                  })),
                ],
              },
            ],
            // Its code could not be loaded (the migration's, the journal's): nothing was
            // changed, the home screen reads the list; the next start tries again.
            onError: { target: 'refreshing', actions: assign({ view: 'home' }) },
          },
        },
        home: {
          entry: 'followPendingRoute',
          on: {
            ...SCREEN_CHANGES,
            'project.new': {
              target: 'leaving',
              actions: {
                type: 'setIntent',
                params: ({ event }) => ({ intent: { to: 'new', locale: event.locale } }),
              },
            },
            'project.resume': {
              target: 'leaving',
              actions: { type: 'setIntent', params: ({ event }) => ({ intent: { to: 'resume', id: event.id } }) },
            },
            'project.rename': 'library',
            'project.duplicate': 'library',
            'project.delete': 'library',
            'project.undoDelete': 'library',
            'library.changed': 'refreshing',
            'route.changed': [
              {
                guard: ({ event }) => event.route !== null,
                target: 'leaving',
                actions: {
                  type: 'setIntent',
                  params: ({ event }) => ({
                    intent: { to: 'resume', id: event.route?.id ?? '', place: event.route?.place },
                  }),
                },
              },
              // Already home (e.g. the skip link's `#main` fires popstate): nothing to follow,
              // and nothing kept to follow later.
              { actions: assign({ pendingRoute: null }) },
            ],
          },
        },
        refreshing: {
          // The list is read again (another tab changed it, or after a rename) while the user
          // may already be choosing: a choice made meanwhile is followed, not dropped.
          on: {
            ...SCREEN_CHANGES,
            'project.new': { target: 'home', actions: raise(({ event }) => event) },
            'project.resume': { target: 'home', actions: raise(({ event }) => event) },
          },
          invoke: {
            src: 'list',
            input: ({ context }) => ({ store: context.input.store }),
            onDone: { target: 'home', actions: { type: 'setList', params: ({ event }) => ({ list: event.output }) } },
            onError: 'home',
          },
        },
        library: {
          invoke: {
            src: 'libraryOp',
            input: ({ context, event }) => ({ ctx: context.input, event, deleted: context.deleted }),
            onDone: { target: 'refreshing', actions: assign(({ event }) => event.output) },
            onError: 'refreshing',
          },
        },
        project: {
          entry: 'followPendingRoute',
          on: {
            ...SCREEN_CHANGES,
            home: {
              target: 'leaving',
              actions: { type: 'setIntent', params: { intent: { to: 'home' } } },
            },
            'route.changed': {
              target: 'leaving',
              actions: {
                type: 'setIntent',
                params: ({ event }) => ({
                  intent: event.route ? { to: 'resume', id: event.route.id, place: event.route.place } : { to: 'home' },
                }),
              },
            },
            'project.nextPair': {
              target: 'leaving',
              actions: {
                type: 'setIntent',
                params: ({ event }) => ({
                  intent: { to: 'new', locale: event.locale, pair: { name: event.name, pairWord: event.pairWord } },
                }),
              },
            },
            'tab.tookOver': {
              target: 'leaving',
              // This tab now owns the project: it starts again from the saved copy, which
              // holds the other tab's last edits.
              actions: {
                type: 'setIntent',
                params: ({ context }) => ({
                  intent: { to: 'resume', id: context.open?.project.id ?? '', place: context.open?.place },
                }),
              },
            },
            'tab.keep': {
              // Deleted in another tab: saving it again here keeps it.
              target: 'leaving',
              actions: {
                type: 'setIntent',
                params: ({ context }) => ({
                  intent: context.open
                    ? { to: 'open', project: context.open.project, place: context.open.place }
                    : { to: 'home' },
                }),
              },
            },
          },
        },
        comparing: {
          // The comparison has no address: what Back reached before it is not followed after.
          entry: assign({ pendingRoute: null }),
          on: {
            // The comparison has no address of its own: Back and Forward leave it as it is.
            'route.changed': { actions: [] },
            'compare.apply': {
              target: 'leaving',
              actions: {
                type: 'setIntent',
                params: ({ context, event }) => ({
                  intent: { to: 'open', project: event.merged, place: context.comparing?.local.place ?? 'partners' },
                }),
              },
            },
            'compare.cancel': {
              target: 'leaving',
              actions: {
                type: 'setIntent',
                params: ({ context }) => ({
                  intent: context.comparing
                    ? { to: 'resume', id: context.comparing.local.project.id, place: context.comparing.local.place }
                    : { to: 'home' },
                }),
              },
            },
            home: { target: 'leaving', actions: { type: 'setIntent', params: { intent: { to: 'home' } } } },
          },
        },
        /** Every screen change passes here: the open project's pending edits are saved first. */
        leaving: {
          // A screen change chosen now supersedes an address reached earlier by Back or
          // Forward; one reached from here on is followed once the next screen shows.
          entry: assign({ pendingRoute: null }),
          invoke: {
            src: 'flush',
            input: ({ context }) => ({ autosave: context.autosave }),
            onDone: 'routing',
            onError: 'routing',
          },
        },
        routing: {
          always: [
            {
              guard: { type: 'intentIs', params: { to: 'home' } },
              target: 'refreshing',
              actions: ['closeProject', assign({ view: 'home', cameBack: true, comparing: null, intent: null })],
            },
            { guard: { type: 'intentIs', params: { to: 'new' } }, target: 'creating' },
            { guard: { type: 'intentIs', params: { to: 'open' } }, target: 'opening' },
            { guard: { type: 'intentIs', params: { to: 'resume' } }, target: 'resuming' },
            { guard: { type: 'intentIs', params: { to: 'import' } }, target: 'importing' },
            { guard: { type: 'intentIs', params: { to: 'compare' } }, target: 'loadingComparison' },
            { target: 'home', actions: assign({ view: 'home' }) },
          ],
        },
        creating: {
          invoke: {
            src: 'create',
            input: ({ context }) => ({
              ctx: context.input,
              locale: context.intent?.to === 'new' ? context.intent.locale : context.input.locale,
            }),
            onDone: {
              target: 'opening',
              actions: enqueueActions(({ context, event, enqueue }) => {
                const intent = context.intent;
                const pair = intent?.to === 'new' ? intent.pair : undefined;
                if (!pair) {
                  enqueue({
                    type: 'setIntent',
                    params: { intent: { to: 'open', project: event.output, place: 'partners' } },
                  });
                  return;
                }
                // Each pair of a workshop starts numbered and named, and joins the session.
                const session = context.workshop ?? newWorkshop();
                const title = pairTitle(nextPairNumber(session), pair.name, pair.pairWord);
                const project = { ...event.output, partners: { ...event.output.partners, title } };
                const now = context.input.clock?.() ?? new Date();
                enqueue({ type: 'setWorkshop', params: { workshop: addPair(session, project.id, pair.name, now) } });
                enqueue({ type: 'setIntent', params: { intent: { to: 'open', project, place: 'partners' } } });
              }),
            },
            // Only when the new project's code could not be loaded: nothing changed.
            onError: { target: 'back', actions: assign({ intent: null }) },
          },
        },
        opening: {
          invoke: {
            src: 'save',
            input: ({ context }) => {
              const intent = context.intent;
              if (intent?.to !== 'open') throw new Error('opening without a project');
              return { ctx: context.input, project: intent.project, place: intent.place, asCopy: intent.asCopy };
            },
            onDone: {
              target: 'project',
              actions: [
                assign(({ event }) => ({
                  storage: event.output.result.ok ? ('ok' as const) : event.output.result.reason,
                })),
                {
                  type: 'openProject',
                  params: ({ context, event }) => {
                    const intent = context.intent;
                    if (intent?.to !== 'open') throw new Error('opening without a project');
                    return { stored: { project: event.output.project, place: intent.place } };
                  },
                },
                assign({ intent: null }),
              ],
            },
            // Only when the domain's code could not be loaded (a copy is made here): nothing changed.
            onError: { target: 'back', actions: assign({ intent: null }) },
          },
        },
        resuming: {
          invoke: {
            src: 'load',
            input: ({ context }) => ({
              store: context.input.store,
              id: context.intent?.to === 'resume' ? context.intent.id : '',
            }),
            onDone: [
              {
                guard: ({ event }) => event.output.ok,
                target: 'project',
                actions: [
                  {
                    type: 'openProject',
                    params: ({ context, event }) => {
                      if (!event.output.ok) throw new Error('unreachable');
                      const place = context.intent?.to === 'resume' ? context.intent.place : undefined;
                      return { stored: { ...event.output.stored, place: place ?? event.output.stored.place } };
                    },
                  },
                  assign({ intent: null }),
                ],
              },
              {
                // The record stays where it is; the home screen says why it cannot open.
                target: 'refreshing',
                actions: [
                  'closeProject',
                  assign(({ event }) => ({
                    view: 'home' as const,
                    intent: null,
                    notice: { kind: 'unreadable', reason: event.output.ok ? 'missing' : event.output.reason } as const,
                  })),
                ],
              },
            ],
          },
        },
        importing: {
          invoke: {
            src: 'loadToImport',
            input: ({ context }) => ({
              ctx: context.input,
              project: context.intent?.to === 'import' ? context.intent.project : null,
            }),
            onDone: [
              {
                // An imported file never overwrites a local project: when the partner sends
                // back a changed copy of a project kept here, the user chooses.
                guard: ({ context, event }) =>
                  event.output.kept && context.intent?.to === 'import' && !event.output.same,
                target: 'back',
                actions: assign(({ context }) => ({
                  incoming:
                    context.intent?.to === 'import'
                      ? { result: { ok: true as const, project: context.intent.project }, twin: true }
                      : null,
                  intent: null,
                })),
              },
              {
                target: 'opening',
                actions: assign(({ context }) => {
                  const project = context.intent?.to === 'import' ? context.intent.project : null;
                  return { intent: project ? { to: 'open' as const, project, place: openingPlace(project) } : null };
                }),
              },
            ],
            // Only when the domain's code could not be loaded: nothing changed, back where it was.
            onError: { target: 'back', actions: assign({ intent: null }) },
          },
        },
        loadingComparison: {
          invoke: {
            src: 'load',
            input: ({ context }) => ({
              store: context.input.store,
              id: context.intent?.to === 'compare' ? context.intent.incoming.id : '',
            }),
            onDone: [
              {
                guard: ({ event }) => event.output.ok,
                target: 'comparing',
                actions: [
                  'closeProject',
                  assign(({ context, event }) => ({
                    view: 'comparing' as const,
                    comparing:
                      event.output.ok && context.intent?.to === 'compare'
                        ? { local: event.output.stored, incoming: context.intent.incoming }
                        : null,
                    intent: null,
                  })),
                ],
              },
              { target: 'back', actions: assign({ intent: null }) },
            ],
          },
        },
        /** Back to the screen that was shown (a project stays open under a notice). */
        back: {
          always: [{ guard: ({ context }) => context.open !== null, target: 'project' }, { target: 'refreshing' }],
        },
      },
    },
    /** The list read behind a home screen shown at once (AppInput.startsEmpty). */
    firstList: {
      initial: 'checking',
      states: {
        checking: { always: [{ guard: 'startsEmpty', target: 'reading' }, { target: 'done' }] },
        reading: {
          invoke: {
            src: 'list',
            input: ({ context }) => ({ store: context.input.store }),
            onDone: [
              // An empty list, as expected: the home screen is already right, nothing re-renders.
              {
                guard: ({ event }) =>
                  event.output.ok && event.output.projects.length === 0 && event.output.unreadable.length === 0,
                target: 'done',
              },
              { target: 'done', actions: { type: 'setList', params: ({ event }) => ({ list: event.output }) } },
            ],
            onError: 'done',
          },
        },
        done: {},
      },
    },
    /** A project that arrived through a share link or a file, waiting for the user's choice. */
    incoming: {
      initial: 'checking',
      states: {
        checking: {
          always: [{ guard: 'hasIncomingLink', target: 'decoding' }, { target: 'idle' }],
        },
        idle: {
          on: {
            'link.received': {
              target: 'decoding',
              actions: assign(({ context, event }) => ({ input: { ...context.input, hash: event.hash } })),
            },
          },
        },
        decoding: {
          invoke: {
            src: 'decodeLink',
            input: ({ context }) => ({ hash: context.input.hash, store: context.input.store }),
            onDone: { target: 'idle', actions: assign(({ event }) => ({ incoming: event.output })) },
            onError: {
              target: 'idle',
              actions: assign({ incoming: { result: { ok: false, error: 'share.damaged' }, twin: false } }),
            },
          },
        },
      },
      on: {
        'incoming.dismiss': {
          actions: assign(({ context }) => ({ incoming: null, input: { ...context.input, hash: '' } })),
        },
      },
    },
  },
});
