import { createContext, useContext, type ReactNode } from 'react';

/**
 * Set where a text is only read, never edited: the steps of a co-signed charter, shown in
 * a disabled fieldset. A disabled fieldset disables every button inside it, the fold
 * buttons of cards and sections too, so a folded partner or funding plan could not be
 * opened at all. Under this context Disclosure and CollapsibleCard render open, with a
 * plain heading instead of a button: everything is in the page, in reading order, for the
 * keyboard (nothing to open) and for screen readers (headings and groups as usual).
 */
const UnfoldedContext = createContext(false);

export function Unfolded({ children }: { children: ReactNode }) {
  return <UnfoldedContext.Provider value={true}>{children}</UnfoldedContext.Provider>;
}

/** True inside `<Unfolded>`: folding is off and every body shows. */
export function useUnfolded(): boolean {
  return useContext(UnfoldedContext);
}
