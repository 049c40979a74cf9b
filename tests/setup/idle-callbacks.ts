import { act } from '@testing-library/react';
import { vi } from 'vitest';

const waiting = new Map<number, () => void>();
let ids = 0;

/**
 * Gives the page idle callbacks (jsdom has none) that run only when the test says the
 * browser is idle (`browserIdle`). Call in `beforeEach`; `vi.unstubAllGlobals()` after the
 * test's `cleanup()` removes them (the app cancels through them while unmounting).
 */
export function stubIdleCallbacks(): void {
  waiting.clear();
  vi.stubGlobal('requestIdleCallback', (task: () => void) => {
    waiting.set(++ids, task);
    return ids;
  });
  vi.stubGlobal('cancelIdleCallback', (id: number) => waiting.delete(id));
}

/** Runs, inside act, every idle callback asked for so far. */
export const browserIdle = (): void =>
  act(() => {
    for (const [id, task] of [...waiting]) {
      waiting.delete(id);
      task();
    }
  });
