import '../i18n/deferred-fr';
import '../project.css';
import { useEffect } from 'react';
import { warmUpStepChecks } from '../domain/warm-up';
import { whenIdle } from '../lib/when-idle';
import { WizardContext } from '../machine/wizard.context';
import type { FlowState } from '../machine/wizard.types';
import type { DraftProject } from '../schemas/project.schema';
import { ProjectWorkspace } from './project-workspace';
import { provideDeviceKeys } from '../signing/device-key';
import { provideRequestStatusStore } from '../signing/request-status-store';
import { provideSigningFormDrafts } from '../signing/signing-form-drafts';
import { tabSigningFormDrafts } from '../persistence/signing-form-drafts';

// Signatures are sealed with this device's key, kept in IndexedDB (issue 14); the store
// loads with the first signature, not with the wizard.
provideDeviceKeys(() => import('../persistence/key-store').then((m) => m.deviceKeyPair()));
// Who was asked to sign by link, and who declined and why, are kept beside the project.
provideRequestStatusStore(() => import('../persistence/request-statuses').then((m) => m.deviceRequestStatusStore()));
// What a signatory types in a signing form is kept for the tab (a reload mid-signing).
provideSigningFormDrafts(tabSigningFormDrafts);

interface Props {
  project: DraftProject;
  place: FlowState;
}

/**
 * One open project: the wizard machine and everything it drives. Kept in its own module
 * so the home screen loads without the machine, the forms and their validation.
 */
export default function ProjectSession({ project, place }: Props) {
  // Not sooner: asked for with the files (on the pointer's arrival), the check ran in an idle
  // moment while they arrived, and held back the drawing of step 1 by 17 to 31 ms.
  useEffect(() => whenIdle(warmUpStepChecks), []);
  return (
    <WizardContext.Provider options={{ input: { project, resumeAt: place } }}>
      <ProjectWorkspace />
    </WizardContext.Provider>
  );
}
