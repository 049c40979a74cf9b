/**
 * The charter as a web page (an example read from the home screen): no word and no amount
 * is cut between two lines in its tables and signature blocks, on a desktop and a phone;
 * a table too wide for a phone scrolls in its own box, not the page.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { replaceExampleFacts } from '../../src/tools/example-facts';
import { browserAvailable, withBrowser } from './harness';
import { msg, newQualityContext } from './quality-helpers';

const run = browserAvailable();

/** Words (and amounts, whose spaces do not break) drawn over more than one line. */
function brokenWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const cells = document.querySelectorAll(
      '.charter-page td, .charter-page th, .charter-page__slot dt, .charter-page__slot dd',
    );
    for (const cell of cells) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        // A word may break after its hyphen (Univers-|Sel), nowhere else.
        for (const m of text.matchAll(/[^ \n-]+-?/g)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (lines.size > 1) out.push(m[0]);
        }
      }
    }
    return out;
  });
}

describe('the web charter', { skip: !run }, () => {
  const app = withBrowser();

  /** The Guérande example read as a charter from the home screen (it has a funding table). */
  async function openExampleCharter() {
    const context = await newQualityContext(app.browser);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(app.url);
    const title = msg('fr', 'guide.example.guerande.title');
    await page.getByRole('button', { name: msg('fr', 'home.readExample', { title }) }).click();
    await page.locator('.charter-page td').first().waitFor();
    return { context, page };
  }

  it('cuts no word nor amount in its tables and signature blocks, on a desktop and on a phone', async () => {
    const { context, page } = await openExampleCharter();
    const problems: string[] = [];
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      const broken = await brokenWords(page);
      if (broken.length) problems.push(`${width} px: ${broken.slice(0, 8).join(' | ')}`);
      const sideways = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      if (sideways > 1) problems.push(`${width} px: the page scrolls sideways by ${sideways} px`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('prints the signatures article whole: its title and « Fait à » never end a page without the boxes', async () => {
    // A charter that can be signed: the Guérande example, its invented facts replaced.
    const context = await newQualityContext(app.browser);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(app.url);
    const title = msg('fr', 'guide.example.guerande.title');
    await page.getByRole('button', { name: msg('fr', 'home.useExample', { title }) }).click();
    await page.locator('#step-heading', { hasText: msg('fr', 'review.title') }).waitFor();
    await page.locator('nav.stepper button').first().click();
    await replaceExampleFacts(page);
    await page.locator('nav.stepper button').nth(5).click();
    await page.getByRole('button', { name: msg('fr', 'review.charterPage') }).click();
    await page.locator('.charter-page td').first().waitFor();
    await page.emulateMedia({ media: 'print' });
    const file = join(mkdtempSync(join(tmpdir(), 'cocharte-print-')), 'charter.pdf');
    writeFileSync(file, await page.pdf({ format: 'A4' }));
    const pages = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).split('\f');
    const heading = pages.findIndex((p) => /Article \d+ — Signatures/.test(p));
    assert.ok(heading >= 0, 'the signatures article is printed');
    // The partners' boxes (their « Nom » lines) start on the page of the article's title.
    assert.match(pages[heading]!, /\nNom\n/);
    await context.close();
  });
});
