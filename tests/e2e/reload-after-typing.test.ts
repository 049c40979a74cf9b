/**
 * Nothing typed is lost to a reload, however soon it follows the last key: the autosave
 * waits for a pause (300 ms) and an IndexedDB write begun while the page is going away
 * does not land in Chromium, so the page also leaves its last state in localStorage
 * during `pagehide`, which the next start stores (src/persistence/pending-journal.ts).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { browserAvailable, withBrowser } from './harness';
import { escapeRe, msg, newQualityContext, startNewProject } from './quality-helpers';

const run = browserAvailable();
const titleField = (page: Page) => page.getByLabel(new RegExp(`^${escapeRe(msg('fr', 'partners.title'))}`));

describe('a reload right after typing', { skip: !run }, () => {
  const app = withBrowser();

  it('keeps the last keys typed before a reload, and then a second reload, and Back to the list', async () => {
    const context = await newQualityContext(app.browser);
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await startNewProject(page, app.url);
    // No wait for the autosave: the reload comes at once.
    await titleField(page).pressSequentially('Coopération Lomé–Nantes', { delay: 5 });
    await page.reload();
    await page.locator('#step-heading', { hasText: msg('fr', 'step.partners') }).waitFor();
    assert.equal(await titleField(page).inputValue(), 'Coopération Lomé–Nantes');

    // Stored for good: a second reload and the project list agree.
    await page.reload();
    await page.locator('#step-heading', { hasText: msg('fr', 'step.partners') }).waitFor();
    assert.equal(await titleField(page).inputValue(), 'Coopération Lomé–Nantes');
    await page.getByRole('button', { name: msg('fr', 'toolbar.projects') }).click();
    await page.getByText('Coopération Lomé–Nantes').first().waitFor();
    await context.close();
  });
});
