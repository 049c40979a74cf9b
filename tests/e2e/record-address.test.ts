/**
 * The record's review form and health check have addresses of their own, in a real browser
 * (issue 13): a reload on a review form (a new one included) reopens it with what was
 * typed, a reload on a health check reopens that health check, Back and Forward walk the
 * record's home, the review and the health check, and an address naming a review or a
 * partner that does not exist shows the record's home of the same project.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { completeProject, signedByAll } from '../fixtures/project';
import { newReview, withReview } from '../../src/domain/record-new';
import { serializeProject } from '../../src/persistence/project-file';
import { browserAvailable, withBrowser } from './harness';
import { msg, newQualityContext } from './quality-helpers';

const run = browserAvailable();
const fr = (key: Parameters<typeof msg>[1], vars: Record<string, string | number> = {}) => msg('fr', key, vars);

describe('the record’s review form and health check in the address', { skip: !run }, () => {
  const app = withBrowser();
  const dir = mkdtempSync(join(tmpdir(), 'cocharte-record-address-'));
  const signed = signedByAll(completeProject());
  const reviewed = withReview(signed, {
    ...newReview(signed, { id: 'rev1', date: '2026-10-05' }),
    participants: 'Élise',
  });
  const partner = reviewed.partners.partners[1]!;

  /** A fresh browser with the reviewed charter imported and its record open on its home. */
  async function openRecord(): Promise<Page> {
    const file = join(dir, 'reviewed.cocharte.json');
    writeFileSync(file, serializeProject(reviewed));
    const context = await newQualityContext(app.browser);
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(app.url);
    await page.getByLabel(fr('home.import')).setInputFiles(file);
    await page.locator('#step-heading', { hasText: fr('review.title') }).waitFor();
    await page
      .locator('.toolbar')
      .getByRole('button', { name: fr('record.ui.title') })
      .click();
    await recordHome(page).waitFor();
    return page;
  }
  const recordHome = (page: Page) => page.getByRole('heading', { level: 2, name: fr('record.ui.title') });
  const reviewHeading = (page: Page) =>
    page.getByRole('heading', { level: 2, name: fr('record.doc.reviewTitle', { n: 1 }) });
  const healthHeading = (page: Page) =>
    page.getByRole('heading', { level: 2, name: fr('record.ui.healthFor', { name: partner.name }) });
  const search = (page: Page) => new URL(page.url()).search;
  const record = `?p=${reviewed.id}&s=review&v=record`;

  it('a reload on a new review’s form reopens it with what was typed; Back goes to the record’s home', async () => {
    const page = await openRecord();
    await page.getByRole('button', { name: fr('record.ui.newReview') }).click();
    assert.equal(search(page), `${record}&a=review&r=new`);
    // No wait for the draft nor the autosave: the reload comes at once.
    await page.getByLabel(/^Participants/).pressSequentially('Lan et Moussa', { delay: 5 });
    await page.reload();
    await page.getByRole('heading', { level: 2, name: fr('record.doc.reviewTitle', { n: 2 }) }).waitFor();
    assert.equal(await page.getByLabel(/^Participants/).inputValue(), 'Lan et Moussa');
    assert.equal(search(page), `${record}&a=review&r=new`);
    await page.goBack();
    await recordHome(page).waitFor();
    assert.equal(search(page), record);
    // Still a draft: the held review is the first one only.
    await page.getByRole('button', { name: fr('record.ui.continueReview', { n: 2 }) }).waitFor();
    await page.context().close();
  });

  it('a reload on a health check reopens it; Back walks to the review and the home, Forward twice returns', async () => {
    const page = await openRecord();
    await page
      .getByRole('button', { name: fr('record.ui.open', { name: fr('record.doc.reviewTitle', { n: 1 }) }) })
      .click();
    await reviewHeading(page).waitFor();
    assert.equal(search(page), `${record}&a=review&r=rev1`);
    await page.getByRole('button', { name: fr('record.ui.healthAnswer', { name: partner.name }) }).click();
    await healthHeading(page).waitFor();
    const health = `${record}&a=health&r=rev1&pt=${partner.id}`;
    assert.equal(search(page), health);

    await page.reload();
    await healthHeading(page).waitFor();
    assert.equal(search(page), health);

    await page.goBack();
    await reviewHeading(page).waitFor();
    assert.equal(search(page), `${record}&a=review&r=rev1`);
    await page.goBack();
    await recordHome(page).waitFor();
    assert.equal(search(page), record);
    await page.goForward();
    await reviewHeading(page).waitFor();
    await page.goForward();
    await healthHeading(page).waitFor();
    assert.equal(search(page), health);

    // The screens' own ways back walk the same entries, the reload notwithstanding: from the
    // record's home, Back then closes the record for the charter it was opened from.
    await page.getByRole('button', { name: fr('record.ui.backToReview', { n: 1 }) }).click();
    await reviewHeading(page).waitFor();
    await page.getByRole('button', { name: fr('record.ui.back') }).click();
    await recordHome(page).waitFor();
    assert.equal(search(page), record);
    await page.goBack();
    await page.locator('#step-heading', { hasText: fr('review.title') }).waitFor();
    assert.equal(search(page), `?p=${reviewed.id}&s=review`);
    await page.context().close();
  });

  it('an address naming a review or a partner that does not exist shows the record’s home of that project', async () => {
    const page = await openRecord();
    for (const rest of ['&a=review&r=stale', '&a=health&r=rev1&pt=intruder', '&a=health&r=%3Cscript%3E&pt=x']) {
      await page.goto(`${app.url}${record}${rest}`);
      await recordHome(page).waitFor();
      assert.equal(search(page), record);
      await page.getByRole('heading', { level: 1, name: new RegExp(reviewed.partners.title) }).waitFor();
    }
    await page.context().close();
  });
});
