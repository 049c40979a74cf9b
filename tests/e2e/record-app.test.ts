/**
 * The partnership record in the app (issue 13), in a real browser: a co-signed charter
 * opens its record from the toolbar, a review is recorded, and after a reload on the
 * record's own address the review is still there; the record home passes axe in the app.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { completeProject, signedByAll } from '../fixtures/project';
import { serializeProject } from '../../src/persistence/project-file';
import { browserAvailable, withBrowser } from './harness';
import { axe, formatFindings, msg, newQualityContext, storedRecord, touchingButtons } from './quality-helpers';

const run = browserAvailable();

/**
 * Waits until the project's own stored record contains `needle`, polling the condition
 * (the autosave writes within its debounce); fails after `timeout`.
 */
async function waitForStored(page: Page, id: string, needle: string, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  while (!JSON.stringify(await storedRecord(page, id)).includes(needle)) {
    if (Date.now() > deadline) throw new Error(`"${needle}" never reached the stored project`);
    await page.waitForTimeout(100);
  }
}

describe('the partnership record in the app', { skip: !run }, () => {
  const app = withBrowser();
  const dir = mkdtempSync(join(tmpdir(), 'cocharte-record-'));

  it('opens a co-signed charter’s record, records a review, and finds it again after a reload', async () => {
    const signed = signedByAll(completeProject());
    const file = join(dir, 'signed.cocharte.json');
    writeFileSync(file, serializeProject(signed));
    const context = await newQualityContext(app.browser);
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(app.url);
    await page.getByLabel(msg('fr', 'home.import')).setInputFiles(file);
    await page.locator('#step-heading', { hasText: msg('fr', 'review.title') }).waitFor();

    await page
      .locator('.toolbar')
      .getByRole('button', { name: msg('fr', 'record.ui.title') })
      .click();
    const home = page.getByRole('heading', { level: 2, name: msg('fr', 'record.ui.title') });
    await home.waitFor();
    assert.match(page.url(), /&v=record$/);
    const findings = await axe(page, 'record home in the app');
    assert.deepEqual(findings, [], formatFindings(findings));
    assert.deepEqual(await touchingButtons(page), [], 'the record home’s buttons stand apart');

    await page.getByRole('button', { name: msg('fr', 'record.ui.newReview') }).click();
    await page.getByLabel(/^Participants/).fill('Élise, François, Lan');
    const actuals = page.getByLabel(/^Valeur constatée/);
    for (let i = 0; i < (await actuals.count()); i++) await actuals.nth(i).fill('12');
    await page.getByRole('button', { name: msg('fr', 'record.ui.saveReview') }).click();
    await home.waitFor();
    await page.getByText(/^Bilan n°\s1 — /).waitFor();
    // The project's own stored record holds the review, and the signatures are untouched.
    await waitForStored(page, signed.id, 'Élise, François, Lan');
    const stored = (await storedRecord(page, signed.id)) as { project: { signatures: unknown[] } };
    assert.deepEqual(stored.project.signatures, signed.signatures);

    // A second review, and a reload at once: a saved review is written straight away,
    // not at the autosave's next tick.
    await page.getByRole('button', { name: msg('fr', 'record.ui.newReview') }).click();
    await page.getByLabel(/^Participants/).fill('Lan seule');
    for (let i = 0; i < (await actuals.count()); i++) await actuals.nth(i).fill('13');
    await page.getByRole('button', { name: msg('fr', 'record.ui.saveReview') }).click();
    await page.getByText(/^Bilan n°\s2 — /).waitFor();
    await page.reload();
    await home.waitFor();
    await page.getByText(/^Bilan n°\s1 — /).waitFor();
    await page.getByText(/^Bilan n°\s2 — /).waitFor();
    assert.match(page.url(), /&v=record$/);

    // Back to the charter: the steps are read-only now, and say why.
    await page.getByRole('button', { name: msg('fr', 'record.ui.backToCharter') }).click();
    await page.locator('#step-heading', { hasText: msg('fr', 'review.title') }).waitFor();
    await page.locator('nav.stepper button').nth(2).click();
    await page.getByText(/son texte ne se modifie plus/).waitFor();
    assert.equal(await page.getByLabel(/^Objet du partenariat/).isDisabled(), true);
    const lockedFindings = await axe(page, 'read-only step of a co-signed charter');
    assert.deepEqual(lockedFindings, [], formatFindings(lockedFindings));
    await context.close();
  });
});
