/**
 * Nothing typed in the partnership record is lost to a reload (issue 13): a review typed
 * and not saved comes back, on its form, after a reload that follows the last key at once —
 * the form hands its draft over during `pagehide`, which the app keeps
 * (src/record/use-draft-autosave.tsx, src/persistence/pending-journal.ts) — and it is still
 * no held review.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { completeProject, signedByAll } from '../fixtures/project';
import { serializeProject } from '../../src/persistence/project-file';
import { browserAvailable, withBrowser } from './harness';
import { msg, newQualityContext } from './quality-helpers';

const run = browserAvailable();

describe('a review typed in the record', { skip: !run }, () => {
  const app = withBrowser();
  const dir = mkdtempSync(join(tmpdir(), 'cocharte-record-drafts-'));

  it('is still there after a reload right after typing, as a draft to take up again', async () => {
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

    await page.getByRole('button', { name: msg('fr', 'record.ui.newReview') }).click();
    // No wait for the draft nor the autosave: the reload comes at once.
    await page.getByLabel(/^Participants/).pressSequentially('Élise, François, Lan', { delay: 5 });
    await page.reload();
    // The form's own address: the reload reopens it, with what was typed.
    await page.getByRole('heading', { level: 2, name: msg('fr', 'record.doc.reviewTitle', { n: 1 }) }).waitFor();
    assert.match(page.url(), /&v=record&a=review&r=new$/);
    assert.equal(await page.getByLabel(/^Participants/).inputValue(), 'Élise, François, Lan');
    // Not a held review: Back to the record's home, whose history has none, and « Nouveau
    // bilan » takes the draft up again.
    await page.goBack();
    await home.waitFor();
    assert.match(page.url(), /&v=record$/);
    assert.equal(await page.getByText(/^Bilan n°\s1 — /).count(), 0);
    await page.getByRole('button', { name: msg('fr', 'record.ui.continueReview', { n: 1 }) }).click();
    assert.equal(await page.getByLabel(/^Participants/).inputValue(), 'Élise, François, Lan');
    await page
      .getByRole('status')
      .filter({ hasText: msg('fr', 'record.ui.draftSaved') })
      .waitFor();
    await context.close();
  });
});
