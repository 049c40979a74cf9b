import { useRef } from 'react';

/** True from the first render where `open` is true, for the life of the component. */
export function useOpenedOnce(open: boolean): boolean {
  const opened = useRef(open);
  if (open) opened.current = true;
  return opened.current;
}
