import { STEP_IDS, type StepId } from '../content/step-ids';
import type { DraftProject } from '../schemas/project.schema';
import type { FlowState } from './flow';

// Kept apart from progress.ts (which asks completeness, hence the schemas and zod): the
// home screen and the app machine ask these on the first screen, which must stay light.

/** The steps the partners have opened, each once, in the guide's order (a hand-edited file may name one twice). */
export function visitedSteps(project: Pick<DraftProject, 'visited'>): StepId[] {
  return STEP_IDS.filter((s) => project.visited.includes(s));
}

/** Every one of the five steps was opened: the review may be reached. */
export function allStepsVisited(project: Pick<DraftProject, 'visited'>): boolean {
  return STEP_IDS.every((s) => project.visited.includes(s));
}

/** Where a project opens when nothing else says: the review once every step was opened, else step 1. */
export function openingPlace(project: Pick<DraftProject, 'visited'>): FlowState {
  return allStepsVisited(project) ? 'review' : 'partners';
}
