import { STEP_IDS, type StepId } from '../content/catalogues';
import type { DraftProject } from '../schemas/project.schema';
import { canBeSigned, isProjectComplete, isStepComplete, stepsWithPointsToSettle } from './completeness';
import type { FlowState } from './flow';
import { isCoSigned } from './signatures';

/** The steps the partners have opened, each once, in the guide's order (a hand-edited file may name one twice). */
export function visitedSteps(project: Pick<DraftProject, 'visited'>): StepId[] {
  return STEP_IDS.filter((s) => project.visited.includes(s));
}

/** Where a project opens when nothing else says: the review once every step was opened, else step 1. */
export function openingPlace(project: DraftProject): FlowState {
  return canVisit(project, 'review') ? 'review' : 'partners';
}

/** Whether the user may jump straight to `target` from wherever they are. */
export function canVisit(project: DraftProject, target: FlowState): boolean {
  if (target === 'signing') return canBeSigned(project);
  if (target === 'review') return STEP_IDS.every((s) => project.visited.includes(s));
  return project.visited.includes(target);
}

export type PlaceStatus = 'complete' | 'incomplete' | 'unvisited';

/**
 * How far a place is done: a step once visited is complete or not by its schema; review
 * is done when the project is complete, signing when it is also co-signed.
 */
export function placeStatus(project: DraftProject, place: FlowState): PlaceStatus {
  if (place === 'review') return canBeSigned(project) ? 'complete' : 'unvisited';
  if (place === 'signing') return isProjectComplete(project) && isCoSigned(project) ? 'complete' : 'unvisited';
  if (!project.visited.includes(place)) return 'unvisited';
  // Complete only when the review lists nothing to settle in it (its fields and beyond).
  return isStepComplete(place, project[place]) && !stepsWithPointsToSettle(project).has(place)
    ? 'complete'
    : 'incomplete';
}
