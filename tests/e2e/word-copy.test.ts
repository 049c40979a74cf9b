// The editable Word copy in the browser: the docx library is fetched on the first click
// (a chunk of its own, under the app's CSP, no request leaves the origin) and the file
// holds the charter's articles.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import { browserAvailable, newContext, withBrowser } from './harness';

const run = browserAvailable();

describe('the Word copy of a charter', { skip: !run }, () => {
  const app = withBrowser();
  const out = mkdtempSync(join(tmpdir(), 'cocharte-docx-'));

  it('downloads a .docx of the worked example, loading docx only when asked', async () => {
    const context = await newContext(app.browser);
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(app.url);
    await page.getByRole('button', { name: /Partir de l’exemple .*Terrena/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Relecture' }).waitFor();
    const before = requests.length;

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger la charte modifiable (Word)' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^charte-.*\.docx$/);
    const path = join(out, download.suggestedFilename());
    await download.saveAs(path);
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(path)))['word/document.xml']!);
    assert.ok(xml.includes('Article 1 — Les parties'), 'the first article is there');
    assert.ok(xml.includes('Signatures'), 'so is the signatures article');

    const origin = new URL(app.url).origin;
    const loaded = requests.slice(before);
    assert.ok(
      loaded.some((u) => u.endsWith('.js')),
      'a chunk is fetched on the click',
    );
    assert.deepEqual(
      requests.filter((u) => !u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:')),
      [],
    );
    assert.deepEqual(errors, []);
    await context.close();
  });
});
