import type { Page } from 'playwright-core';

// Runs in the page. Kept as text: tsx (esbuild, keepNames) would wrap the helpers of a
// function written here in a `__name` call the page does not have.
const SAVED_IN_STORAGE = `async ([needle, times, indexedDbOnly]) => {
  // Values are JSON text or structured clones: compare as JSON, the text escaped as in a string.
  const wanted = JSON.stringify(needle).slice(1, -1);
  const holds = (json) => (json ?? '').split(wanted).length - 1 >= times;
  if (!indexedDbOnly) for (let i = 0; i < localStorage.length; i++) if (holds(localStorage.getItem(localStorage.key(i) ?? ''))) return true;
  const request = (r) =>
    new Promise((resolve, reject) => {
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
  for (const { name } of (await indexedDB.databases?.()) ?? []) {
    if (!name) continue;
    const db = await request(indexedDB.open(name));
    try {
      for (const store of Array.from(db.objectStoreNames)) {
        const values = await request(db.transaction(store).objectStore(store).getAll());
        if (values.some((v) => holds(typeof v === 'string' ? v : JSON.stringify(v)))) return true;
      }
    } finally {
      db.close();
    }
  }
  return false;
}`;

/**
 * Resolves once `text` is in the page's storage (at least `count` times in one stored
 * value), that is once the autosave has run: what a test waits for before a reload, a
 * crash or a download, instead of sleeping for "long enough". Looks in localStorage and
 * in every IndexedDB database, so it holds whichever the storage module uses (and across
 * the move from one to the other). `indexedDbOnly` ignores localStorage, whose writes
 * Chromium keeps in the renderer for a while: what must survive the renderer's crash.
 */
export async function waitUntilSaved(
  page: Page,
  text: string,
  {
    count = 1,
    timeout = 15_000,
    indexedDbOnly = false,
  }: { count?: number; timeout?: number; indexedDbOnly?: boolean } = {},
): Promise<void> {
  // waitForFunction would take the check's promise itself as a truthy answer and return
  // at once: the check is awaited here, until it holds or the time is up.
  const deadline = Date.now() + timeout;
  const check = `(${SAVED_IN_STORAGE})(${JSON.stringify([text, count, indexedDbOnly])})`;
  while (!(await page.evaluate(check))) {
    if (Date.now() > deadline) throw new Error(`"${text}" never reached the browser's storage`);
    await page.waitForTimeout(100);
  }
}
