import { z } from 'zod';

// zod probes for `new Function` support when it builds object schemas, and the app's
// Content-Security-Policy forbids eval, so the probe shows up as a violation. Every
// module of the app imports zod from here, so jitless mode is set before any schema exists.
z.config({ jitless: true });

export { z };
