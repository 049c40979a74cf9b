import type { z } from '../lib/zod';

/**
 * sessionStorage, or null when the browser refuses it (private modes, sandboxes): what one
 * tab keeps for itself — it survives a reload and a discarded tab restored, and goes with
 * the tab. storage.browserLocalStorage's twin, kept apart: storage.ts is on the first
 * screen, which must not carry what only the workshop view and the signatory's page ask.
 */
export function tabStorage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

/** The value this tab keeps under `key`, read through its schema: anything else — missing, damaged, hostile — is null, never a throw. */
export function readTabValue<T>(key: string, schema: z.ZodType<T>): T | null {
  try {
    const text = tabStorage()?.getItem(key);
    if (!text) return null;
    const read = schema.safeParse(JSON.parse(text));
    return read.success ? read.data : null;
  } catch {
    return null;
  }
}

/** Keeps `value` for the tab's life; false when the storage refuses (full, disabled): the caller goes on. */
export function writeTabValue(key: string, value: unknown): boolean {
  try {
    const storage = tabStorage();
    if (!storage) return false;
    storage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

/** Forgets what the tab keeps under `key` (a disabled storage kept nothing either). */
export function removeTabValue(key: string): void {
  try {
    tabStorage()?.removeItem(key);
  } catch {
    // Disabled: nothing was kept.
  }
}
