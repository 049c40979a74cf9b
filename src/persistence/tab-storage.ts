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
