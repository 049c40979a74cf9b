import { STEP_IDS, type StepId } from '../content/catalogues';
import { completeProjectSchema, type DraftProject } from '../schemas/project.schema';
import { unconfirmedDateIssues } from './agreement-checks';

/** The places of the flow, in order: the guide's five steps, then review and signing. */
export const FLOW_STATES = [...STEP_IDS, 'review', 'signing'] as const;
export type FlowState = (typeof FLOW_STATES)[number];
export { STEP_IDS, type StepId };

export function isProjectComplete(project: DraftProject): boolean {
  // Dates that contradict each other block signing until the partners confirm them.
  return completeProjectSchema.safeParse(project).success && unconfirmedDateIssues(project).length === 0;
}

/** Whether the user may jump straight to `target` from wherever they are. */
export function canVisit(project: DraftProject, target: FlowState): boolean {
  if (target === 'signing') return isProjectComplete(project);
  if (target === 'review') return STEP_IDS.every((s) => project.visited.includes(s));
  return project.visited.includes(target);
}
