import { createContext, useContext } from 'react';
import type { StepId } from '../content/catalogues';

/**
 * The step a subtree draws. The wizard may draw the next step ahead, hidden, while the
 * current one is on screen (app/step-screens.tsx): a step's parts then ask this context,
 * not the machine's place, which step they belong to.
 */
export const ShownStepContext = createContext<StepId | null>(null);

export function useShownStep(): StepId | null {
  return useContext(ShownStepContext);
}

/**
 * Whether the subtree is a step drawn ahead, not yet on screen: what a step does « on
 * arrival » waits until this turns false.
 */
export const DrawnAheadContext = createContext(false);

export function useDrawnAhead(): boolean {
  return useContext(DrawnAheadContext);
}
