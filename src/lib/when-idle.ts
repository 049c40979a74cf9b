/**
 * Runs `task` once the browser is idle (at the latest after `timeout` ms), never in the task
 * that draws the next screen; returns a function that cancels it. Where idle callbacks are
 * missing (Safari, Node), a plain timer of `fallbackDelay` ms stands in; with `null`, nothing
 * does: the task is not run and null is returned (work only worth doing when truly idle).
 */
export function whenIdle(task: () => void, timeout?: number, fallbackDelay?: number): () => void;
export function whenIdle(task: () => void, timeout: number, fallbackDelay: null): (() => void) | null;
export function whenIdle(task: () => void, timeout = 2000, fallbackDelay: number | null = 50): (() => void) | null {
  // Both or neither: an environment with one alone (a test's fake timers) takes the timer.
  if (typeof requestIdleCallback === 'function' && typeof cancelIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout });
    return () => cancelIdleCallback(id);
  }
  if (fallbackDelay === null) return null;
  const id = setTimeout(task, fallbackDelay);
  return () => clearTimeout(id);
}
