import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n-provider';
import { activateWaitingVersion, registerServiceWorker } from './register-sw';

/** How often a long-open tab asks the server whether a new version exists. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

/**
 * Registers the service worker and announces a new version. Loaded by UpdateBanner once the
 * page has settled (update-banner.tsx), so none of it weighs on the first screen.
 *
 * registerType is 'prompt' (vite.config.ts): a new service worker installs in the
 * background and waits. The page reloads only when the user clicks "Reload", after the
 * open project is saved, so a half-typed field is never lost to an update.
 */
export default function UpdatePrompt({ beforeReload }: { beforeReload?: () => Promise<void> }) {
  const { t } = useI18n();
  const [needRefresh, setNeedRefresh] = useState(false);
  const [offlineReady, setOfflineReady] = useState(false);
  const registration = useRef<ServiceWorkerRegistration | null>(null);

  useEffect(() => {
    let timer: ReturnType<typeof setInterval> | undefined;
    // vite-plugin-pwa writes the worker at the root of the build (`sw.js`).
    const base = import.meta.env.BASE_URL;
    // UpdateBanner already waited for the page to settle: register at the next idle moment.
    const stop = registerServiceWorker(
      `${base}sw.js`,
      base,
      {
        onNeedRefresh: () => setNeedRefresh(true),
        onOfflineReady: () => setOfflineReady(true),
        onRegistered: (r) => {
          registration.current = r;
          timer = setInterval(() => {
            if (navigator.onLine) void r.update().catch(() => undefined);
          }, UPDATE_CHECK_MS);
        },
      },
      0,
    );
    return () => {
      stop();
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
              // The page reloads once the new version controls it (every page, controlled
              // when it loaded or claimed later by clientsClaim on a first visit).
              navigator.serviceWorker?.addEventListener('controllerchange', () => location.reload(), { once: true });
              void (beforeReload?.() ?? Promise.resolve())
                .catch(() => undefined)
                .then(() => {
                  if (!activateWaitingVersion(registration.current)) location.reload();
                });
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
