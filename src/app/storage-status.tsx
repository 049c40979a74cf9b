import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/i18n-provider';
import { whenIdle } from '../lib/when-idle';
import { AppActorContext, selectStorage, selectView } from '../machine/app.context';
import {
  estimateStorage,
  isSpaceShort,
  requestPersistentStorage,
  type StorageEstimate,
} from '../persistence/project-store';

const megabytes = (bytes: number, locale: string) =>
  `${new Intl.NumberFormat(locale, { maximumFractionDigits: bytes < 10e6 ? 1 : 0 }).format(bytes / 1e6)}\u00a0${locale === 'fr' ? 'Mo' : 'MB'}`;

/**
 * The state of the browser's storage where it matters: when space runs short (over 90 %
 * of the quota) or a save failed, the figures and the advice to download; when the
 * previous release's projects could not be moved yet, that they are safe. The first time
 * a project opens, the browser is asked to keep its storage (navigator.storage.persist).
 */
export function StorageStatus() {
  const { t, locale } = useI18n();
  const storage = AppActorContext.useSelector(selectStorage);
  const view = AppActorContext.useSelector(selectView);
  const [estimate, setEstimate] = useState<StorageEstimate | null>(null);

  // Both asked when the browser is idle: each costs a few milliseconds of the main thread,
  // which belong to drawing the screen the user just asked for.
  useEffect(() => {
    let live = true;
    const cancel = whenIdle(() => void estimateStorage().then((e) => live && setEstimate(e)));
    return () => {
      live = false;
      cancel();
    };
  }, [storage, view]);

  useEffect(() => {
    if (view === 'project') return whenIdle(() => void requestPersistentStorage());
  }, [view]);

  const short = isSpaceShort(estimate);
  // In a project the toolbar's banner already says it, next to the download button.
  if (!short && (storage === 'ok' || view !== 'home')) return null;
  const unit = (b: number) => megabytes(b, locale);
  return (
    <div className="panel panel--warning" role="status">
      <p>
        {estimate && (short || storage === 'full')
          ? t('storage.full', { used: unit(estimate.usage), quota: unit(estimate.quota) })
          : storage === 'full'
            ? t('storage.fullUnknown')
            : t('storage.unavailable')}
      </p>
    </div>
  );
}
