/**
 * The next step is drawn ahead, out of sight, once the page is idle (src/app/step-screens.tsx):
 * in Chromium, where idle callbacks exist, the step shown on « Enregistrer et continuer » is
 * that very one, and until then nobody reaches it: not the keyboard, not a screen reader,
 * not the page's length.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { browserAvailable, withBrowser } from './harness';
import { completeProject, escapeRe, msg, newQualityContext, seed, storageEntries } from './quality-helpers';

const run = browserAvailable();

describe('the next step drawn ahead', { skip: !run }, () => {
  const app = withBrowser();

  it('is out of reach until « Enregistrer et continuer », which shows that very step with the project’s answers', async () => {
    const context = await newQualityContext(app.browser);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const project = completeProject();
    await seed(page, app.url, storageEntries([{ project, place: 'motivations' }], project.id, 'fr'));
    const framework = msg('fr', 'step.framework');
    await page.locator('#step-heading', { hasText: msg('fr', 'step.motivations') }).waitFor();

    // Drawn once the page is idle: in the page, but hidden from sight, focus and the a11y tree.
    const ahead = page.locator('[data-ahead] h2', { hasText: framework });
    await ahead.waitFor({ state: 'attached' });
    assert.equal(await ahead.isVisible(), false);
    assert.equal(await page.getByRole('heading', { name: framework }).count(), 0);
    assert.equal(await page.locator('#step-heading').count(), 1);
    // It adds nothing to the page's length: the same with it taken out of the layout.
    const heights = await page.evaluate(() => {
      const drawn = document.querySelector<HTMLElement>('[data-ahead]');
      const withIt = document.documentElement.scrollHeight;
      if (drawn) drawn.style.display = 'none';
      const without = document.documentElement.scrollHeight;
      if (drawn) drawn.style.display = '';
      return { withIt, without };
    });
    assert.equal(heights.withIt, heights.without);
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const inAhead = await page.evaluate(() => document.activeElement?.closest('[data-ahead]') !== null);
      assert.equal(inAhead, false, 'the keyboard reached the step drawn ahead');
    }
    await ahead.evaluate((h) => {
      (h as HTMLElement & { drawnAhead?: boolean }).drawnAhead = true;
    });

    await page.getByRole('button', { name: msg('fr', 'nav.next') }).click();
    const heading = page.getByRole('heading', { level: 2, name: framework });
    await heading.waitFor();
    assert.equal(
      await heading.evaluate((h) => (h as HTMLElement & { drawnAhead?: boolean }).drawnAhead === true),
      true,
      'the step shown is the one drawn ahead',
    );
    assert.equal(await heading.evaluate((h) => h.id === 'step-heading' && document.activeElement === h), true);
    const purpose = page.getByLabel(new RegExp(`^${escapeRe(msg('fr', 'framework.purpose'))}`));
    assert.equal(await purpose.inputValue(), project.framework.purpose);
    // Typed answers in the step shown reach the project, as in any step.
    await purpose.fill('Objet revu en atelier.');
    await page.getByRole('button', { name: msg('fr', 'nav.next') }).click();
    await page.getByRole('heading', { level: 2, name: msg('fr', 'step.followUp') }).waitFor();
    await page.getByRole('button', { name: msg('fr', 'nav.back') }).click();
    await heading.waitFor();
    assert.equal(await purpose.inputValue(), 'Objet revu en atelier.');
    await context.close();
  });
});
