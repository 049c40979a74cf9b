// Issue 14 in the browser: signatures sealed with a device key kept in IndexedDB, and the
// signed charter downloaded as a PAdES-sealed PDF with its audit trail page.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { completeProject } from '../fixtures/project';
import { serializeProject } from '../../src/persistence/project-file';
import { browserAvailable, openAtSigning, withBrowser } from './harness';

const run = browserAvailable();

describe('a charter signed in the browser comes out sealed', { skip: !run }, () => {
  const app = withBrowser();
  const out = mkdtempSync(join(tmpdir(), 'cocharte-seal-'));

  it('seals each signature with one device key that survives a reload, and the PDF passes pdfsig and qpdf', async () => {
    const projectPath = join(out, 'projet.cocharte.json');
    writeFileSync(projectPath, serializeProject(completeProject()));
    const { context, page, errors } = await openAtSigning(app.browser, app.url, projectPath);

    const names = ['Solidarités Loire', 'Coopérative Œuvre & Sol', 'Hợp tác xã Sao Biển'];
    const sign = async (name: string) => {
      const form = page.getByRole('form', { name: `Signature de ${name}` });
      await form.getByRole('checkbox').check();
      await form.getByRole('button', { name: `Signer pour ${name}` }).click();
      await page
        .getByRole('region', { name })
        .getByText(/^Signature scellée et vérifiée/)
        .waitFor();
    };
    await sign(names[0]!);
    // A reload keeps the project and the device key: the next signature uses the same key.
    await page.reload();
    await page.getByRole('heading', { name: 'Signature', exact: true }).waitFor();
    await sign(names[1]!);
    await sign(names[2]!);
    const keys = await page.getByText(/^Signature scellée et vérifiée/).allTextContents();
    assert.equal(keys.length, 3);
    assert.equal(new Set(keys.map((k) => /clé ([0-9a-f ]+)\)/.exec(k)?.[1])).size, 1, 'one device, one key');

    const [charter] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger la charte et la grille des risques (PDF)' }).click(),
    ]);
    const pdf = join(out, 'charter.pdf');
    await charter.saveAs(pdf);
    execFileSync('qpdf', ['--check', pdf], { encoding: 'utf8' });
    const sig = execFileSync('pdfsig', [pdf], { encoding: 'utf8' });
    assert.match(sig, /Signature Validation: Signature is Valid\./);
    assert.match(sig, /Total document signed/);
    // The device signed for the three partners: the certificate names none of the three
    // signatories as the signer of the whole file, but the device for their organisations.
    assert.match(sig, /Signer Certificate Common Name: Cocharte/);
    assert.match(sig, /O=.*Solidarités Loire, Coopérative Œuvre & Sol, Hợp tác xã Sao Biển/);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    assert.ok(text.includes('Journal des signatures'), 'the audit trail page is there');
    assert.equal(text.match(/Scellement valide/g)?.length, 3);
    assert.match(text, /UTC[+-]\d{2}:\d{2}|\(UTC\)/);

    // One changed byte: pdfsig reports it (its exit code does not, so read the text).
    const bytes = readFileSync(pdf);
    const at = bytes.indexOf('/Creator (Cocharte)') + '/Creator (Cochar'.length;
    bytes[at] = 'd'.charCodeAt(0);
    const changed = join(out, 'changed.pdf');
    writeFileSync(changed, bytes);
    assert.match(execFileSync('pdfsig', [changed], { encoding: 'utf8' }), /Digest Mismatch/);

    assert.deepEqual(errors, []);
    await context.close();
  });
});
