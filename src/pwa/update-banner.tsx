import { lazy, Suspense, useEffect, useState } from 'react';
import { REGISTER_DELAY_MS } from './register-delay';

const UpdatePrompt = lazy(() => import('./update-prompt'));

/**
 * The service worker's registration and its « new version » prompt (production builds
 * only), loaded once the page has loaded and settled: the worker's first install precaches
 * the whole app and would compete with the first screen's own requests (register-delay.ts),
 * and the prompt's code has nothing to do before then. The live region is in the page from
 * the start, so what the prompt announces later is read out.
 */
export function UpdateBanner({ beforeReload }: { beforeReload?: () => Promise<void> }) {
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    if (!import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const later = () => {
      timer = setTimeout(() => setSettled(true), REGISTER_DELAY_MS);
    };
    if (document.readyState === 'complete') later();
    else window.addEventListener('load', later, { once: true });
    return () => {
      window.removeEventListener('load', later);
      clearTimeout(timer);
    };
  }, []);
  const empty = <div className="update-banner update-banner--empty" role="status" />;
  if (!settled) return empty;
  return (
    <Suspense fallback={empty}>
      <UpdatePrompt {...(beforeReload ? { beforeReload } : {})} />
    </Suspense>
  );
}
