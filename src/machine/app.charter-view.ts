import { createContext, useContext, useState } from 'react';

/**
 * Whether the review step shows the charter as a web page. The app gives it an address of
 * its own (`&v=charter`), so Back closes it and a reload reopens it; without the app (a
 * component test of the step), it is the step's own state.
 */
export interface CharterView {
  open: boolean;
  setOpen: (open: boolean) => void;
}

export const CharterViewContext = createContext<CharterView | null>(null);

export function useCharterView(): [boolean, (open: boolean) => void] {
  const provided = useContext(CharterViewContext);
  const [local, setLocal] = useState(false);
  return provided ? [provided.open, provided.setOpen] : [local, setLocal];
}
