/**
 * How many cases a fast-check property runs.
 *
 * CI runs every property at its full count (`CI=true`). A local `vitest run` runs a tenth of
 * it (at least 20), so the suite stays quick on a laptop shared with other work; the seeds
 * are fixed, so the cases a local run tries are the first ones CI tries too.
 * `PROPERTY_RUNS=full` forces the full count locally; `PROPERTY_RUNS=<n>` runs exactly n
 * cases per property (a soak test, or a quick smoke run).
 */
export function propertyRuns(full: number, env: Record<string, string | undefined> = process.env): number {
  const asked = env.PROPERTY_RUNS?.trim();
  if (asked === 'full' || (!asked && env.CI === 'true')) return full;
  if (asked) {
    const n = Number(asked);
    if (!Number.isInteger(n) || n < 1)
      throw new Error(`PROPERTY_RUNS must be "full" or a positive integer, not "${asked}"`);
    return n;
  }
  return Math.min(full, Math.max(20, Math.ceil(full / 10)));
}

/**
 * Time allowed to a property test. At the full count the 7,000 mutated files take 16 s on
 * a shared 2-core machine, close to the suite's 20 s default: a busy CI runner must not
 * turn a slow run into a failure. A property that hangs still fails, after two minutes.
 */
export const PROPERTY_TIMEOUT = 120_000;

/** "7,000" — the count as the test titles print it. */
export const runsLabel = (n: number) => n.toLocaleString('en-US');
