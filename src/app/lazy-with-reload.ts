import { type ComponentType, createElement, type ReactNode, useEffect, useState } from 'react';
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

/**
 * A screen loaded on demand, without React.lazy: a lazy component that suspends makes React
 * hold the next screen back (its fallback is kept on screen for at least 300 ms), which was
 * most of the wait between "new project" and step 1. This one renders `fallback` until the
 * chunk arrives, then the screen at once; once loaded it renders synchronously. `preload()`
 * starts the download early. Load errors reach the nearest error boundary.
 */
export function lazyWithReload<P extends object>(load: () => Promise<{ default: ComponentType<P> }>) {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const preload = (): Promise<ComponentType<P>> => {
    pending ??= loadWithRetry(load).then(
      (m) => {
        loaded = m.default;
        return m.default;
      },
      (error: unknown) => {
        pending = null;
        throw error;
      },
    );
    return pending;
  };
  function OnDemand(props: P & { fallback?: ReactNode }) {
    const { fallback = null, ...rest } = props;
    const [screen, setScreen] = useState<{ Component: ComponentType<P> } | null>(() =>
      loaded ? { Component: loaded } : null,
    );
    const [failure, setFailure] = useState<{ error: unknown } | null>(null);
    useEffect(() => {
      if (screen) return;
      let live = true;
      preload().then(
        (Component) => live && setScreen({ Component }),
        (error: unknown) => live && setFailure({ error }),
      );
      return () => {
        live = false;
      };
    }, [screen]);
    if (failure) throw failure.error;
    return screen ? createElement(screen.Component, rest as P) : fallback;
  }
  return Object.assign(OnDemand, { preload });
}

/** A module loaded on demand, with the same retry and reload as the screens above. */
export async function loadWithRetry<M>(load: () => Promise<M>): Promise<M> {
  try {
    return await load();
  } catch (first) {
    if (!isChunkLoadError(first)) throw first;
    try {
      return await load();
    } catch (second) {
      // While the page reloads, nothing is shown instead of the crash screen.
      if (await reloadForNewVersion()) return new Promise<M>(() => undefined);
      throw second;
    }
  }
}
