import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react';

/**
 * Whether the guidance panels are open. One choice for the whole app, not per step: a
 * trainer who folds the guide away once does not want it back on every step, and a
 * newcomer sees it everywhere until they fold it. Where the choice is kept is the
 * composition root's business (app/ provides the device's storage); tests and the
 * default keep it in memory.
 */
export interface GuidancePreferenceStore {
  read: () => boolean;
  write: (open: boolean) => void;
}

let memory = true;
const inMemory: GuidancePreferenceStore = {
  read: () => memory,
  write: (open) => {
    memory = open;
  },
};

export const GuidancePreferenceContext = createContext<GuidancePreferenceStore>(inMemory);

/**
 * The open/folded state of the guidance, read once per mount and remembered on change.
 * Open by default for the first reading only: a panel open on arrival is remembered as
 * folded for the next step, so on a phone the next steps start with one
 * line that opens it instead of a screen of guidance. Opened by the user on a step, it is
 * open on the next one too (the device keeps only open/folded). `shown`: false while the
 * step is drawn ahead out of sight.
 */
export function useGuidanceOpen(shown = true): [boolean, (open: boolean) => void] {
  const store = useContext(GuidancePreferenceContext);
  const [open, setOpen] = useState(store.read);
  // Written on arrival rather than on leaving: the next step's panel reads the choice
  // while rendering, before this one's cleanup would run. A step drawn ahead out of sight
  // (shown-step.ts) arrives when it shows.
  const openOnArrival = useRef(open);
  useEffect(() => {
    if (shown && openOnArrival.current) store.write(false);
  }, [store, shown]);
  const change = useCallback(
    (next: boolean) => {
      setOpen(next);
      store.write(next);
    },
    [store],
  );
  return [open, change];
}
