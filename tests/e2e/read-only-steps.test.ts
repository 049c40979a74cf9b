/**
 * The steps of a co-signed charter, read-only in a real browser (issue 13): a disabled
 * fieldset disables every button inside it, so every folded card and section shows open,
 * with a plain title. Checked in Chromium: nothing left folded or hidden, the funding plan
 * and each partner's card read by their labels, and axe finds nothing (WCAG 2.1 AA).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { completeProject, signedByAll, withPrefinancing } from '../fixtures/project';
import { openSignedCharter } from './signed-charter';
import { browserAvailable, withBrowser } from './harness';
import { axe, escapeRe, formatFindings, msg } from './quality-helpers';

const run = browserAvailable();

async function goToStep(page: Page, title: string) {
  await page
    .getByRole('navigation', { name: msg('fr', 'stepper.label') })
    .getByRole('button', { name: new RegExp(`^${escapeRe(title)}`) })
    .click();
  await page.locator('#step-heading', { hasText: title }).waitFor();
}

/** Nothing in the locked step is folded: no fold button, no hidden body. */
async function nothingFolded(page: Page) {
  const locked = page.locator('fieldset.wizard__locked');
  assert.equal(await locked.locator('[aria-expanded]').count(), 0, 'no fold button in a read-only step');
  assert.equal(await locked.locator('[hidden]').count(), 0, 'no hidden body in a read-only step');
}

describe('the read-only steps of a co-signed charter', { skip: !run }, () => {
  const app = withBrowser();

  it('show every card and section open, and pass axe', async () => {
    const signed = signedByAll(withPrefinancing(completeProject()));
    const { context, page, errors } = await openSignedCharter(app.browser, app.url, signed);

    await goToStep(page, msg('fr', 'step.partners'));
    await nothingFolded(page);
    for (const [i, partner] of signed.partners.partners.entries()) {
      const name = page
        .getByRole('group', { name: msg('fr', 'partners.partnerN', { n: i + 1 }) })
        .getByLabel(new RegExp(`^${escapeRe(msg('fr', 'partners.name'))}`));
      assert.equal(await name.isVisible(), true);
      assert.equal(await name.inputValue(), partner.name);
    }
    const partnersFindings = await axe(page, 'read-only partners step');
    assert.deepEqual(partnersFindings, [], formatFindings(partnersFindings));

    await goToStep(page, msg('fr', 'step.framework'));
    await nothingFolded(page);
    const funding = page.getByRole('region', { name: msg('fr', 'agreement.section.contributions') });
    const amount = funding
      .getByRole('group', { name: msg('fr', 'agreement.contributionN', { n: 1 }) })
      .getByLabel(new RegExp(`^${escapeRe(msg('fr', 'agreement.contribution.amount'))}`));
    assert.equal(await amount.isVisible(), true);
    assert.equal(await amount.inputValue(), '12\u202f000', 'as French readers write it');
    const frameworkFindings = await axe(page, 'read-only framework step');
    assert.deepEqual(frameworkFindings, [], formatFindings(frameworkFindings));
    assert.deepEqual(errors, []);
    await context.close();
  });
});
