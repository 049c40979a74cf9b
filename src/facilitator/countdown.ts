/** A step timer's state, pure so it can be tested without waiting. */
export interface Countdown {
  durationMs: number;
  /** Time already spent in previous runs (the timer can be paused). */
  elapsedMs: number;
  /** When the current run started, or null while paused or finished. */
  startedAt: number | null;
}

export const newCountdown = (minutes: number): Countdown => ({
  durationMs: Math.round(minutes * 60_000),
  elapsedMs: 0,
  startedAt: null,
});

export const start = (c: Countdown, now: number): Countdown => (c.startedAt === null ? { ...c, startedAt: now } : c);

export const pause = (c: Countdown, now: number): Countdown =>
  c.startedAt === null ? c : { ...c, elapsedMs: c.elapsedMs + (now - c.startedAt), startedAt: null };

export function remainingMs(c: Countdown, now: number): number {
  const running = c.startedAt === null ? 0 : now - c.startedAt;
  return Math.max(0, c.durationMs - c.elapsedMs - running);
}

/** Time is up: the run that reached zero stops, so the controls stop offering "pause". */
export function finishIfUp(c: Countdown, now: number): Countdown {
  return c.startedAt !== null && remainingMs(c, now) === 0 ? { ...c, elapsedMs: c.durationMs, startedAt: null } : c;
}

export const isUp = (c: Countdown, now: number): boolean => remainingMs(c, now) === 0;

/** `m:ss`, rounded up so the display reaches 0:00 only when time is really up. */
export function formatRemaining(ms: number): string {
  const total = Math.ceil(ms / 1000);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}
