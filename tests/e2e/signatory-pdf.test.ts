// A partner asked to sign by link reads the charter on screen and can keep it as a PDF (to
// print it, or to have its board approve it before signing): the PDF is the exact version
// the link asks them to sign, in the charter's language, with no seal of theirs on it.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { completeProject } from '../fixtures/project';
import { contentFingerprint } from '../../src/domain/fingerprint';
import { REQUEST_FRAGMENT } from '../../src/signing/request-fragment';
// lz-string is CommonJS: Node's ESM loader gives its functions on the default export only.
import lz from 'lz-string';
import { browserAvailable, newContext, withBrowser } from './harness';
import { horizontalOverflow } from './quality-helpers';

const run = browserAvailable();

describe('the signatory’s page', { skip: !run }, () => {
  const app = withBrowser();

  /** The link the coordinator's « Créer le lien de signature » gives (signature-request.ts). */
  async function requestLink() {
    const project = completeProject();
    const fingerprint = await contentFingerprint(project);
    const request = {
      format: 'cocharte-signature-request',
      version: 1,
      partnerId: 'south',
      fingerprint,
      askedAt: '2026-03-01T10:00:00+01:00',
      project,
    };
    return {
      fingerprint,
      link: `${app.url}${REQUEST_FRAGMENT}${lz.compressToEncodedURIComponent(JSON.stringify(request))}`,
    };
  }

  it('hands the charter to sign as a PDF, in the charter’s language, to a reader in English', async () => {
    const { fingerprint, link } = await requestLink();
    const context = await newContext(app.browser, 'en-GB');
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Sign the charter' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download this charter (PDF)' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /\.pdf$/);
    const file = join(mkdtempSync(join(tmpdir(), 'cocharte-signatory-pdf-')), 'charter.pdf');
    await download.saveAs(file);
    execFileSync('qpdf', ['--check', file], { encoding: 'utf8' });
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    // The version asked for, in French as the partners wrote it, with its boxes to sign.
    assert.ok(text.includes(fingerprint.slice(0, 16)), 'the fingerprint of the version to sign');
    assert.ok(text.includes('Article 18 — Signatures'), 'the charter in its own language');
    assert.ok(text.includes('Hợp tác xã Sao Biển'));
    // Nothing of this device's: not sealed, no audit page.
    assert.ok(!text.includes('Journal des signatures'));
    // pdfsig exits 2 on a file with no signature at all.
    const sig = spawnSync('pdfsig', [file], { encoding: 'utf8' });
    assert.equal(sig.status, 2, sig.stdout + sig.stderr);
    assert.match(sig.stdout + sig.stderr, /does not contain any signatures/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('reads on a phone without sideways scrolling, the risk matrix included', async () => {
    const { link } = await requestLink();
    const context = await app.browser.newContext({
      locale: 'en-GB',
      serviceWorkers: 'block',
      viewport: { width: 320, height: 640 },
    });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(link);
    await page.getByRole('table', { name: 'Matrice probabilité × gravité' }).waitFor();
    assert.equal(await horizontalOverflow(page), null);
    await page.setViewportSize({ width: 375, height: 812 });
    assert.equal(await horizontalOverflow(page), null);
    await context.close();
  });
});
