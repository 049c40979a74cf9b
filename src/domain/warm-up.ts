import { isProjectComplete } from './completeness';
import { createEmptyProject } from './new-project';

let warmed = false;

/**
 * Asks, once per page and of a throwaway empty project, what a new project's first screen
 * asks (its stepper: is the charter complete? — no, from the first step on). The first parse
 * of a schema is the costly one: zod builds the schema's internals and V8 compiles the code
 * it runs (about 10 to 20 ms for the first step here, a few tenths of a millisecond after).
 * Called while the page is idle, after the rules' code has loaded (the pointer on « new
 * project »), so the click that opens the project does not pay for it.
 */
export function warmUpStepChecks(): void {
  if (warmed) return;
  warmed = true;
  isProjectComplete(createEmptyProject(new Date(0)));
}
