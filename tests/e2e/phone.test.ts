/**
 * A phone held in one hand (375×812), with three partners and five risks: every step opens
 * with its first field on the first screen and is at most three screens tall once the
 * panels are folded; nothing scrolls sideways there nor at 320 px, the web charter included.
 * The figures are printed (# FIGURE) for the README.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import type { MessageKey } from '../../src/i18n/i18n';
import { browserAvailable, withBrowser } from './harness';
import {
  escapeRe,
  figure,
  horizontalOverflow,
  msg,
  newQualityContext,
  projectWithRisks,
  seed,
  storageEntries,
} from './quality-helpers';

const run = browserAvailable();
const PHONE = { width: 375, height: 812 };
const SCREENS_MAX = 3;
const STEPS = ['partners', 'motivations', 'framework', 'followUp', 'impacts'] as const;

/** Sideways scrolling at this width, described (or null when there is none). */
async function sideways(page: Page, width: number): Promise<string | null> {
  await page.setViewportSize({ width, height: PHONE.height });
  const o = await horizontalOverflow(page);
  await page.setViewportSize(PHONE);
  return o ? `${width}px: scrollWidth ${o.scrollWidth} > ${o.clientWidth} (${o.culprits.join('; ')})` : null;
}

describe('a phone can hold every step', { skip: !run }, () => {
  const app = withBrowser();

  it('first field on the first screen, ≤ 3 screens tall, no sideways scroll (375×812, 3 partners, 5 risks)', async () => {
    const context = await newQualityContext(app.browser, { viewport: PHONE });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const project = projectWithRisks(5, 'phone');
    assert.equal(project.partners.partners.length, 3);
    await seed(page, app.url, storageEntries([{ project, place: 'partners' }], project.id));

    const problems: string[] = [];
    for (const [i, step] of STEPS.entries()) {
      const title = msg('fr', `step.${step}` as MessageKey);
      await page.locator('#step-heading', { hasText: new RegExp(`^${escapeRe(title)}$`) }).waitFor();
      const guidance = page.getByRole('button', { name: msg('fr', 'guideUi.panel.title'), exact: true });
      if (i === 0) {
        // The first reading: open, and folded by the user once read.
        assert.equal(await guidance.getAttribute('aria-expanded'), 'true', 'guidance open on its first reading');
        await guidance.click();
      } else {
        assert.equal(await guidance.getAttribute('aria-expanded'), 'false', `guidance folded on ${step}`);
      }
      // Partners and risks filled in arrive folded, one line each.
      const cards = page.locator('form.step__form:visible .card--collapsible > button[aria-expanded="true"]');
      assert.equal(await cards.count(), 0, `no filled card open on ${step}`);

      // The form's first control: a field, or the one line of a folded partner or risk.
      const field = page
        .locator('form.step__form:visible :is(input, select, textarea, .card--collapsible > button):visible')
        .first();
      const top = (await field.boundingBox())?.y ?? Number.POSITIVE_INFINITY;
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      figure(`phone ${step} first field top`, top, ' px', `< ${PHONE.height}`);
      figure(`phone ${step} page height`, height / PHONE.height, ' screens', `≤ ${SCREENS_MAX}`);
      if (top >= PHONE.height) problems.push(`${step}: first field at ${Math.round(top)} px`);
      if (height > SCREENS_MAX * PHONE.height)
        problems.push(`${step}: ${height} px tall (${(height / PHONE.height).toFixed(1)} screens)`);
      for (const width of [PHONE.width, 320]) {
        const o = await sideways(page, width);
        if (o) problems.push(`${step} ${o}`);
      }
      // Nothing covers a control: the button under each visible control's centre is that control.
      const submit = page.locator('form.step__form:visible button[type="submit"]');
      await submit.scrollIntoViewIfNeeded();
      const covered = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href]')]
          .filter((el) => {
            const r = el.getBoundingClientRect();
            return (
              el.checkVisibility({ visibilityProperty: true }) &&
              r.width > 0 &&
              r.height > 0 &&
              r.top >= 0 &&
              r.bottom <= innerHeight &&
              r.left >= 0 &&
              r.right <= innerWidth
            );
          })
          .filter((el) => {
            const r = el.getBoundingClientRect();
            const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            return (
              hit !== null &&
              !el.contains(hit) &&
              !hit.contains(el) &&
              !(el instanceof HTMLInputElement && [...(el.labels ?? [])].some((l) => l.contains(hit)))
            );
          })
          .map((el) => el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? el.tagName),
      );
      if (covered.length > 0) problems.push(`${step}: covered controls ${JSON.stringify(covered)}`);
      await submit.click();
    }

    await page.locator('#step-heading', { hasText: msg('fr', 'review.title') }).waitFor();
    for (const width of [PHONE.width, 320]) {
      const o = await sideways(page, width);
      if (o) problems.push(`review ${o}`);
      // Nor a table cut at the screen's edge, to be swiped sideways with nothing saying so
      // (the partners' and risks' summaries hid « Pays » and « Personne de contact »).
      await page.setViewportSize({ width, height: PHONE.height });
      const cut = await page.evaluate(() =>
        [...document.querySelectorAll('main table')]
          .filter((t) => t.scrollWidth > t.clientWidth + 1)
          .map((t) => t.querySelector('caption')?.textContent ?? 'a table'),
      );
      await page.setViewportSize(PHONE);
      if (cut.length > 0) problems.push(`review ${width}px: tables cut at the edge: ${cut.join(', ')}`);
    }
    await page.getByRole('button', { name: msg('fr', 'review.charterPage') }).click();
    await page.getByRole('button', { name: msg('fr', 'review.backFromPage') }).waitFor();
    // The charter itself loads after its screen: measured once its widest part, the risk
    // matrix, is drawn (measured before, the check saw no charter at all).
    await page.getByRole('table', { name: msg('fr', 'doc.risks.matrix') }).waitFor();
    for (const width of [PHONE.width, 320]) {
      const o = await sideways(page, width);
      if (o) problems.push(`web charter ${o}`);
    }

    assert.deepEqual(problems, []);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
