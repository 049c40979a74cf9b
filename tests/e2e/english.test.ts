import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { browserAvailable, newContext, withBrowser } from './harness';

const run = browserAvailable();

describe('a trainer works in English from a worked example', { skip: !run }, () => {
  const app = withBrowser();

  it('switches to English, copies an example, changes a partner and renders the English charter', async () => {
    const context = await newContext(app.browser);
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(app.url);
    await page.getByLabel('Langue', { exact: true }).selectOption('en');
    // The English messages load on demand: wait for them before checking the page.
    await page.getByRole('heading', { name: 'Examples from the sources' }).waitFor();
    await page.waitForFunction(() => document.documentElement.lang === 'en');

    await page.getByRole('button', { name: /Start from the example .*Terrena/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Review' }).waitFor();
    const steps = page.getByRole('navigation', { name: 'Charter steps' });
    await steps.getByRole('button', { name: /Identify the partners/ }).click();
    const first = page.getByRole('group', { name: 'Partner 1', exact: true });
    // A partner already named arrives folded to one line: open it, as a user does.
    await first.getByRole('button', { name: /^Partner 1 — / }).click();
    await first.getByLabel(/^Name of the organisation/).fill('Terrena Export');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await page.getByRole('heading', { level: 2, name: 'Motivations and mutual knowledge' }).waitFor();
    await steps.getByRole('button', { name: /Review/ }).click();
    await page.getByLabel('Language of the documents').selectOption('en');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the charter and risk checklist (PDF)' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^charter-.*\.pdf$/);
    const file = join(mkdtempSync(join(tmpdir(), 'cocharte-en-')), 'charter.pdf');
    await download.saveAs(file);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const s of [
      'Partnership charter',
      'Purpose of the partnership',
      'Roles and commitments of each partner',
      'Terrena Export',
    ]) {
      assert.ok(text.toLowerCase().includes(s.toLowerCase()), `English charter should contain ${s}`);
    }
    await context.close();
  });
});
