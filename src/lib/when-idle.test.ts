import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from './when-idle';

describe('whenIdle', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('never runs the task in the current task, and runs it later', () => {
    vi.useFakeTimers();
    const task = vi.fn();
    whenIdle(task);
    expect(task).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('can be cancelled before it runs', () => {
    vi.useFakeTimers();
    const task = vi.fn();
    whenIdle(task)();
    vi.runAllTimers();
    expect(task).not.toHaveBeenCalled();
  });

  it('uses the browser’s idle callbacks where they exist, with a deadline', () => {
    const request = vi.fn((_task: () => void, _options: { timeout: number }) => 7);
    const cancel = vi.fn();
    vi.stubGlobal('requestIdleCallback', request);
    vi.stubGlobal('cancelIdleCallback', cancel);
    whenIdle(() => undefined, 1500)();
    expect(request).toHaveBeenCalledWith(expect.any(Function), { timeout: 1500 });
    expect(cancel).toHaveBeenCalledWith(7);
  });

  it('with no fallback, runs nothing where idle callbacks are missing and says so', () => {
    vi.useFakeTimers();
    const task = vi.fn();
    expect(whenIdle(task, 2000, null)).toBeNull();
    vi.runAllTimers();
    expect(task).not.toHaveBeenCalled();
    vi.stubGlobal('requestIdleCallback', (run: () => void) => {
      run();
      return 1;
    });
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    expect(whenIdle(task, 2000, null)).toBeTypeOf('function');
    expect(task).toHaveBeenCalledOnce();
  });
});
