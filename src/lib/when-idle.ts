/**
 * Runs `task` once the browser is idle (at the latest after `timeout` ms), never in the task
 * that draws the next screen; returns a function that cancels it. Where idle callbacks are
 * missing (Safari, Node), a plain timer of `fallbackDelay` ms stands in.
 */
export function whenIdle(task: () => void, timeout = 2000, fallbackDelay = 50): () => void {
  // Both or neither: an environment with one alone (a test's fake timers) takes the timer.
  if (typeof requestIdleCallback === 'function' && typeof cancelIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, fallbackDelay);
  return () => clearTimeout(id);
}
