/**
 * How long after the page's load event the worker is registered. Its first install
 * precaches the whole app (PDF and Word writers, fonts: several megabytes) and, while it
 * does, competes with the first screen's own requests: measured on a first visit, the
 * click on « new project » waited for its chunks behind the precache and a history update
 * took 26 ms instead of 4. Registered a few seconds later, when the page is idle, it
 * downloads while the user reads.
 */
export const REGISTER_DELAY_MS = 3000;
