import { useMemo, useState } from 'react';
import { I18nProvider, useI18n } from '../i18n/i18n-provider';
import { WizardContext } from '../machine/wizard.context';
import type { FlowState } from '../machine/wizard.types';
import {
  currentProjectId,
  deleteProject,
  listProjects,
  loadProject,
  saveProject,
  setCurrentProjectId,
} from '../persistence/project-storage';
import { browserStorage } from '../persistence/storage';
import { createEmptyProject } from '../schemas/new-project';
import type { DraftProject } from '../schemas/project.schema';
import { ErrorBoundary } from './error-boundary';
import { HomeScreen } from './home-screen';
import { LanguageSwitch } from './language-switch';
import { ProjectWorkspace } from './project-workspace';

interface OpenProject {
  project: DraftProject;
  place: FlowState;
  /** Bumped to remount the wizard when the same project is reopened from a file. */
  session: number;
}

function AppRoot() {
  const { t, locale } = useI18n();
  const storage = useMemo(browserStorage, []);
  const [open, setOpen] = useState<OpenProject | null>(() => {
    const id = storage ? currentProjectId(storage) : null;
    const stored = storage && id ? loadProject(storage, id) : null;
    return stored ? { ...stored, session: 0 } : null;
  });
  const [projects, setProjects] = useState(() => (storage ? listProjects(storage) : []));
  const [cameBack, setCameBack] = useState(false);

  const openProject = (project: DraftProject, place: FlowState = 'partners') => {
    if (storage) {
      saveProject(storage, project, place);
      setCurrentProjectId(storage, project.id);
    }
    setOpen((o) => ({ project, place, session: (o?.session ?? 0) + 1 }));
  };

  const goHome = () => {
    if (storage) {
      setCurrentProjectId(storage, null);
      setProjects(listProjects(storage));
    }
    setCameBack(true);
    setOpen(null);
  };

  /** An imported file never overwrites a different local project with the same id. */
  const importProject = (project: DraftProject) => {
    const existing = storage ? loadProject(storage, project.id) : null;
    const sameAsLocal = existing && JSON.stringify(existing.project) === JSON.stringify(project);
    const place: FlowState = project.visited.length === 5 ? 'review' : 'partners';
    openProject(existing && !sameAsLocal ? { ...project, id: `${project.id.slice(0, 50)}-${Date.now().toString(36)}` } : project, place);
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
      <main id="main" className="app-main">
        {open ? (
          <WizardContext.Provider
            key={`${open.project.id}-${open.session}`}
            options={{ input: { project: open.project, resumeAt: open.place } }}
          >
            <ProjectWorkspace storage={storage} onHome={goHome} onImported={importProject} />
          </WizardContext.Provider>
        ) : (
          <HomeScreen
            projects={projects}
            focusHeading={cameBack}
            onNew={() => openProject(createEmptyProject(new Date(), locale))}
            onOpen={(id) => {
              const stored = storage ? loadProject(storage, id) : null;
              if (stored) openProject(stored.project, stored.place);
            }}
            onDelete={(id) => {
              if (!storage) return;
              deleteProject(storage, id);
              setProjects(listProjects(storage));
            }}
            onImported={importProject}
          />
        )}
      </main>
      {!storage && (
        <p className="panel panel--warning" role="status">
          {t('storage.unavailable')}
        </p>
      )}
    </>
  );
}

export function App() {
  return (
    <ErrorBoundary>
      <I18nProvider>
        <AppRoot />
      </I18nProvider>
    </ErrorBoundary>
  );
}
