import { STEP_IDS, type StepId } from '../content/step-ids';
import type { MessageKey } from '../i18n/i18n';

/**
 * The places of the flow, in order: the guide's five steps, then review and signing.
 * Kept free of rules so the home screen (which stores the place) loads nothing more;
 * where a user may go is domain/progress.ts.
 */
export const FLOW_STATES = [...STEP_IDS, 'review', 'signing'] as const;
export type FlowState = (typeof FLOW_STATES)[number];
export { STEP_IDS, type StepId };

export const isStep = (place: string): place is StepId => STEP_IDS.some((s) => s === place);
export const isFlowState = (place: string): place is FlowState => FLOW_STATES.some((s) => s === place);

/** The message that names a place: the step's title, or the review's or signing's heading. */
export const placeTitleKey = (place: FlowState): MessageKey =>
  place === 'review' ? 'review.title' : place === 'signing' ? 'signing.title' : `step.${place}`;
