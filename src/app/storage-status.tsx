import { useEffect, useState } from 'react';
import { whenIdle } from '../lib/when-idle';
import { lazyWithReload } from './lazy-with-reload';
import { AppActorContext, selectStorage, selectView } from '../machine/app.context';
import {
  estimateStorage,
  isSpaceShort,
  requestPersistentStorage,
  type StorageEstimate,
} from '../persistence/project-store';

// The warning and its messages load only when there is something to say.
const StorageWarning = lazyWithReload(async () => ({ default: (await import('./storage-warning')).StorageWarning }));

/**
 * The state of the browser's storage where it matters: when space runs short (over 90 %
 * of the quota) or a save failed, the figures and the advice to download; when the
 * previous release's projects could not be moved yet, that they are safe. The first time
 * a project opens, the browser is asked to keep its storage (navigator.storage.persist).
 */
export function StorageStatus() {
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
  return <StorageWarning estimate={estimate} short={short} full={storage === 'full'} />;
}
