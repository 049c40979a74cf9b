import type { DraftProject } from '../schemas/project.schema';
import { canBeSigned, isProjectComplete, isStepComplete, stepsWithPointsToSettle } from './completeness';
import type { FlowState } from './flow';
import { allStepsVisited } from './visited';
import { isCoSigned } from './signatures';

/** Whether the user may jump straight to `target` from wherever they are. */
export function canVisit(project: DraftProject, target: FlowState): boolean {
  if (target === 'signing') return canBeSigned(project);
  if (target === 'review') return allStepsVisited(project);
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
