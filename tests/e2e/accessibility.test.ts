/**
 * WCAG 2.1 AA, screen by screen, in French and in English: axe-core finds nothing, and
 * nothing scrolls sideways at 320 CSS px or at 200 % zoom. Along the way: focus lands on
 * the step's heading, errors are in a live region, the stepper marks aria-current="step".
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import type { Locale, MessageKey } from '../../src/i18n/i18n';
import type { FlowState } from '../../src/machine/wizard.types';
import { browserAvailable, withBrowser } from './harness';
import {
  axe,
  completeProject,
  emptyVisitedProject,
  escapeRe,
  figure,
  formatFindings,
  msg,
  newQualityContext,
  reflowProblems,
  seed,
  storageEntries,
  type AxeFinding,
} from './quality-helpers';

const run = browserAvailable();

const STEPS: FlowState[] = ['partners', 'motivations', 'framework', 'followUp', 'impacts', 'review', 'signing'];
const label = (locale: Locale, p: FlowState) =>
  msg(locale, p === 'review' ? 'review.title' : p === 'signing' ? 'signing.title' : (`step.${p}` as MessageKey));

async function goToStep(page: Page, locale: Locale, index: number) {
  const place = STEPS[index]!;
  const current = page.locator('nav.stepper button[aria-current="step"]');
  if ((await current.count()) && (await page.locator('#step-heading').textContent())?.trim() === label(locale, place))
    return;
  await page.locator('nav.stepper button').nth(index).click();
  await page.locator('#step-heading', { hasText: new RegExp(`^${escapeRe(label(locale, place))}$`) }).waitFor();
  // Focus follows the step change, so screen readers start at the new heading.
  assert.equal(
    await page.evaluate(() => document.activeElement?.id),
    'step-heading',
    `focus on the heading of ${place}`,
  );
  // The stepper says where the user is.
  assert.equal(await page.locator('nav.stepper button[aria-current="step"]').count(), 1);
  assert.match((await current.textContent()) ?? '', new RegExp(escapeRe(label(locale, place))));
}

describe('accessibility: every screen, both languages', { skip: !run }, () => {
  const app = withBrowser();
  const findings: AxeFinding[] = [];
  const reflow: string[] = [];
  let screens = 0;

  async function check(page: Page, screen: string) {
    screens++;
    findings.push(...(await axe(page, screen)));
    reflow.push(...(await reflowProblems(page, screen)));
  }

  for (const locale of ['fr', 'en'] as const) {
    it(`has no axe violation and no sideways scrolling (${locale})`, async () => {
      const context = await newQualityContext(app.browser);
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(app.url);

      // The language is chosen the way a user does: the header's select.
      if (locale === 'en') {
        await page.getByLabel('Langue', { exact: true }).selectOption('en');
        await page.getByRole('button', { name: msg('en', 'home.new') }).waitFor();
        await page.waitForFunction(() => document.documentElement.lang === 'en');
      }
      await check(page, `${locale} home, examples`);

      const complete = { ...completeProject(), id: 'complete' };
      const empty = emptyVisitedProject();
      const both = [
        { project: complete, place: 'partners' as const },
        { project: empty, place: 'partners' as const },
      ];
      await seed(page, app.url, storageEntries(both, undefined, locale));
      await page.getByRole('heading', { name: msg(locale, 'home.projects') }).waitFor();
      await check(page, `${locale} home, project list`);

      // A complete project: each screen as it looks when filled in.
      await seed(page, app.url, storageEntries(both, complete.id, locale));
      await page.locator('#step-heading').waitFor();
      for (let i = 0; i < STEPS.length; i++) {
        await goToStep(page, locale, i);
        await check(page, `${locale} ${STEPS[i]}`);
      }
      // Signing: a refused signature (no consent), then a signed one.
      const firstName = complete.partners.partners[0]!.name;
      const form = page.getByRole('form', { name: msg(locale, 'signing.formFor', { name: firstName }) });
      await form.getByRole('button', { name: msg(locale, 'signing.sign', { name: firstName }) }).click();
      await form.locator('.field__error').first().waitFor();
      await check(page, `${locale} signing with an error`);
      await form.getByRole('checkbox').check();
      await form.getByRole('button', { name: msg(locale, 'signing.sign', { name: firstName }) }).click();
      await page.getByRole('button', { name: msg(locale, 'signing.remove', { name: firstName }) }).waitFor();
      await check(page, `${locale} signing, one signed`);

      // An empty project: every step's errors, and an incomplete review.
      await seed(page, app.url, storageEntries(both, empty.id, locale));
      await page.locator('#step-heading').waitFor();
      for (let i = 0; i < 5; i++) {
        await goToStep(page, locale, i);
        await page.locator('form.step__form:visible button[type="submit"]').click();
        // Errors are announced: the summary appears inside a live region present from the start.
        const summary = page.locator('[role="alert"][aria-live] .error-summary, [role="alert"] .error-summary');
        await summary.first().waitFor();
        assert.match(
          ((await summary.first().textContent()) ?? '').replace(/\s+/g, ' '),
          // Whatever the count, the summary reads as one of the plural forms.
          new RegExp(
            Array.from({ length: 80 }, (_, i) => i + 1)
              .map((count) => escapeRe(msg(locale, 'errors.summary', { count }).replace(/\s+/g, ' ')))
              .join('|'),
          ),
        );
        await check(page, `${locale} ${STEPS[i]} with errors`);
      }
      await goToStep(page, locale, 5);
      await check(page, `${locale} review, incomplete`);

      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  it('reports: zero violations, zero reflow failures', () => {
    figure('a11y screens checked (axe + 320 px + 200 %)', screens);
    figure('a11y axe violations', findings.length, '', '0');
    figure('a11y reflow failures', reflow.length, '', '0');
    assert.equal(findings.length, 0, `axe violations:\n${formatFindings(findings)}`);
    assert.equal(reflow.length, 0, `horizontal scrolling:\n${reflow.join('\n')}`);
  });
});
