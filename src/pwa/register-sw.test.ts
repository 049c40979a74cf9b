// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { REGISTER_DELAY_MS, registerServiceWorker } from './register-sw';

function fakeServiceWorkerContainer() {
  const register = vi.fn(async () => ({
    waiting: null,
    active: null,
    installing: null,
    addEventListener: () => {},
  }));
  Object.defineProperty(navigator, 'serviceWorker', { value: { register }, configurable: true });
  return register;
}

describe('registering the service worker', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits a few seconds after the page has loaded, so its precache never competes with the first clicks', async () => {
    const register = fakeServiceWorkerContainer();
    const callbacks = { onNeedRefresh: vi.fn(), onOfflineReady: vi.fn() };
    const stop = registerServiceWorker('/sw.js', '/', callbacks);
    // jsdom's document is already loaded: the wait starts now.
    await vi.advanceTimersByTimeAsync(REGISTER_DELAY_MS - 100);
    expect(register).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(200);
    expect(register).toHaveBeenCalledWith('/sw.js', { scope: '/', type: 'classic' });
    stop();
  });

  it('never registers once stopped (the page went away during the wait)', async () => {
    const register = fakeServiceWorkerContainer();
    const stop = registerServiceWorker('/sw.js', '/', { onNeedRefresh: vi.fn(), onOfflineReady: vi.fn() });
    stop();
    await vi.advanceTimersByTimeAsync(REGISTER_DELAY_MS * 3);
    expect(register).not.toHaveBeenCalled();
  });
});
