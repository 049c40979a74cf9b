import { type ComponentType, lazy } from 'react';
import { flushPending } from './last-project';

/**
 * After a new version is deployed, a tab that loaded the old one asks for chunks that no
 * longer exist ("Failed to fetch dynamically imported module"). Instead of the crash
 * screen: try the import once more (a network blip), then save what the autosave holds
 * and reload the page once, which fetches the new version's index and its chunks. A flag
 * in sessionStorage keeps a truly missing chunk from reloading in a loop.
 */
const RELOADED_KEY = 'cocharte.chunkReloadAt';
const RELOAD_WINDOW_MS = 30_000;

export function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /dynamically imported module|Importing a module script failed|error loading dynamically imported module|Unable to preload CSS/i.test(
    message,
  );
}

/** Reloads once per 30 s at most, after saving; false when it already did (then the crash screen explains). */
export async function reloadForNewVersion(now = Date.now()): Promise<boolean> {
  try {
    const last = Number(sessionStorage.getItem(RELOADED_KEY) ?? 0);
    if (now - last < RELOAD_WINDOW_MS) return false;
    sessionStorage.setItem(RELOADED_KEY, String(now));
  } catch {
    return false;
  }
  await flushPending().catch(() => undefined);
  location.reload();
  return true;
}

export function lazyWithReload<P extends object>(load: () => Promise<{ default: ComponentType<P> }>) {
  return lazy(async () => {
    try {
      return await load();
    } catch (first) {
      if (!isChunkLoadError(first)) throw first;
      try {
        return await load();
      } catch (second) {
        // While the page reloads, nothing is shown instead of the crash screen.
        if (await reloadForNewVersion()) return new Promise<{ default: ComponentType<P> }>(() => undefined);
        throw second;
      }
    }
  });
}
