import { memo, Suspense, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { GuidancePreferenceContext, type GuidancePreferenceStore } from '../guide-ui/guidance-preference';
import type { Locale } from '../i18n/i18n';
import { I18nProvider, useI18n } from '../i18n/i18n-provider';
import { AppActorContext, selectOpen, selectView } from '../machine/app.context';
import type { AppInput } from '../machine/app.machine';
import { announce, listenToLibrary, openLibraryChannel, PAGE_TAB_ID } from '../persistence/library-channel';
import { whenIdle } from '../lib/when-idle';
import { browserLocalStorage, isFirstVisit } from '../persistence/storage';
import { readGuidanceOpen, readStoredLocale, writeGuidanceOpen, writeStoredLocale } from '../persistence/preferences';
import { createProjectStore, openIndexedDbStore, type ProjectStore, warmUp } from '../persistence/project-store';
import { readWorkshop, writeWorkshop } from '../persistence/workshop-storage';
import { carriesProject } from '../persistence/share-fragment';
import { UpdateBanner } from '../pwa/update-banner';
import { homePageSearch, readHomePage, readRoute, routeSearch } from './app-route';
import { ErrorBoundary } from './error-boundary';
import { HomeScreen, preloadProjectList } from './home-screen';
import { lazyWithReload, loadWithRetry } from './lazy-with-reload';
import { LanguageSwitch } from './language-switch';
import { flushPending, rememberProject } from './last-project';
import { StorageStatus } from './storage-status';

// The first screen is the home page: the wizard and the comparison load when a project opens.
const ProjectSession = lazyWithReload(() => import('./project-session'));

/**
 * Starts the project screen's download (vite.config.ts: the screen, the project's rules and
 * schemas, zod, and what the home screen shares with it) and the tab guard's, which the app
 * machine loads when a project opens. The rules and schemas are asked for on their own as
 * well: that file then runs as soon as it arrives, while the screen's still downloads,
 * instead of both running at once when the last one is in. (Their first check, which builds
 * a schema, waits for the project screen to show: project-session.tsx.)
 */
function preloadProject(): void {
  void import('../persistence/tab-guard').catch(() => undefined);
  void import('../domain/warm-up').catch(() => undefined);
  void ProjectSession.preload();
}
const SharedProjectNotice = lazyWithReload(async () => ({
  default: (await import('./shared-project-notice')).SharedProjectNotice,
}));
const CompareView = lazyWithReload(async () => ({ default: (await import('../merge/compare-view')).CompareView }));
import { isSignatureRequestHash } from '../signing/request-fragment';
// A signature request link (issue 14) opens the signatory's page, loaded on its own.
const SignatoryScreen = lazyWithReload(() => import('./signatory-screen'));
const InsecureNotice = lazyWithReload(async () => ({ default: (await import('./insecure-notice')).InsecureNotice }));

let pageStore: ProjectStore | null = null;

/**
 * The page's project store. main.tsx asks for it before React draws anything, so the
 * database opens while the first screen renders rather than after.
 */
export function openPageStore(): ProjectStore {
  pageStore ??= createProjectStore(warmUp(openIndexedDbStore()));
  return pageStore;
}

/** Everything the app machine needs from the browser and the domain, made once per page. */
export function browserAppInput(locale: Locale, store: ProjectStore = openPageStore()): AppInput {
  const channel = openLibraryChannel();
  const route = readRoute(location.search);
  const hash = carriesProject(location.hash) ? location.hash : '';
  const startsEmpty = !route && !hash && isFirstVisit(browserLocalStorage());
  // A device that keeps projects shows them on its home screen: their list's code loads now,
  // while the start-up reads them, not after.
  if (!startsEmpty && !route) preloadProjectList();
  return {
    store,
    // The previous release's projects (to migrate) and the pending journal: localStorage both.
    legacy: browserLocalStorage(),
    journal: browserLocalStorage(),
    locale,
    route,
    hash,
    startsEmpty,
    // The empty project's code (and its lists of clauses) loads with the first click; a
    // file gone after a deploy is retried, then the page reloads, as for a screen.
    newProject: async (l) =>
      (await loadWithRetry(() => import('../domain/new-project'))).createEmptyProject(new Date(), l),
    // The domain's edits (and SHA-256, for the fingerprints) load with their first use.
    copyProject: async (p) => (await import('../domain/edits')).asNewProject(p, new Date()),
    sameProject: async (a, b) => (await import('../domain/edits')).sameProject(a, b),
    renameProject: async (p, title) => (await import('../domain/edits')).renameProject(p, title, new Date()).project,
    workshop: { read: readWorkshop, write: writeWorkshop },
    announce: (m) => announce(channel, { ...m, from: PAGE_TAB_ID }),
  };
}

function AppRoot() {
  const { t } = useI18n();
  const actor = AppActorContext.useActorRef();
  const view = AppActorContext.useSelector(selectView);
  // Only what changes the screen: each edit of the open project must not re-render the app.
  const session = AppActorContext.useSelector((s) =>
    s.context.open ? `${s.context.open.project.id}-${s.context.open.session}` : null,
  );
  const incoming = AppActorContext.useSelector((s) => s.context.incoming);
  // A new project waits for its code (the project's file, on a first visit): the home
  // screen gives way to the loading message at once, as it did when a project opened.
  const creating = AppActorContext.useSelector(
    (s) => s.context.view === 'home' && (s.matches({ screen: 'creating' }) || s.matches({ screen: 'opening' })),
  );
  const comparing = AppActorContext.useSelector((s) => s.context.comparing);

  // A link pasted into a tab where Cocharte is already open only changes the fragment.
  useEffect(() => {
    const onHashChange = () => {
      if (carriesProject(location.hash)) actor.send({ type: 'link.received', hash: location.hash });
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [actor]);

  // Another tab saved or deleted a project: the list here is out of date.
  useEffect(() => {
    const channel = openLibraryChannel();
    const stop = listenToLibrary(channel, () => actor.send({ type: 'library.changed' }));
    return () => {
      stop();
      channel?.close();
    };
  }, [actor]);

  const clearHash = () => {
    if (location.hash) history.replaceState(history.state, '', location.pathname + location.search);
  };

  return (
    <>
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <p className="app-header__brand">
          <span aria-hidden="true" className="app-header__logo">
            ✓
          </span>{' '}
          {t('app.name')}
        </p>
        <LanguageSwitch />
      </header>
      <UpdateBanner beforeReload={flushPending} />
      <main id="main" className="app-main">
        <StorageStatus />
        <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
          {incoming && view !== 'comparing' && (
            <SharedProjectNotice
              incoming={incoming.result}
              canCompare={incoming.twin}
              onImport={() => {
                clearHash();
                actor.send({ type: 'incoming.import' });
              }}
              onCompare={() => {
                clearHash();
                actor.send({ type: 'incoming.compare' });
              }}
              onDismiss={() => {
                clearHash();
                actor.send({ type: 'incoming.dismiss' });
              }}
            />
          )}
          {view === 'starting' || creating ? (
            <p role="status">{t('app.loading')}</p>
          ) : view === 'comparing' && comparing ? (
            <>
              <h1 className="toolbar__title">{comparing.local.project.partners.title || t('home.untitled')}</h1>
              <CompareView
                fallback={<p role="status">{t('app.loading')}</p>}
                local={comparing.local.project}
                incoming={comparing.incoming}
                onApply={(merged) => actor.send({ type: 'compare.apply', merged })}
                onCancel={() => actor.send({ type: 'compare.cancel' })}
              />
            </>
          ) : view === 'project' && session ? (
            <OpenSession key={session} />
          ) : (
            <Home />
          )}
        </Suspense>
      </main>
      {/* After the screens: its layout effect writes the address once they have moved the
          focus, which has laid the page out; written before, the history update laid out
          the new step once for itself and the focus a second time (click on « Enregistrer
          et continuer »). */}
      <AddressSync />
    </>
  );
}

/**
 * The wizard of the open project, started from the project as it was opened (keyed by session).
 * Memoised: every edit reaches the app machine (autosave, address), and re-rendering the
 * app must not re-render the whole open project after each step change.
 */
const OpenSession = memo(function OpenSession() {
  const actor = AppActorContext.useActorRef();
  const { t } = useI18n();
  const [open] = useState(() => actor.getSnapshot().context.open);
  if (!open) return null;
  return (
    <ProjectSession fallback={<p role="status">{t('app.loading')}</p>} project={open.project} place={open.place} />
  );
});

/** Renders nothing: keeps the address and the crash screen's copy in step with the app. */
function AddressSync() {
  useAddressSync();
  const open = AppActorContext.useSelector(selectOpen);
  useEffect(() => rememberProject(open?.project ?? null), [open]);
  return null;
}

/**
 * Once this page is served by the service worker, which precaches every file of the app on
 * the first visit, the project's code is already on the device: it is then run while the
 * home screen is idle, so the click that opens a project does not pay for it. Nothing is
 * downloaded for this (without the worker, e.g. before its first install completes, the
 * click loads the code as before).
 */
function useWarmProjectFromCache() {
  useEffect(() => {
    const sw = typeof navigator === 'undefined' ? undefined : navigator.serviceWorker;
    if (!sw) return;
    let cancel = () => {};
    const warm = () => {
      cancel = whenIdle(preloadProject, 5000, 1000);
    };
    if (sw.controller) warm();
    // A first visit: the worker claims the page once it has precached everything.
    else sw.addEventListener('controllerchange', warm, { once: true });
    return () => {
      sw.removeEventListener('controllerchange', warm);
      cancel();
    };
  }, []);
}

function Home() {
  useWarmProjectFromCache();
  const { t, locale } = useI18n();
  const actor = AppActorContext.useActorRef();
  const projects = AppActorContext.useSelector((s) => s.context.projects);
  const unreadable = AppActorContext.useSelector((s) => s.context.unreadable);
  const cameBack = AppActorContext.useSelector((s) => s.context.cameBack);
  const deleted = AppActorContext.useSelector((s) => s.context.deleted);
  const notice = AppActorContext.useSelector((s) => s.context.notice);
  return (
    <HomeScreen
      projects={projects}
      unreadableCount={unreadable.length}
      notice={notice}
      onDismissNotice={() => actor.send({ type: 'notice.dismiss' })}
      focusHeading={cameBack}
      deletedTitle={deleted ? deleted.project.partners.title : null}
      // Hovering, pressing or focusing a button that opens a project starts its download
      // (the first screen does not carry it); the click starts it anyway.
      onIntent={() => preloadProject()}
      onNew={() => {
        // The project screen's code downloads while the new project is saved.
        preloadProject();
        actor.send({ type: 'project.new', locale });
      }}
      onOpen={(id) => {
        preloadProject();
        actor.send({ type: 'project.resume', id });
      }}
      onRename={(id, title) => actor.send({ type: 'project.rename', id, title })}
      onDuplicate={(id) => actor.send({ type: 'project.duplicate', id, suffix: t('home.copySuffix') })}
      onDelete={(id) => actor.send({ type: 'project.delete', id })}
      onUndoDelete={() => actor.send({ type: 'project.undoDelete' })}
      onImported={(project) => actor.send({ type: 'file.imported', project })}
    />
  );
}

/**
 * Keeps the address in step with the screen: a new history entry for each screen and
 * step the user opens, none when the change came from Back or Forward (the address is
 * already right). A project opened straight from its address gets a home entry beneath
 * it, so Back goes to the project list instead of leaving the app.
 */
function useAddressSync() {
  const actor = AppActorContext.useActorRef();
  const view = AppActorContext.useSelector(selectView);
  const openId = AppActorContext.useSelector((s) => s.context.open?.project.id ?? null);
  const place = AppActorContext.useSelector((s) => s.context.open?.place ?? null);
  const fromHistory = useRef(false);
  const started = useRef(false);

  // Layout effects, here and below: the listener exists and the address is written in the
  // very commit that draws the screen, so a Back pressed as soon as it is drawn is never
  // missed nor answered by writing the address of the screen it left.
  useLayoutEffect(() => {
    const onPop = () => {
      const route = readRoute(location.search);
      const open = actor.getSnapshot().context.open;
      // A step of the open project is the wizard's business (project-workspace.tsx); the
      // address is then already the one the next render computes.
      if (route && open && route.id === open.project.id) return;
      fromHistory.current = true;
      actor.send({ type: 'route.changed', route });
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [actor]);

  useLayoutEffect(() => {
    if (view === 'starting' || view === 'comparing') return;
    // The home screen keeps the address of a page it opened over itself (use-home-page.ts);
    // the charter page and the record keep their view (and which review, which partner)
    // while the step does not change.
    const search =
      view === 'project' && openId
        ? routeSearch({ ...readRoute(location.search), id: openId, place: place ?? undefined })
        : homePageSearch(readHomePage(location.search));
    const here = location.search;
    const url = `${location.pathname}${search}${location.hash && carriesProject(location.hash) ? location.hash : ''}`;
    if (!started.current) {
      started.current = true;
      const marked = (history.state as { cocharte?: boolean } | null)?.cocharte === true;
      // A reload keeps its entry's state: the screen that pushed it still goes back from it.
      if (search && !marked) {
        history.replaceState({ cocharte: true }, '', location.pathname);
        history.pushState({ cocharte: true }, '', url);
      } else history.replaceState(marked ? history.state : { cocharte: true }, '', url);
      return;
    }
    if (here === search) {
      fromHistory.current = false;
      return;
    }
    if (fromHistory.current) history.replaceState({ cocharte: true }, '', url);
    else history.pushState({ cocharte: true }, '', url);
    fromHistory.current = false;
  }, [view, openId, place]);
}

const deviceGuidancePreference: GuidancePreferenceStore = { read: readGuidanceOpen, write: writeGuidanceOpen };

export function App({ input }: { input?: (locale: Locale) => AppInput } = {}) {
  const storedLocale = useMemo(readStoredLocale, []);
  return (
    <ErrorBoundary>
      <I18nProvider storedLocale={storedLocale} onLocaleChosen={writeStoredLocale}>
        <GuidancePreferenceContext.Provider value={deviceGuidancePreference}>
          {window.isSecureContext === false && (
            <Suspense fallback={null}>
              <InsecureNotice />
            </Suspense>
          )}
          {isSignatureRequestHash(location.hash) ? (
            <Suspense fallback={null}>
              <SignatoryScreen hash={location.hash} />
            </Suspense>
          ) : (
            <AppWithMachine input={input} />
          )}
        </GuidancePreferenceContext.Provider>
      </I18nProvider>
    </ErrorBoundary>
  );
}

function AppWithMachine({ input }: { input?: (locale: Locale) => AppInput }) {
  const { locale } = useI18n();
  // The machine starts once per page, with the language of the first screen.
  const appInput = useMemo(() => (input ?? browserAppInput)(locale), []);
  return (
    <AppActorContext.Provider options={{ input: appInput }}>
      <AppRoot />
    </AppActorContext.Provider>
  );
}
