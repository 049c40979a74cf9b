import * as z from 'zod/mini';

// zod/mini is tree-shakable (the classic `z` is not): the few schemas read on the first
// screen (a project's summary in the list, the facilitator's session) use it so that the
// full zod and the project schemas load with the project, not with the home screen.
// Its objects do not compile validators with `new Function`, but jitless mode is set here
// too, like in ./zod.ts, so the CSP never sees an eval probe whichever module loads first.
z.config({ jitless: true });

export { z };
