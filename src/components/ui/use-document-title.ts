import { useEffect } from 'react';
import { whenIdle } from '../../lib/when-idle';

/**
 * The page's title (`document.title`) while this screen is shown: what a browser tab, the
 * history list behind Back and a screen reader's window name say. Written once the page is
 * idle, off the click that changed the screen (a title update cost the step change 2–4 ms
 * in the peer bench's A/B runs). The title before it (the home screen's, from index.html)
 * comes back when the screen goes, so the first screen needs no code for it.
 */
export function useDocumentTitle(...parts: string[]): void {
  const title = parts.filter(Boolean).join(' — ');
  useEffect(
    () =>
      whenIdle(() => {
        document.title = title;
      }, 1000),
    [title],
  );
  useEffect(() => {
    const before = document.title;
    return () => {
      document.title = before;
    };
  }, []);
}
