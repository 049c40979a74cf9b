import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { I18nProvider, useI18n } from '../i18n/i18n-provider';
import type { FlowState } from '../machine/wizard.types';
import type { ProjectFileResult } from '../persistence/project-file';
import { currentProjectId, loadProject, setCurrentProjectId } from '../persistence/project-storage';
import { readShareFragment } from '../persistence/share-link';
import { browserStorage } from '../persistence/storage';
import { createEmptyProject } from '../domain/new-project';
import type { DraftProject } from '../schemas/project.schema';
import { ErrorBoundary } from './error-boundary';
import { GuidancePreferenceContext, type GuidancePreferenceStore } from '../guide-ui/guidance-preference';
import { readGuidanceOpen, readStoredLocale, writeGuidanceOpen, writeStoredLocale } from '../persistence/preferences';
import { HomeScreen } from './home-screen';
import { LanguageSwitch } from './language-switch';
import { asNewProject } from './project-actions';
import { UpdateBanner } from '../pwa/update-banner';
import type { StoredProject } from '../persistence/project-storage';
import { SharedProjectNotice } from './shared-project-notice';
import { useProjectLibrary } from './use-project-library';
import { isSignatureRequestHash } from '../signing/request-fragment';

// The first screen is the home page: the wizard and the comparison load when a project opens.
const ProjectSession = lazy(() => import('./project-session'));
// A signature request link (issue 14) opens the signatory's page, loaded on its own.
const SignatoryScreen = lazy(() => import('./signatory-screen'));
const CompareView = lazy(() => import('../merge/compare-view').then((m) => ({ default: m.CompareView })));

interface OpenProject {
  project: DraftProject;
  place: FlowState;
  /** Bumped to remount the wizard when the same project is reopened from a file. */
  session: number;
}

const placeFor = (project: DraftProject): FlowState => (project.visited.length === 5 ? 'review' : 'partners');

function AppRoot() {
  const { t, locale } = useI18n();
  const storage = useMemo(browserStorage, []);
  const library = useProjectLibrary(storage);
  const [open, setOpen] = useState<OpenProject | null>(() => {
    const id = storage ? currentProjectId(storage) : null;
    const stored = storage && id ? loadProject(storage, id) : null;
    return stored ? { ...stored, session: 0 } : null;
  });
  const [cameBack, setCameBack] = useState(false);
  const [incoming, setIncoming] = useState<ProjectFileResult | null>(() => readShareFragment(location.hash));
  const [comparing, setComparing] = useState<{ local: StoredProject; incoming: DraftProject } | null>(null);
  const localTwin = incoming?.ok ? library.load(incoming.project.id) : null;

  // A link pasted into a tab where Cocharte is already open only changes the fragment.
  useEffect(() => {
    const onHashChange = () => {
      const received = readShareFragment(location.hash);
      if (received) setIncoming(received);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  const openProject = (project: DraftProject, place: FlowState = 'partners') => {
    library.save(project, place);
    if (storage) setCurrentProjectId(storage, project.id);
    setOpen((o) => ({ project, place, session: (o?.session ?? 0) + 1 }));
  };

  const goHome = () => {
    if (storage) setCurrentProjectId(storage, null);
    library.refresh();
    setCameBack(true);
    setOpen(null);
  };

  /**
   * An imported file never overwrites a local project: when the partner sends back a
   * changed copy of a project kept here, the user chooses between comparing and a copy.
   */
  const importProject = (project: DraftProject) => {
    const existing = library.load(project.id);
    if (existing && JSON.stringify(existing.project) !== JSON.stringify(project)) {
      setIncoming({ ok: true, project });
      return;
    }
    openProject(project, placeFor(project));
  };

  const openIncomingAsCopy = (project: DraftProject) => {
    const existing = library.load(project.id);
    openProject(existing ? asNewProject(project) : project, placeFor(project));
  };

  const clearIncoming = () => {
    setIncoming(null);
    history.replaceState(null, '', location.pathname + location.search);
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
      <UpdateBanner />
      <main id="main" className="app-main">
        <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
          {incoming && !comparing && (
            <SharedProjectNotice
              incoming={incoming}
              canCompare={localTwin !== null}
              onImport={() => {
                if (incoming.ok) openIncomingAsCopy(incoming.project);
                clearIncoming();
              }}
              onCompare={() => {
                if (incoming.ok && localTwin) setComparing({ local: localTwin, incoming: incoming.project });
                clearIncoming();
              }}
              onDismiss={clearIncoming}
            />
          )}
          {comparing ? (
            <>
              <h1 className="toolbar__title">{comparing.local.project.partners.title || t('home.untitled')}</h1>
              <CompareView
                local={comparing.local.project}
                incoming={comparing.incoming}
                onApply={(merged) => {
                  setComparing(null);
                  openProject(merged, comparing.local.place);
                }}
                onCancel={() => setComparing(null)}
              />
            </>
          ) : open ? (
            <ProjectSession
              key={`${open.project.id}-${open.session}`}
              project={open.project}
              place={open.place}
              storage={storage}
              onHome={goHome}
              onImported={importProject}
              onOpenProject={(p) => openProject(p)}
              projects={library.projects}
              loadProject={(id) => library.load(id)?.project ?? null}
            />
          ) : (
            <HomeScreen
              projects={library.projects}
              focusHeading={cameBack}
              deletedTitle={library.deleted ? library.deleted.project.partners.title : null}
              onNew={() => openProject(createEmptyProject(new Date(), locale))}
              onOpen={(id) => {
                const stored = library.load(id);
                if (stored) openProject(stored.project, stored.place);
              }}
              onRename={library.rename}
              onDuplicate={(id) => library.duplicate(id, t('home.copySuffix'))}
              onDelete={library.remove}
              onUndoDelete={library.undoRemove}
              onImported={importProject}
            />
          )}
        </Suspense>
      </main>
      {!storage && (
        <p className="panel panel--warning" role="status">
          {t('storage.unavailable')}
        </p>
      )}
    </>
  );
}

const deviceGuidancePreference: GuidancePreferenceStore = { read: readGuidanceOpen, write: writeGuidanceOpen };

export function App() {
  return (
    <ErrorBoundary>
      <I18nProvider storedLocale={readStoredLocale()} onLocaleChosen={writeStoredLocale}>
        <GuidancePreferenceContext.Provider value={deviceGuidancePreference}>
          {isSignatureRequestHash(location.hash) ? (
            <Suspense fallback={null}>
              <SignatoryScreen hash={location.hash} />
            </Suspense>
          ) : (
            <AppRoot />
          )}
        </GuidancePreferenceContext.Provider>
      </I18nProvider>
    </ErrorBoundary>
  );
}
