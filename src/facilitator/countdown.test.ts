import { describe, expect, it } from 'vitest';
import { formatRemaining, newCountdown, pause, remainingMs, start } from './countdown';

describe('step timer', () => {
  it('counts down while running and holds while paused', () => {
    let c = newCountdown(10);
    expect(remainingMs(c, 0)).toBe(600_000);
    c = start(c, 1_000);
    expect(remainingMs(c, 61_000)).toBe(540_000);
    c = pause(c, 61_000);
    expect(remainingMs(c, 500_000)).toBe(540_000);
    c = start(c, 500_000);
    expect(remainingMs(c, 560_000)).toBe(480_000);
  });

  it('stops at zero', () => {
    const c = start(newCountdown(1), 0);
    expect(remainingMs(c, 120_000)).toBe(0);
  });

  it('formats minutes and seconds, rounding up', () => {
    expect(formatRemaining(600_000)).toBe('10:00');
    expect(formatRemaining(59_001)).toBe('1:00');
    expect(formatRemaining(59_000)).toBe('0:59');
    expect(formatRemaining(0)).toBe('0:00');
  });
});
