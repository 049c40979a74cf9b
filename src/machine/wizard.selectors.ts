import type { SnapshotFrom } from 'xstate';
import { stepSchemas } from '../schemas/project.schema';
import type { wizardMachine } from './wizard.machine';
import { canVisit, isProjectComplete } from './wizard.machine';
import { FLOW_STATES, STEP_IDS, type FlowState, type StepId } from './wizard.types';

type Snapshot = SnapshotFrom<typeof wizardMachine>;

export const selectPlace = (s: Snapshot): FlowState => {
  const flow = (s.value as { flow: string }).flow;
  return (FLOW_STATES as readonly string[]).includes(flow) ? (flow as FlowState) : 'partners';
};
export const selectProject = (s: Snapshot) => s.context.project;
export const selectSignaturesVoided = (s: Snapshot) => s.context.signaturesVoided;
export const selectPdfBusy = (s: Snapshot) => s.hasTag('busy');
export const selectPdfError = (s: Snapshot) => s.context.pdfError;
export const selectDocumentLanguage = (s: Snapshot) => s.context.project.documentLanguage;

export type StepStatus = 'current' | 'complete' | 'incomplete' | 'unvisited';

export interface StepperItem {
  place: FlowState;
  status: StepStatus;
  reachable: boolean;
}

/** What the stepper shows: each place, whether it is done, and whether it can be opened. */
export function selectStepper(s: Snapshot): StepperItem[] {
  const place = selectPlace(s);
  const { project } = s.context;
  const complete = isProjectComplete(project);
  return FLOW_STATES.map((p) => {
    let status: StepStatus;
    if (p === place) status = 'current';
    else if ((STEP_IDS as readonly string[]).includes(p)) {
      const step = p as StepId;
      status = !project.visited.includes(step)
        ? 'unvisited'
        : stepSchemas.complete[step].safeParse(project[step]).success
          ? 'complete'
          : 'incomplete';
    } else if (p === 'signing')
      status = project.signatures.length === project.partners.partners.length && complete ? 'complete' : 'unvisited';
    else status = complete ? 'complete' : 'unvisited';
    // Completeness is already known: signing is reachable exactly when it holds.
    return { place: p, status, reachable: p === place || (p === 'signing' ? complete : canVisit(project, p)) };
  });
}

/** Stable across renders as long as the stepper's content is the same. */
export const stepperEquals = (a: StepperItem[], b: StepperItem[]) =>
  a.length === b.length && a.every((x, i) => x.status === b[i]?.status && x.reachable === b[i]?.reachable);
