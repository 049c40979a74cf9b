import { useI18n } from '../i18n/i18n-provider';
import { WizardContext } from '../machine/wizard.context';
import { selectProject } from '../machine/wizard.selectors';
import type { KeyValueStorage } from '../persistence/storage';
import type { DraftProject } from '../schemas/project.schema';
import { ImportButton } from './import-button';
import { exportProjectFile } from './project-actions';
import { ShareButton } from './share-button';
import { TabGuardBanner } from '../persistence/tab-guard-banner';
import { useProjectPersistence } from './use-project-persistence';
import { WizardShell } from './wizard-shell';
import { WorkshopMode, useWorkshop } from './workshop-mode';
import type { ProjectSummary } from '../persistence/project-storage';

interface Props {
  storage: KeyValueStorage | null;
  onHome: () => void;
  onImported: (project: DraftProject) => void;
  /** Opens another project in place of this one (the next pair of a workshop). */
  onOpenProject: (project: DraftProject) => void;
  projects: ProjectSummary[];
  loadProject: (id: string) => DraftProject | null;
}

/** One open project: its toolbar, its autosave and the wizard. */
export function ProjectWorkspace({ storage, onHome, onImported, onOpenProject, projects, loadProject }: Props) {
  const { t } = useI18n();
  const saved = useProjectPersistence(storage);
  const project = WizardContext.useSelector(selectProject);
  const workshop = useWorkshop();
  const facilitating = workshop.session !== null;
  return (
    <>
      <div className="toolbar">
        <h1 className="toolbar__title">
          <span className="visually-hidden">{t('toolbar.project')} </span>
          {project.partners.title || t('home.untitled')}
        </h1>
        <div className="toolbar__buttons">
          <button type="button" className="button button--secondary" onClick={onHome}>
            {t('toolbar.projects')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => exportProjectFile(project)}>
            {t('toolbar.export')}
          </button>
          <ShareButton project={project} />
          <button
            type="button"
            className="button button--secondary"
            aria-pressed={facilitating}
            onClick={facilitating ? workshop.end : workshop.start}
          >
            {t('facilitator.open')}
          </button>
          <ImportButton onImported={onImported} />
        </div>
      </div>
      {!saved && (
        <div className="panel panel--warning" role="alert">
          <p>{t('storage.unavailable')}</p>
          <button type="button" className="button button--primary" onClick={() => exportProjectFile(project)}>
            {t('toolbar.export')}
          </button>
        </div>
      )}
      <WorkshopMode workshop={workshop} projects={projects} loadProject={loadProject} onOpenProject={onOpenProject} />
      <TabGuardBanner projectId={project.id} onLeave={onHome}>
        <WizardShell />
      </TabGuardBanner>
    </>
  );
}
