import { type ReactNode, useDeferredValue, useState } from 'react';
import { isFieldRequested } from './focus-request';

/**
 * The part of a long step below its first screen: drawn just after the step's top is
 * painted, in slices the browser can interrupt (React's deferred value), instead of in the
 * one task that shows the step. Measured on the first step (428 elements, 300 of them
 * below a laptop's fold), the click on « new project » waited about 40 ms less for the
 * step. When a field was asked for (the review's « Compléter », a missing item), the whole
 * step is drawn at once so that the field exists to take the focus; so is a part marked
 * `now` (the first of a list, or one the user just added and which takes the focus).
 */
export function LaterPart({ now = false, children }: { now?: boolean; children: ReactNode }) {
  // Read once: a part drawn stays drawn, wherever it moves (the first partner removed).
  const [atOnce] = useState(() => now || isFieldRequested());
  const drawn = useDeferredValue(true, atOnce);
  return drawn ? children : null;
}
