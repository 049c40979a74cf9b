/**
 * Addresses, history and storage in a real browser: Back and Forward walk the steps and
 * never leave the app mid-project, a reload returns to the same screen, projects saved
 * by the previous release (localStorage) are all found in IndexedDB, and two tabs on the
 * same project never erase each other's work.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { completeProject } from '../fixtures/project';
import { serializeProject } from '../../src/persistence/project-file';
import { browserAvailable, withBrowser } from './harness';
import { msg, newQualityContext, startNewProject, storedRecord } from './quality-helpers';

const run = browserAvailable();
const heading = (page: Page) => page.locator('#step-heading');
const stepTitle = (key: 'step.partners' | 'step.motivations' | 'step.framework' | 'step.followUp' | 'step.impacts') =>
  msg('fr', key);

async function waitForStep(page: Page, title: string) {
  await page.locator('#step-heading', { hasText: title }).waitFor();
}

const readRecord = storedRecord;

/** A new project from the Paratronic example, open on its review (where an example opens). */
async function exampleOnItsReview(app: { browser: Browser; url: string }) {
  const context = await newQualityContext(app.browser);
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(app.url);
  const example = msg('fr', 'guide.example.paratronic.title');
  await page.getByRole('button', { name: msg('fr', 'home.useExample', { title: example }) }).click();
  await waitForStep(page, msg('fr', 'review.title'));
  return { context, page };
}

describe('history and storage', { skip: !run }, () => {
  const app = withBrowser();
  const dir = mkdtempSync(join(tmpdir(), 'cocharte-history-'));

  it('Back and Forward walk the steps, never leave the app, and a reload returns to the same step', async () => {
    const { context, page } = await exampleOnItsReview(app);
    assert.match(page.url(), /\?p=[^&]+&s=review$/);

    // The charter read as a web page has its own address: a reload keeps it, Back closes it.
    await page.getByRole('button', { name: msg('fr', 'review.charterPage') }).click();
    const closePage = page.getByRole('button', { name: msg('fr', 'review.backFromPage') });
    await closePage.waitFor();
    assert.match(page.url(), /&s=review&v=charter$/);
    await page.reload();
    await closePage.waitFor();
    await page.goBack();
    await waitForStep(page, msg('fr', 'review.title'));
    assert.match(page.url(), /&s=review$/);

    const steps = ['step.partners', 'step.motivations', 'step.framework'] as const;
    for (const [i, key] of steps.entries()) {
      await page.locator('nav.stepper button').nth(i).click();
      await waitForStep(page, stepTitle(key));
    }
    assert.match(page.url(), /&s=framework$/);

    await page.goBack();
    await waitForStep(page, stepTitle('step.motivations'));
    await page.goBack();
    await waitForStep(page, stepTitle('step.partners'));
    await page.goForward();
    await waitForStep(page, stepTitle('step.motivations'));

    // A reload returns to the step on screen.
    await page.reload();
    await waitForStep(page, stepTitle('step.motivations'));

    // Back past the first step of the session reaches the project list, inside the app.
    await page.goBack();
    await waitForStep(page, stepTitle('step.partners'));
    await page.goBack();
    await waitForStep(page, msg('fr', 'review.title'));
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: msg('fr', 'home.title') }).waitFor();
    assert.ok(page.url().startsWith(app.url));
    // …and Forward comes back into the project.
    await page.goForward();
    await waitForStep(page, msg('fr', 'review.title'));
    await context.close();
  });

  it('Back to a step shows its heading with the focus on it, not where the page was scrolled', async () => {
    const { context, page } = await exampleOnItsReview(app);
    await page.locator('nav.stepper button').first().click();
    await waitForStep(page, stepTitle('step.partners'));
    // The button at the foot of a long step: the page is scrolled to its bottom when it is pressed.
    await page.getByRole('button', { name: msg('fr', 'nav.next') }).click();
    await waitForStep(page, stepTitle('step.motivations'));
    await page.goBack();
    await waitForStep(page, stepTitle('step.partners'));
    await page.waitForFunction(() => document.activeElement?.id === 'step-heading');
    // Scrolling may still settle: wait until the focused heading is in view, or fail on the timeout.
    await page.waitForFunction(() => {
      const box = document.getElementById('step-heading')?.getBoundingClientRect();
      return box !== undefined && box.top >= 0 && box.bottom <= window.innerHeight;
    });
    await context.close();
  });

  it('a project opened straight from its address goes back to the list, not out of the app', async () => {
    const context = await newQualityContext(app.browser);
    const first = await context.newPage();
    first.setDefaultTimeout(10_000);
    await startNewProject(first, app.url);
    const address = first.url();
    await first.close();

    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(address);
    await waitForStep(page, stepTitle('step.partners'));
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: msg('fr', 'home.title') }).waitFor();
    assert.ok(page.url().startsWith(app.url));
    await context.close();
  });

  it('an example read as a charter, and the sources, have their own address: Back returns home, never out of the app', async () => {
    const context = await newQualityContext(app.browser);
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(app.url);
    const home = page.getByRole('heading', { level: 1, name: msg('fr', 'home.title') });
    const title = msg('fr', 'guide.example.paratronic.title');
    await page.getByRole('button', { name: msg('fr', 'home.readExample', { title }) }).click();
    const use = page.getByRole('button', { name: msg('fr', 'example.use') });
    await use.waitFor();
    assert.match(page.url(), /\?exemple=paratronic-corail-onep$/);

    // A reload reopens the example; Back goes home; Forward reads it again.
    await page.reload();
    await use.waitFor();
    await page.goBack();
    await home.waitFor();
    assert.equal(page.url(), app.url);
    await page.goForward();
    await use.waitFor();
    await page.goBack();
    await home.waitFor();

    // The sources' page too; its own « back » button leaves no entry behind.
    await page.getByRole('button', { name: msg('fr', 'guideUi.about.link') }).click();
    await page.getByRole('heading', { level: 2, name: msg('fr', 'guideUi.about.title') }).waitFor();
    assert.match(page.url(), /\?sources$/);
    await page.goBack();
    await home.waitFor();
    assert.ok(page.url().startsWith(app.url));

    // A link to an example that does not exist shows the home screen.
    await page.goto(`${app.url}?exemple=nulle-part`);
    await home.waitFor();
    await context.close();
  });

  it('finds every project written by the previous release in IndexedDB, drawn signatures included', async () => {
    const entries = JSON.parse(
      readFileSync(join(process.cwd(), 'tests/fixtures/legacy-store/localstorage-0.1.json'), 'utf8'),
    ) as [string, string][];
    const context = await newQualityContext(app.browser);
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(app.url);
    await page.evaluate((e) => {
      localStorage.clear();
      for (const [k, v] of e) localStorage.setItem(k, v);
    }, entries);
    await page.goto(app.url);
    // The tab that migrates reopens the project the previous release had open.
    await waitForStep(page, stepTitle('step.motivations'));
    await page.getByRole('button', { name: msg('fr', 'toolbar.projects') }).click();
    const titles = page.locator('.project-list h3');
    await titles.first().waitFor();
    assert.deepEqual((await titles.allTextContents()).sort(), [
      'Brouillon « jardins partagés » — Lomé',
      'Filière « riz équitable » Loire – Đà Nẵng',
      'Filière « riz équitable » Loire – Đà Nẵng',
    ]);

    // The reopened draft has been saved since (with its partners' empty rows filled in);
    // the two others are in IndexedDB exactly as the previous release wrote them.
    for (const id of ['legacy-signed', 'legacy-review']) {
      const value = entries.find(([k]) => k === `cocharte.project.${id}`)?.[1] ?? 'null';
      assert.deepEqual(await readRecord(page, id), JSON.parse(value), `${id} is in IndexedDB as it was`);
    }
    const draft = (await readRecord(page, 'legacy-draft')) as { project: { partners: { title: string } } };
    assert.equal(draft.project.partners.title, 'Brouillon « jardins partagés » — Lomé');
    const signed = (await readRecord(page, 'legacy-signed')) as {
      project: { signatures: { method: string; image: string }[] };
    };
    assert.deepEqual(
      signed.project.signatures.map((s) => s.method),
      ['drawn', 'drawn', 'drawn'],
    );
    assert.ok(signed.project.signatures.every((s) => s.image.startsWith('data:image/png;base64,')));
    // Projects left localStorage; the language stayed, and the mark that this device keeps
    // projects (its next start reads the list before drawing the home screen).
    const left = await page.evaluate(() => Object.keys(localStorage).sort());
    assert.deepEqual(left, ['cocharte.guidance', 'cocharte.kept', 'cocharte.locale']);
    await context.close();
  });

  it('two tabs: a merge applied in tab B stops tab A from erasing it, and renames reach the other tab', async () => {
    const original = completeProject();
    const changed = {
      ...original,
      framework: { ...original.framework, purpose: 'Objet revu par l’entreprise.' },
    };
    const originalFile = join(dir, 'original.cocharte.json');
    const changedFile = join(dir, 'retour.cocharte.json');
    writeFileSync(originalFile, serializeProject(original));
    writeFileSync(changedFile, serializeProject(changed));

    const context = await newQualityContext(app.browser);
    const a = await context.newPage();
    a.setDefaultTimeout(10_000);
    await a.goto(app.url);
    await a.getByLabel(msg('fr', 'home.import')).setInputFiles(originalFile);
    await waitForStep(a, msg('fr', 'review.title'));

    const b = await context.newPage();
    b.setDefaultTimeout(10_000);
    await b.goto(app.url);
    await b.getByLabel(msg('fr', 'home.import')).setInputFiles(changedFile);
    await b.getByRole('button', { name: msg('fr', 'share.compare') }).click();
    await b
      .getByRole('checkbox', { name: new RegExp(msg('fr', 'collab.merge.take')) })
      .first()
      .check();
    await b.getByRole('button', { name: 'Appliquer les modifications choisies' }).click();
    await waitForStep(b, msg('fr', 'review.title'));

    // Tab A is told, and is read-only: its next keystroke cannot erase the merge.
    const warning = a.getByRole('alert').filter({ hasText: msg('fr', 'tabGuard.changedElsewhere') });
    await warning.waitFor();
    assert.equal(await heading(a).evaluate((el) => Boolean(el.closest('[inert]'))), true);
    // Tab B, which made the merge, edits the project.
    await b
      .getByRole('alert')
      .filter({ hasText: msg('fr', 'tabGuard.duplicate') })
      .waitFor({ state: 'detached' });
    const stored = (await readRecord(b, original.id)) as { project: typeof original };
    assert.equal(stored.project.framework.purpose, 'Objet revu par l’entreprise.');

    // A goes back to its list; B renames the project from its own list: A's list follows.
    await warning.getByRole('button', { name: msg('fr', 'tabGuard.backToList') }).click();
    await a.getByRole('heading', { level: 1, name: msg('fr', 'home.title') }).waitFor();
    await b.getByRole('button', { name: msg('fr', 'toolbar.projects') }).click();
    await b
      .getByRole('button', { name: /Renommer/ })
      .first()
      .click();
    await b.getByLabel('Nouveau titre').fill('Nom choisi dans l’onglet B');
    await b.getByLabel('Nouveau titre').press('Enter');
    await a.getByRole('heading', { level: 3, name: 'Nom choisi dans l’onglet B' }).waitFor();
    await context.close();
  });
});
