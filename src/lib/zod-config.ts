import { z } from 'zod';

// zod probes for `new Function` support when it builds its first schema; the app's
// Content-Security-Policy forbids eval, so the probe is reported as a violation. Jitless
// mode skips it. Imported first in main.tsx, before any schema module runs.
z.config({ jitless: true });
