import { WizardContext } from '../machine/wizard.context';
import type { FlowState } from '../machine/wizard.types';
import type { DraftProject } from '../schemas/project.schema';
import { ProjectWorkspace } from './project-workspace';

interface Props {
  project: DraftProject;
  place: FlowState;
}

/**
 * One open project: the wizard machine and everything it drives. Kept in its own module
 * so the home screen loads without the machine, the forms and their validation.
 */
export default function ProjectSession({ project, place }: Props) {
  return (
    <WizardContext.Provider options={{ input: { project, resumeAt: place } }}>
      <ProjectWorkspace />
    </WizardContext.Provider>
  );
}
