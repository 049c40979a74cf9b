import { WizardContext } from '../machine/wizard.context';
import type { FlowState } from '../machine/wizard.types';
import type { KeyValueStorage } from '../persistence/storage';
import type { DraftProject } from '../schemas/project.schema';
import { ProjectWorkspace } from './project-workspace';
import type { ProjectSummary } from '../persistence/project-storage';
import { provideDeviceKeys } from '../signing/device-key';

// Signatures are sealed with this device's key, kept in IndexedDB (issue 14); the store
// loads with the first signature, not with the wizard.
provideDeviceKeys(() => import('../persistence/key-store').then((m) => m.deviceKeyPair()));

interface Props {
  project: DraftProject;
  place: FlowState;
  storage: KeyValueStorage | null;
  onHome: () => void;
  onImported: (project: DraftProject) => void;
  onOpenProject: (project: DraftProject) => void;
  projects: ProjectSummary[];
  loadProject: (id: string) => DraftProject | null;
}

/**
 * One open project: the wizard machine and everything it drives. Kept in its own module
 * so the home screen loads without the machine, the forms and their validation.
 */
export default function ProjectSession({ project, place, ...workspace }: Props) {
  return (
    <WizardContext.Provider options={{ input: { project, resumeAt: place } }}>
      <ProjectWorkspace {...workspace} />
    </WizardContext.Provider>
  );
}
