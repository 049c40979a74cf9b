import type { StepId } from '../../content/catalogues';

/**
 * The step a « Compléter l’étape » button of the review opened. Once its gap is filled, the
 * step's form offers to go back to the review: its usual « Enregistrer et continuer » led
 * to the next step, whose form then had to be saved again to see the review. Read by the
 * step when it mounts; forgotten as soon as another step or the review shows, so a step
 * reached later by the steps' list keeps its usual way forward.
 */
let openedFromReview: StepId | null = null;

export function openStepFromReview(step: StepId): void {
  openedFromReview = step;
}

/** Whether `step` would return to the review if it mounted now, without forgetting anything. */
export function isOpenedFromReview(step: StepId): boolean {
  return openedFromReview === step;
}

/** Whether `step`, mounting now, was opened from the review; any other screen forgets it. */
export function returnsToReview(step: StepId | undefined): boolean {
  if (step && isOpenedFromReview(step)) return true;
  openedFromReview = null;
  return false;
}

/** The review is on screen again: a step opened later from the steps' list keeps its way forward. */
export function forgetReviewReturn(): void {
  openedFromReview = null;
}
