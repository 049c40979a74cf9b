/**
 * Offline after the first visit (service worker, precache of the app, the PDF chunk and
 * the TTF fonts), and updates that wait for the user's "Reload".
 *
 * These tests need serviceWorkers: 'allow' (the other e2e files block them so that a
 * stale worker never serves an old build). Each test serves its own copy of the build,
 * from a server that reads files at request time, so a new version can be published.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { browserAvailable, launchBrowser } from './harness';
import { DIST, escapeRe, figure, msg, newQualityContext, startStaticServer } from './quality-helpers';
import { waitUntilSaved } from './saved';

const run = browserAvailable();

function copyOfBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cocharte-offline-'));
  cpSync(resolve(DIST), dir, { recursive: true });
  return dir;
}

/** Resolves once a service worker controls the page and its precache is complete. */
async function controlled(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) {
    // registerType 'prompt' does not claim the first page: the next load is controlled.
    await page.reload();
    await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
  }
}

describe('offline and updates (service worker)', { skip: !run }, () => {
  let browser: Browser;
  const dirs: string[] = [];

  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('works with no network after the first visit: reload, fill a step, render the PDF', async () => {
    const dir = copyOfBuild();
    dirs.push(dir);
    const server = await startStaticServer(dir);
    const context = await newQualityContext(browser, { serviceWorkers: 'allow' });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await page.goto(server.url);
      await controlled(page);

      // The precache holds the fonts and the PDF chunk, not just the first screen.
      const cached = await page.evaluate(async () => {
        const urls: string[] = [];
        for (const name of await caches.keys())
          for (const r of await (await caches.open(name)).keys()) urls.push(new URL(r.url).pathname);
        return urls;
      });
      assert.ok(
        cached.some((u) => /\.ttf$/.test(u)),
        'fonts precached',
      );
      assert.ok(
        cached.some((u) => /generate-pdf.*\.js$/.test(u)),
        'PDF chunk precached',
      );
      figure('offline precache entries', cached.length);

      await context.setOffline(true);
      await server.stop(); // Belt and braces: nothing could answer anyway.
      await page.reload();
      await page.getByRole('heading', { level: 1 }).waitFor();

      // An example opens on its review; edit step 1 and come back.
      const exampleTitle = msg('fr', 'guide.example.terrena.title');
      await page.getByRole('button', { name: msg('fr', 'home.useExample', { title: exampleTitle }) }).click();
      await page.locator('#step-heading', { hasText: msg('fr', 'review.title') }).waitFor();
      await page.locator('nav.stepper button').nth(0).click();
      await page.locator('#step-heading', { hasText: msg('fr', 'step.partners') }).waitFor();
      const title = page.getByLabel(new RegExp(`^${escapeRe(msg('fr', 'partners.title'))}`));
      await title.fill('Filière soja bio — hors ligne');
      await page.locator('nav.stepper button').nth(5).click();
      await page.locator('#step-heading', { hasText: msg('fr', 'review.title') }).waitFor();

      const t0 = Date.now();
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 20_000 }),
        page.getByRole('button', { name: msg('fr', 'pdf.charter') }).click(),
      ]);
      figure('offline first PDF (chunk + fonts from the cache)', Date.now() - t0, ' ms');
      const file = join(dir, 'offline.pdf');
      await download.saveAs(file);
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      assert.ok(text.includes('Filière soja bio — hors ligne'), 'the offline edit is in the PDF');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
      await server.stop().catch(() => undefined);
    }
  });

  it('announces a new version and reloads only when the user asks', async () => {
    const dir = copyOfBuild();
    dirs.push(dir);
    const server = await startStaticServer(dir);
    const context = await newQualityContext(browser, { serviceWorkers: 'allow' });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    try {
      await page.goto(server.url);
      await controlled(page);
      await page.getByRole('button', { name: msg('fr', 'home.new') }).click();
      await page.locator('#step-heading').waitFor();

      // Publish "version 2": a changed service worker is a new version for the browser.
      appendFileSync(join(dir, 'sw.js'), `\n// version 2 ${Date.now()}\n`);
      assert.ok(readFileSync(join(dir, 'sw.js'), 'utf8').includes('version 2'));
      await page.evaluate(async () => {
        await (await navigator.serviceWorker.getRegistration())?.update();
      });

      const banner = page.getByRole('status').filter({ hasText: msg('fr', 'pwa.updateAvailable') });
      await banner.waitFor();
      // The user keeps working: no reload happens by itself.
      await page.evaluate(() => ((window as unknown as { __stillHere: boolean }).__stillHere = true));
      await page.getByLabel(new RegExp(`^${escapeRe(msg('fr', 'partners.title'))}`)).fill('Pendant la mise à jour');
      await waitUntilSaved(page, 'Pendant la mise à jour');
      // Nothing can reload the page while the new version waits: it takes control (and the
      // page reloads) only once it is activated, which only "Reload" asks for.
      assert.equal(
        await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state),
        'installed',
        'the new version waits',
      );
      assert.equal(
        await page.evaluate(() => (window as unknown as { __stillHere?: boolean }).__stillHere),
        true,
        'no reload under the user’s feet',
      );

      // "Reload": the new version takes over, and the typed text is still there.
      await Promise.all([
        page.waitForEvent('load'),
        banner.getByRole('button', { name: msg('fr', 'pwa.reload') }).click(),
      ]);
      await page.locator('#step-heading').waitFor();
      assert.equal(await page.evaluate(() => (window as unknown as { __stillHere?: boolean }).__stillHere), undefined);
      assert.equal(
        await page.getByLabel(new RegExp(`^${escapeRe(msg('fr', 'partners.title'))}`)).inputValue(),
        'Pendant la mise à jour',
      );
      assert.equal(
        await page
          .getByRole('status')
          .filter({ hasText: msg('fr', 'pwa.updateAvailable') })
          .count(),
        0,
      );
    } finally {
      await context.close();
      await server.stop();
    }
  });
});
