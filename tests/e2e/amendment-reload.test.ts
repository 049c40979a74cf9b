/**
 * Drafting an amendment in a real browser has an address (issue 13): a reload lands on
 * the drafting screen itself, with what was typed, and Back leaves it for the record's
 * home. (That the last keystrokes are handed to storage within `pagehide` is proven in
 * src/app/amendment-pagehide.test.tsx: in our Chromium runs an IndexedDB write begun
 * during a reload's pagehide did not land, for a wizard step's title either, so a browser
 * test cannot prove it.)
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { completeProject, signedByAll, withPrefinancing } from '../fixtures/project';
import { openSignedCharter } from './signed-charter';
import { browserAvailable, withBrowser } from './harness';
import type { DraftProject } from '../../src/schemas/project.schema';
import { escapeRe, msg, storedRecord } from './quality-helpers';

const run = browserAvailable();
const startsWith = (s: string) => new RegExp(`^${escapeRe(s)}`);

/** Opens the framework step of the working copy and its funding plan. */
async function openFundingPlan(page: Page) {
  await page
    .getByRole('navigation', { name: msg('fr', 'stepper.label') })
    .getByRole('button', { name: startsWith(msg('fr', 'step.framework')) })
    .press('Enter');
  await page.locator('#step-heading', { hasText: msg('fr', 'step.framework') }).waitFor();
  const section = page.getByRole('button', { name: msg('fr', 'agreement.section.contributions') });
  if ((await section.getAttribute('aria-expanded')) !== 'true') await section.press('Enter');
  return page
    .getByRole('group', { name: msg('fr', 'agreement.contributionN', { n: 1 }) })
    .getByLabel(startsWith(msg('fr', 'agreement.contribution.amount')));
}

describe('an amendment draft across a reload', { skip: !run }, () => {
  const app = withBrowser();

  it('keeps what was typed just before the reload, reopens the drafting screen, and Back leaves it', async () => {
    const signed = signedByAll(withPrefinancing(completeProject()));
    const { context, page, errors } = await openSignedCharter(app.browser, app.url, signed);
    await page
      .locator('.toolbar')
      .getByRole('button', { name: msg('fr', 'record.ui.title') })
      .click();
    await page.getByRole('button', { name: msg('fr', 'record.ui.draftAmendment') }).press('Enter');
    const banner = page.getByRole('heading', { level: 2, name: msg('fr', 'record.ui.draftingTitle', { n: 1 }) });
    await banner.waitFor();
    assert.match(page.url(), /[?&]v=record&a=draft$/);

    const amount = await openFundingPlan(page);
    await amount.fill('15000');
    await page.getByText(msg('fr', 'record.ui.draftChanges', { count: 1 })).waitFor();
    // The change is in the stored draft (the autosave writes within a second).
    const deadline = Date.now() + 15_000;
    const storedChanges = async () =>
      ((await storedRecord(page, signed.id)) as { project: DraftProject } | null)?.project.record.amendments[0]?.changes
        .length ?? 0;
    while ((await storedChanges()) !== 1) {
      if (Date.now() > deadline) throw new Error('the draft’s change never reached storage');
      await page.waitForTimeout(100);
    }
    await page.reload();

    // The reload lands on the drafting screen, and the amount typed is in the draft.
    await banner.waitFor();
    await page.getByText(msg('fr', 'record.ui.draftChanges', { count: 1 })).waitFor();
    assert.equal(await (await openFundingPlan(page)).inputValue(), '15\u202f000', 'as French readers write it');

    // Back leaves drafting for the record's home, where the draft is offered again.
    await page.goBack();
    await page.getByRole('button', { name: msg('fr', 'record.ui.continueDraft', { n: 1 }) }).waitFor();
    assert.equal(await banner.count(), 0);
    assert.match(page.url(), /[?&]v=record$/);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
