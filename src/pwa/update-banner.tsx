import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n-provider';

type UpdateServiceWorker = (reloadPage?: boolean) => Promise<void>;

/** How often a long-open tab asks the server whether a new version exists. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

/**
 * Registers the service worker (production builds only) and announces a new version.
 *
 * registerType is 'prompt' (vite.config.ts): a new service worker installs in the
 * background and waits. The page reloads only when the user clicks "Reload", after the
 * open project is saved, so a half-typed field is never lost to an update.
 */
export function UpdateBanner({ beforeReload }: { beforeReload?: () => Promise<void> } = {}) {
  const { t } = useI18n();
  const [needRefresh, setNeedRefresh] = useState(false);
  const [offlineReady, setOfflineReady] = useState(false);
  const updateSW = useRef<UpdateServiceWorker | null>(null);

  useEffect(() => {
    if (!import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
    let cancelled = false;
    let timer: ReturnType<typeof setInterval> | undefined;
    // Imported lazily: workbox-window is not needed to draw the first screen.
    void import('virtual:pwa-register').then(({ registerSW }) => {
      if (cancelled) return;
      updateSW.current = registerSW({
        onNeedRefresh: () => setNeedRefresh(true),
        onOfflineReady: () => setOfflineReady(true),
        onRegisteredSW: (_url, registration) => {
          if (!registration) return;
          timer = setInterval(() => {
            if (navigator.onLine) void registration.update().catch(() => undefined);
          }, UPDATE_CHECK_MS);
        },
      });
    });
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, []);

  if (needRefresh) {
    return (
      <div className="update-banner" role="status">
        <p>{t('pwa.updateAvailable')}</p>
        <div className="update-banner__buttons">
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              // The page reloads once the new version controls it. workbox-window does it only
              // for pages that were controlled when they loaded; a first-visit page, claimed
              // later (clientsClaim), needs this listener.
              navigator.serviceWorker?.addEventListener('controllerchange', () => location.reload(), { once: true });
              void (beforeReload?.() ?? Promise.resolve()).catch(() => undefined).then(() => updateSW.current?.(true));
            }}
          >
            {t('pwa.reload')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setNeedRefresh(false)}>
            {t('pwa.later')}
          </button>
        </div>
      </div>
    );
  }
  // "Ready offline" needs no action: it is announced, not shown, so no banner ever covers
  // a control or pushes the page under the user's eyes. The live region stays in the page
  // so the later announcement is read out.
  return (
    <div className="update-banner update-banner--empty" role="status">
      {offlineReady && <span className="visually-hidden">{t('pwa.offlineReady')}</span>}
    </div>
  );
}
