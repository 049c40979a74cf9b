import { checkStep } from './completeness';
import { createEmptyProject } from './new-project';

let warmed = false;

/**
 * Checks, once per page, a throwaway empty first step against its complete schema: what the
 * stepper asks as soon as the partners type in a new project (a project just created is
 * known incomplete without parsing: completeness.ts `unfilled`). The first parse of a schema
 * is the costly one: zod builds the schema's internals and V8 compiles the code it runs
 * (about 10 to 20 ms for the first step here, a few tenths of a millisecond after). Called
 * while the page is idle once the project screen shows (app/project-session.tsx), so
 * neither the click that opens the project nor the first keystroke pays for it.
 */
export function warmUpStepChecks(): void {
  if (warmed) return;
  warmed = true;
  checkStep('partners', createEmptyProject(new Date(0)).partners);
}
