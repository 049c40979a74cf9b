/**
 * Shared pieces of the quality e2e tests (accessibility, offline, budgets, resilience).
 * Labels come from the app's own message tables, so the tests follow wording changes.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { completeProject } from '../fixtures/project';
import '../../src/i18n/register-en';
import { createTranslator, type Locale, type MessageKey } from '../../src/i18n/i18n';
import type { FlowState } from '../../src/machine/wizard.types';
import { saveProject, setCurrentProjectId } from '../../src/persistence/project-storage';
import { STORAGE_KEYS, type KeyValueStorage } from '../../src/persistence/storage';
import { createEmptyProject, emptyRisk } from '../../src/domain/new-project';
import type { DraftProject } from '../../src/schemas/project.schema';

export const DIST = process.env.DIST_DIR ?? 'dist';

/** A message in the given language, without its {placeholders}' values. */
/** A message as the app shows it (plurals and elision applied), for finding elements by name. */
export const msg = (locale: Locale, key: MessageKey, vars: Record<string, string | number> = {}) =>
  createTranslator(locale)(key, vars);

export const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export async function newQualityContext(
  browser: Browser,
  options: { locale?: string; serviceWorkers?: 'allow' | 'block'; viewport?: { width: number; height: number } } = {},
): Promise<BrowserContext> {
  return browser.newContext({
    acceptDownloads: true,
    locale: options.locale ?? 'fr-FR',
    serviceWorkers: options.serviceWorkers ?? 'block',
    viewport: options.viewport ?? { width: 1280, height: 900 },
  });
}

// ---- Projects put straight into the browser's storage -----------------------------------

function memoryStorage(): KeyValueStorage & { entries: () => [string, string][] } {
  const m = new Map<string, string>();
  return {
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => void m.set(k, v),
    removeItem: (k) => void m.delete(k),
    entries: () => [...m],
  };
}

/** localStorage entries for these projects, written by the app's own save function. */
/** The home screen at `url`, then « new project »: resolves once step 1 is drawn. */
export async function startNewProject(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('button', { name: msg('fr', 'home.new') }).click();
  await page.locator('#step-heading', { hasText: msg('fr', 'step.partners') }).waitFor();
}

export function storageEntries(
  projects: { project: DraftProject; place: FlowState }[],
  current?: string,
  locale?: Locale,
): [string, string][] {
  const s = memoryStorage();
  for (const { project, place } of projects) saveProject(s, project, place);
  if (current) setCurrentProjectId(s, current);
  if (locale) s.setItem(STORAGE_KEYS.locale, locale);
  return s.entries();
}

/**
 * Replaces the origin's localStorage with these entries (the previous release's format)
 * and opens the app afresh at its root: the app migrates them into IndexedDB and opens
 * the project they name as current.
 */
export async function seed(page: Page, baseUrl: string, entries: [string, string][]) {
  if (!page.url().startsWith(baseUrl)) await page.goto(baseUrl);
  await page.evaluate((e) => {
    localStorage.clear();
    for (const [k, v] of e) localStorage.setItem(k, v);
  }, entries);
  await page.goto(baseUrl);
}

/** Every step visited but nothing filled in: each step shows its errors on submit. */
export function emptyVisitedProject(): DraftProject {
  const p = createEmptyProject(new Date('2026-01-15T10:00:00Z'));
  return { ...p, id: 'empty-visited', visited: ['partners', 'motivations', 'framework', 'followUp', 'impacts'] };
}

/** The complete three-partner fixture, with `n` risks (the heaviest realistic step). */
export function projectWithRisks(n: number, id = 'forty-risks'): DraftProject {
  const p = completeProject();
  const owners = p.partners.partners.map((x) => x.id);
  const risks = Array.from({ length: n }, (_, i) =>
    emptyRisk({
      id: `risk-${i + 1}`,
      category: 'financial',
      title: `Risque n° ${i + 1} : retard de paiement d’un acheteur`,
      description: 'Un acheteur paie avec trois mois de retard, la trésorerie de la coopérative est tendue.',
      likelihood: (i % 4) + 1,
      severity: ((i + 1) % 4) + 1,
      response: 'reduce',
      mitigation: 'Acompte de 30 % à la commande et fonds de roulement partagé.',
      ownerId: owners[i % owners.length]!,
      reviewDate: '2026-12-01',
    }),
  );
  return { ...p, id, impacts: { ...p.impacts, risks } };
}

export { completeProject };

// ---- Checks -------------------------------------------------------------------------------

export interface AxeFinding {
  screen: string;
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/** WCAG 2.1 A/AA rules plus axe's best practices; returns the violations, printable. */
export async function axe(page: Page, screen: string): Promise<AxeFinding[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  // Guard against a silent no-op (e.g. axe blocked from the page): it must have checked rules.
  if (result.passes.length < 10) throw new Error(`axe checked only ${result.passes.length} rules on ${screen}`);
  return result.violations.map((v) => ({
    screen,
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes
      .slice(0, 5)
      .map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1, 2).join(' ').trim() ?? ''}`),
  }));
}

export const formatFindings = (findings: AxeFinding[]) =>
  findings.map((f) => `[${f.screen}] ${f.id} (${f.impact}): ${f.help}\n    ${f.targets.join('\n    ')}`).join('\n');

/** WCAG 1.4.10 reflow: no horizontal scrolling of the page. */
export async function horizontalOverflow(
  page: Page,
): Promise<{ scrollWidth: number; clientWidth: number; culprits: string[] } | null> {
  return page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return null;
    // Name the widest offenders, to make the report useful.
    const culprits: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const r = el.getBoundingClientRect();
      if (r.right > root.clientWidth + 1 && culprits.length < 5)
        culprits.push(
          `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${String(el.className).split(' ').join('.')} right=${Math.round(r.right)}`,
        );
    }
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, culprits };
  });
}

/**
 * The same screen at 320 CSS px (a phone, or 1280 px at 400 % zoom) and at 640 CSS px
 * (1280 px at 200 % zoom): no horizontal scrollbar. Restores the viewport.
 */
export async function reflowProblems(page: Page, screen: string): Promise<string[]> {
  const original = page.viewportSize() ?? { width: 1280, height: 900 };
  const problems: string[] = [];
  for (const size of [
    { width: 320, height: 640 },
    { width: 640, height: 450 },
  ]) {
    await page.setViewportSize(size);
    const o = await horizontalOverflow(page);
    if (o)
      problems.push(
        `[${screen}] ${size.width}px: scrollWidth ${o.scrollWidth} > clientWidth ${o.clientWidth} (${o.culprits.join('; ')})`,
      );
  }
  await page.setViewportSize(original);
  return problems;
}

// ---- A static server whose files can be changed while it runs ---------------------------

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
};

/**
 * Serves a directory like `vite preview` does (SPA fallback to index.html), but reads
 * every file at request time, so a test can publish a "new version" by editing files.
 */
export async function startStaticServer(dir: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    let file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) file = join(dir, 'index.html');
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Prints a figure in a form CI logs and the README can pick up. */
export function figure(name: string, value: number | string, unit = '', target = '') {
  console.log(
    `# FIGURE ${name}: ${typeof value === 'number' ? Math.round(value * 10) / 10 : value}${unit}${target ? ` (target ${target})` : ''}`,
  );
}

/** A project's record as the app stored it in IndexedDB (null when there is none). */
export async function storedRecord(page: Page, id: string): Promise<unknown> {
  return page.evaluate(
    (key) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('cocharte');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('projects').objectStore('projects').get(key);
          get.onsuccess = () => resolve(get.result ?? null);
          get.onerror = () => reject(get.error);
        };
      }),
    `record:${id}`,
  );
}

/**
 * Visible buttons of the page whose boxes come closer than 4 px to another's: a row of
 * buttons with no gap reads as one control and is easy to mis-tap.
 */
export async function touchingButtons(page: Page): Promise<string[]> {
  // Kept as text: tsx would wrap the helpers of a function written here in a `__name` call
  // the page does not have (see saved.ts).
  return page.evaluate(`(() => {
    const boxes = Array.from(document.querySelectorAll('main button'))
      .filter((b) => b.checkVisibility({ visibilityProperty: true }))
      .map((b) => ({ name: (b.textContent || '').trim(), r: b.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && r.height > 0);
    const near = (a, b) => a.left < b.right + 4 && b.left < a.right + 4 && a.top < b.bottom + 4 && b.top < a.bottom + 4;
    const out = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++)
        if (near(boxes[i].r, boxes[j].r)) out.push(boxes[i].name + ' | ' + boxes[j].name);
    return out;
  })()`);
}
