import { useLayoutEffect } from 'react';

/**
 * The page's title (`document.title`) while this screen is shown: what a browser tab, the
 * history list behind Back and a screen reader's window name say. Set in the commit that
 * draws the screen; the title before it (the home screen's, from index.html) comes back when
 * the screen goes, so the first screen needs no code for it.
 */
export function useDocumentTitle(...parts: string[]): void {
  const title = parts.filter(Boolean).join(' — ');
  useLayoutEffect(() => {
    const before = document.title;
    document.title = title;
    return () => {
      document.title = before;
    };
  }, [title]);
}
