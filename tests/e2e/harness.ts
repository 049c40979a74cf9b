import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { after, before } from 'node:test';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Browser tests need Debian's Chromium. Outside CI a missing browser skips them with a
 * message; in CI (CI=true) it is a failure, never a skip.
 */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI === 'true') throw new Error(`Chromium not found at ${CHROMIUM}: CI requires the browser tests.`);
  console.warn(`Skipping browser tests: ${CHROMIUM} not found (apt-get install chromium).`);
  return false;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

export async function newContext(browser: Browser, locale = 'fr-FR'): Promise<BrowserContext> {
  return browser.newContext({
    acceptDownloads: true,
    locale,
    serviceWorkers: 'block',
    viewport: { width: 1280, height: 900 },
  });
}

export interface PreviewServer {
  url: string;
  stop: () => void;
}

/** A port the system says is free now (a random pick could meet the last file's server). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Serves the production build (`dist/`, or DIST_DIR) with `vite preview` on a free local port. */
export async function startPreview(port?: number): Promise<PreviewServer> {
  port ??= await freePort();
  const child: ChildProcess = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--outDir',
      process.env.DIST_DIR ?? 'dist',
      '--port',
      String(port),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  const url = `http://127.0.0.1:${port}/`;
  // Up to 30 s (a busy machine starts `vite preview` slowly); a server that never answers
  // fails here, with its output, rather than as a page that cannot load later.
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  for (let up = false, i = 0; !up; i++) {
    try {
      up = (await fetch(url)).ok;
    } catch {
      // not up yet
    }
    if (up) break;
    if (i >= 300) throw new Error(`vite preview never answered on ${url}: ${output}`);
    await delay(100);
  }
  return {
    url,
    stop: () => {
      try {
        if (child.pid) process.kill(-child.pid);
      } catch {
        // already gone
      }
    },
  };
}

/**
 * For a test suite: starts the preview server and Chromium before its tests and stops
 * both after. Call it inside `describe`.
 */
export function withBrowser(): { readonly browser: Browser; readonly url: string } {
  let browser: Browser | undefined;
  let server: PreviewServer | undefined;
  before(async () => {
    server = await startPreview();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    server?.stop();
  });
  return {
    get browser() {
      if (!browser) throw new Error('Chromium is not started');
      return browser;
    },
    get url() {
      if (!server) throw new Error('the preview server is not started');
      return server.url;
    },
  };
}

/**
 * A project file opened from the home screen of a new context; page errors are collected so
 * the test can assert there were none.
 */
/**
 * Another device (a fresh browser context) on `url`: its page, and the page's uncaught errors
 * as they come (a test ends by finding none).
 */
export async function openOnDevice(
  browser: Browser,
  url: string,
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await newContext(browser);
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  return { context, page, errors };
}

export async function openProjectFile(
  browser: Browser,
  url: string,
  projectPath: string,
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const opened = await openOnDevice(browser, url);
  await opened.page.getByLabel('Ouvrir un fichier de projet (.cocharte.json)').setInputFiles(projectPath);
  return opened;
}

/** A complete charter opened from its file (openProjectFile) and taken to the signing step. */
export async function openAtSigning(
  browser: Browser,
  url: string,
  projectPath: string,
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const { context, page, errors } = await openProjectFile(browser, url, projectPath);
  await page.getByRole('button', { name: 'Passer à la signature' }).click();
  await page.getByRole('heading', { name: 'Signature', exact: true }).waitFor();
  return { context, page, errors };
}
