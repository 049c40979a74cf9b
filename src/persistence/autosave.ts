/**
 * Saves an open project while the user works, without a hand-made change key: a save is
 * due when the project object itself changes (the machine makes a new one on every edit)
 * or when the user moves to another step.
 *
 * At most one save per `waitMs` while changes keep coming (a throttle with a trailing
 * save, so the last change is always written, at most `waitMs` after it was made: a tab
 * that crashes mid-typing loses under a second of work). The first change after a quiet
 * spell is saved after `leadMs` (50 ms), once its screen is painted. Saves never overlap, and `flush()` writes what is pending now —
 * called before every screen change, so "My projects", opening a file or a link never
 * leave the last keystrokes behind.
 */
export interface Autosave<T, P> {
  push(value: T, place: P): void;
  /** Saves what is pending now; resolves once every save asked for so far is done. */
  flush(): Promise<void>;
  /** Stops: pending changes are dropped (used when another tab owns the project). */
  cancel(): void;
}

export interface AutosaveOptions<T, P> {
  save: (value: T, place: P) => Promise<void>;
  waitMs?: number;
  /**
   * Delay of the first save after a quiet spell: the screen the change produced (a new
   * step) is painted before the project is copied into storage.
   */
  leadMs?: number;
  now?: () => number;
}

export function createAutosave<T, P>({
  save,
  waitMs = 1000,
  leadMs = 50,
  now = Date.now,
}: AutosaveOptions<T, P>): Autosave<T, P> {
  let last: { value: T; place: P } | null = null;
  let pending: { value: T; place: P } | null = null;
  let lastSaveAt = Number.NEGATIVE_INFINITY;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let chain: Promise<void> = Promise.resolve();
  let stopped = false;

  const writePending = () => {
    clearTimeout(timer);
    timer = undefined;
    const item = pending;
    pending = null;
    if (!item || stopped) return chain;
    lastSaveAt = now();
    chain = chain.then(() => save(item.value, item.place)).catch(() => undefined);
    return chain;
  };

  return {
    push(value, place) {
      if (stopped) return;
      const latest = pending ?? last;
      if (latest && latest.value === value && latest.place === place) return;
      pending = { value, place };
      last = pending;
      if (timer !== undefined) return;
      const wait = Math.max(leadMs, lastSaveAt + waitMs - now());
      timer = setTimeout(() => void writePending(), wait);
    },
    flush: () => writePending(),
    cancel() {
      stopped = true;
      clearTimeout(timer);
      pending = null;
    },
  };
}
