import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosave } from './autosave';

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const setup = () => {
    const saved: string[] = [];
    const autosave = createAutosave<{ text: string }, string>({
      save: async (value) => void saved.push(value.text),
      waitMs: 1000,
    });
    return { saved, autosave };
  };

  it('saves at least once a second during continuous typing, and the last keystroke too', async () => {
    const { saved, autosave } = setup();
    let text = '';
    // 171 keystrokes, one every 50 ms: 8.5 s of typing without a pause.
    for (let i = 0; i < 171; i++) {
      text += 'x';
      autosave.push({ text }, 'partners');
      await vi.advanceTimersByTimeAsync(50);
    }
    // Never more than a second of typing unsaved at any moment…
    expect(saved.length).toBeGreaterThanOrEqual(8);
    expect(saved.length).toBeLessThanOrEqual(10);
    await vi.advanceTimersByTimeAsync(1000);
    // …and the last character is saved within the second.
    expect(saved.at(-1)).toHaveLength(171);
  });

  it('saves the first change after a quiet spell once its screen is painted (50 ms)', async () => {
    const { saved, autosave } = setup();
    autosave.push({ text: 'a' }, 'partners');
    await vi.advanceTimersByTimeAsync(49);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toEqual(['a']);
  });

  it('saves when the project object changes, not when the same one comes again', async () => {
    const { saved, autosave } = setup();
    const project = { text: 'a' };
    autosave.push(project, 'partners');
    autosave.push(project, 'partners');
    await vi.advanceTimersByTimeAsync(5000);
    expect(saved).toEqual(['a']);
    // The same project on another step is a change: the step is kept with it.
    autosave.push(project, 'motivations');
    await vi.advanceTimersByTimeAsync(5000);
    expect(saved).toEqual(['a', 'a']);
  });

  it('flush writes the pending change at once, before a screen change', async () => {
    const { saved, autosave } = setup();
    autosave.push({ text: 'a' }, 'partners');
    await vi.advanceTimersByTimeAsync(50);
    expect(saved).toEqual(['a']);
    autosave.push({ text: 'ab' }, 'partners');
    await autosave.flush();
    expect(saved).toEqual(['a', 'ab']);
    await vi.advanceTimersByTimeAsync(5000);
    expect(saved).toEqual(['a', 'ab']);
  });

  it('never runs two saves at once, and flush waits for the one in progress', async () => {
    let running = 0;
    let most = 0;
    const done: string[] = [];
    const autosave = createAutosave<string, string>({
      save: async (v) => {
        running++;
        most = Math.max(most, running);
        await new Promise((r) => setTimeout(r, 1500));
        running--;
        done.push(v);
      },
    });
    autosave.push('a', 'p');
    await vi.advanceTimersByTimeAsync(50);
    autosave.push('b', 'p');
    const flushed = autosave.flush();
    await vi.advanceTimersByTimeAsync(3000);
    await flushed;
    expect(done).toEqual(['a', 'b']);
    expect(most).toBe(1);
  });

  it('cancel drops what is pending (another tab owns the project now)', async () => {
    const { saved, autosave } = setup();
    autosave.push({ text: 'a' }, 'p');
    await vi.advanceTimersByTimeAsync(50);
    autosave.push({ text: 'ab' }, 'p');
    autosave.cancel();
    await autosave.flush();
    await vi.advanceTimersByTimeAsync(5000);
    expect(saved).toEqual(['a']);
  });
});
