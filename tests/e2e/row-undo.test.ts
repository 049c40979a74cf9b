/**
 * A milestone removed by mistake comes back, keyboard only, in a real Chromium: « Retirer »
 * pressed with Enter leaves a polite notice naming it, Tab reaches its « Annuler », Enter
 * puts the milestone back in its place with its values and the focus on its date, and the
 * autosave keeps it (a reload shows it). axe finds nothing on the step while the notice shows.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { browserAvailable, withBrowser } from './harness';
import {
  axe,
  completeProject,
  escapeRe,
  formatFindings,
  msg,
  newQualityContext,
  seed,
  storageEntries,
  storedRecord,
} from './quality-helpers';
import type { DraftProject } from '../../src/schemas/project.schema';

const run = browserAvailable();

/** Waits until the stored project's milestones are these titles, in this order (the autosave ran). */
async function storedMilestones(page: Page, id: string, titles: string[]) {
  const deadline = Date.now() + 10_000;
  let stored: string[] = [];
  while (Date.now() < deadline) {
    const record = (await storedRecord(page, id)) as { project: DraftProject } | null;
    stored = record?.project.followUp.milestones.map((m) => m.title) ?? [];
    if (stored.join('|') === titles.join('|')) return;
    await page.waitForTimeout(100);
  }
  assert.deepEqual(stored, titles, 'the stored milestones');
}
const TITLE = 'Atelier de lancement à Ouagadougou';

/** The label of the focused element's field and the legend of its card, read from the DOM. */
async function focusedField(page: Page): Promise<{ label: string; card: string; name: string; value: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return {
      label: el?.labels?.[0]?.textContent?.trim() ?? '',
      card: el?.closest('fieldset.card')?.querySelector('legend')?.textContent?.trim() ?? '',
      name: el?.textContent?.trim() ?? '',
      value: el && 'value' in el ? String(el.value) : '',
    };
  });
}

describe('a removed milestone brought back with the keyboard', { skip: !run }, () => {
  const app = withBrowser();

  it('Enter on « Retirer », Tab to « Annuler », Enter: the milestone is back, focused, and saved', async () => {
    const project = completeProject();
    project.id = 'row-undo';
    project.followUp.milestones = [
      { id: 'm1', date: '2026-04-15', title: TITLE, partnerId: 'south' },
      { id: 'm2', date: '2026-12-15', title: 'Premier bilan', partnerId: '' },
    ];
    const context = await newQualityContext(app.browser);
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await seed(page, app.url, storageEntries([{ project, place: 'followUp' }], project.id, 'fr'));
    await page.locator('#step-heading', { hasText: msg('fr', 'step.followUp') }).waitFor();

    await page.getByRole('button', { name: msg('fr', 'followUp.removeMilestone', { n: 1 }) }).focus();
    await page.keyboard.press('Enter');
    const notice = page.locator('[aria-live="polite"]').filter({
      hasText: msg('fr', 'followUp.milestoneRemoved', { n: 1, name: msg('fr', 'form.removedName', { name: TITLE }) }),
    });
    await notice.waitFor();
    // The notice does not take the focus: the milestone now first has it, on its date.
    const after = await focusedField(page);
    assert.equal(after.card, msg('fr', 'followUp.milestoneN', { n: 1 }));
    assert.match(after.label, new RegExp(`^${escapeRe(msg('fr', 'followUp.milestoneDate'))}`));
    assert.equal(after.value, '2026-12-15');
    await storedMilestones(page, project.id, ['Premier bilan']);
    const findings = await axe(page, 'follow-up step with a removal notice');
    assert.deepEqual(findings, [], formatFindings(findings));

    // Tab on to « Annuler », the keyboard alone.
    for (let i = 0; i < 10 && (await focusedField(page)).name !== msg('fr', 'form.undo'); i++)
      await page.keyboard.press('Tab');
    assert.equal((await focusedField(page)).name, msg('fr', 'form.undo'), 'Tab reaches « Annuler »');
    await page.keyboard.press('Enter');

    await notice.waitFor({ state: 'detached' });
    // The milestone's date takes the focus once it is drawn again.
    await page.waitForFunction(() => {
      const el = document.activeElement as HTMLInputElement | null;
      return el?.type === 'date' && el.value === '2026-04-15';
    });
    const back = await focusedField(page);
    assert.equal(back.card, msg('fr', 'followUp.milestoneN', { n: 1 }));
    const restored = page.getByRole('group', { name: msg('fr', 'followUp.milestoneN', { n: 1 }) });
    assert.equal(
      await restored.getByLabel(new RegExp(`^${escapeRe(msg('fr', 'followUp.milestoneTitle'))}`)).inputValue(),
      TITLE,
    );
    const second = page.getByRole('group', { name: msg('fr', 'followUp.milestoneN', { n: 2 }) });
    assert.equal(
      await second.getByLabel(new RegExp(`^${escapeRe(msg('fr', 'followUp.milestoneTitle'))}`)).inputValue(),
      'Premier bilan',
    );

    // Saved as any edit is: the reload shows it first again, with its partner.
    await storedMilestones(page, project.id, [TITLE, 'Premier bilan']);
    await page.reload();
    await page.locator('#step-heading', { hasText: msg('fr', 'step.followUp') }).waitFor();
    const first = page.getByRole('group', { name: msg('fr', 'followUp.milestoneN', { n: 1 }) });
    assert.equal(
      await first.getByLabel(new RegExp(`^${escapeRe(msg('fr', 'followUp.milestoneTitle'))}`)).inputValue(),
      TITLE,
    );
    assert.equal(
      await first.getByLabel(new RegExp(`^${escapeRe(msg('fr', 'followUp.milestonePartner'))}`)).inputValue(),
      'south',
    );
    assert.deepEqual(errors, []);
    await context.close();
  });
});
