import { createContext, useCallback, useContext, useState } from 'react';

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

/** The open/folded state of the guidance, read once per mount and remembered on change. */
export function useGuidanceOpen(): [boolean, (open: boolean) => void] {
  const store = useContext(GuidancePreferenceContext);
  const [open, setOpen] = useState(store.read);
  const change = useCallback(
    (next: boolean) => {
      setOpen(next);
      store.write(next);
    },
    [store],
  );
  return [open, change];
}
