// Issue 14, signing by link: three browser contexts, as three partners on three devices.
// The coordinator asks for signatures, two partners sign from their links on their own
// devices, their answers attach without any merge step, a tampered answer is refused with
// its reason, and the final PDF is sealed (pdfsig, qpdf) with the audit page.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { completeProject } from '../fixtures/project';
import { serializeProject } from '../../src/persistence/project-file';
import { browserAvailable, newContext, openAtSigning, openOnDevice, withBrowser } from './harness';
import { waitUntilSaved } from './saved';
import { axe, formatFindings } from './quality-helpers';

const run = browserAvailable();

describe('signing by link, one link per signatory', { skip: !run }, () => {
  const app = withBrowser();
  const out = mkdtempSync(join(tmpdir(), 'cocharte-link-'));

  /** A partner opens their link on their own device, signs, and gets the answer file. */
  async function signFromLink(link: string, partner: string, file: string): Promise<string> {
    const { context, page, errors } = await openOnDevice(app.browser, link);
    await page.getByRole('heading', { level: 1, name: 'Signer la charte' }).waitFor();
    // The charter itself is there to read before signing.
    await page.getByRole('heading', { level: 2, name: 'Filière « riz équitable » Loire – Đà Nẵng' }).waitFor();
    // One page, one h1: the charter sits under the page's own title.
    assert.equal(await page.getByRole('heading', { level: 1 }).count(), 1);
    const form = page.getByRole('form', { name: `Signature de ${partner}` });
    const findings = await axe(page, `signatory page (${partner})`);
    assert.deepEqual(findings, [], formatFindings(findings));
    // The drawn signature chosen, nothing drawn: the summary lists the drawing and the box,
    // focus is on the drawing's group, and the page with its errors stays accessible.
    await form.getByRole('radio', { name: /^Tracer ma signature/ }).check();
    await form.getByRole('button', { name: 'Signer et télécharger la réponse' }).click();
    const summary = form.getByRole('alert');
    await summary.getByRole('link', { name: /^Signature tracée\s: Tracez la signature/ }).waitFor();
    await page.waitForFunction(
      () => document.activeElement?.querySelector('legend')?.textContent === 'Signature tracée',
    );
    const withErrors = await axe(page, `signatory page with errors (${partner})`);
    assert.deepEqual(withErrors, [], formatFindings(withErrors));
    await form.getByRole('radio', { name: /^Saisir mon nom/ }).check();
    await summary.getByRole('link', { name: /^Signature tracée/ }).waitFor({ state: 'detached' });
    // A summary's link leads to its field and leaves the address alone: it is the request.
    await summary.getByRole('link', { name: /^J’approuve la charte/ }).click();
    await page.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.type === 'checkbox');
    assert.equal(page.url(), link);
    // The box's error beside it, and in the form's summary as a link to the box.
    await form.getByText('Cochez cette case pour signer.', { exact: true }).waitFor();
    await form
      .getByRole('alert')
      .getByRole('link', { name: /^J’approuve la charte .* Cochez cette case pour signer\.$/ })
      .waitFor();
    await form.getByRole('checkbox').check();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      form.getByRole('button', { name: 'Signer et télécharger la réponse' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /\.signature\.json$/);
    const path = join(out, file);
    await download.saveAs(path);
    const ready = page.getByText(/^Signature prête\s: le fichier .* a été téléchargé/);
    await ready.waitFor();
    // The form is gone: focus goes to what replaced it, not to the page.
    await page.waitForFunction(() => document.activeElement?.textContent?.startsWith('Signature prête'));
    assert.deepEqual(errors, []);
    await context.close();
    return path;
  }

  async function importAnswer(page: Page, path: string) {
    await page.getByLabel('Importer une signature reçue (fichier .signature.json)').setInputFiles(path);
  }

  it('asks, signs on two other devices, attaches the answers, refuses a tampered one, and seals the PDF', async () => {
    const projectPath = join(out, 'projet.cocharte.json');
    writeFileSync(projectPath, serializeProject(completeProject()));
    const { context: coordinator, page, errors } = await openAtSigning(app.browser, app.url, projectPath);

    // The coordinator's own organisation signs here.
    const own = page.getByRole('form', { name: 'Signature de Solidarités Loire' });
    await own.getByRole('checkbox').check();
    await own.getByRole('button', { name: 'Signer pour Solidarités Loire' }).click();
    await page
      .getByRole('region', { name: 'Solidarités Loire' })
      .getByText(/^Signature scellée et vérifiée/)
      .waitFor();

    // One link per signatory.
    const remote = page.getByRole('region', { name: 'Signature à distance, par lien' });
    const links: Record<string, string> = {};
    for (const name of ['Coopérative Œuvre & Sol', 'Hợp tác xã Sao Biển']) {
      await remote.getByRole('button', { name: `Créer le lien de signature pour ${name}` }).click();
      links[name] = await remote.getByLabel(`Lien à envoyer à ${name}`).inputValue();
      assert.match(links[name]!, /#signer=/);
    }
    await remote
      .getByText(/demandée le/)
      .first()
      .waitFor();

    const company = await signFromLink(links['Coopérative Œuvre & Sol']!, 'Coopérative Œuvre & Sol', 'company.json');
    const south = await signFromLink(links['Hợp tác xã Sao Biển']!, 'Hợp tác xã Sao Biển', 'south.json');

    // A tampered answer (its title changed after signing) is refused, with its reason.
    const tampered = join(out, 'tampered.signature.json');
    const text = readFileSync(company, 'utf8');
    writeFileSync(tampered, text.replace(/"signatoryTitle": "[^"]*"/, '"signatoryTitle": "Directeur général"'));
    await importAnswer(page, tampered);
    await page
      .getByRole('alert')
      .getByText(
        'Signature de Coopérative Œuvre & Sol refusée : le fichier a été modifié après la signature (son scellement ne tient plus). Le projet n’a pas changé.',
      )
      .waitFor();
    assert.equal(await page.getByText('1 partenaire sur 3 a signé.').count(), 1);

    // The genuine answers attach to this version at once: no comparison, no merge.
    await importAnswer(page, company);
    await page.getByText('Signature de Coopérative Œuvre & Sol ajoutée à cette version de la charte.').waitFor();
    await importAnswer(page, south);
    await page.getByText('Signature de Hợp tác xã Sao Biển ajoutée à cette version de la charte.').waitFor();
    await page.getByText('La charte est co-signée par les 3 partenaires.').waitFor();
    assert.equal(await page.getByRole('heading', { name: 'Comparer avec la version reçue' }).count(), 0);
    // Each seal is checked on its own (WebCrypto): the last one's verdict may come later.
    await page
      .getByText(/^Signature scellée et vérifiée/)
      .nth(2)
      .waitFor();
    assert.equal(await page.getByText(/^Signature scellée et vérifiée/).count(), 3);
    assert.equal(await remote.getByText('signée', { exact: true }).count(), 3);

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
    const pdfText = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    assert.ok(pdfText.includes('Journal des signatures'));
    assert.equal(pdfText.match(/Scellement valide/g)?.length, 3);
    assert.equal(pdfText.match(/par lien, sur l’appareil du ou de la signataire/g)?.length, 2);

    assert.deepEqual(errors, []);
    await coordinator.close();
  });
  it('keeps who was asked, and a refusal with its reason, across reloads of the coordinator’s page', async () => {
    const projectPath = join(out, 'projet-refus.cocharte.json');
    writeFileSync(projectPath, serializeProject(completeProject()));
    const { context: coordinator, page, errors } = await openAtSigning(app.browser, app.url, projectPath);
    const remote = page.getByRole('region', { name: 'Signature à distance, par lien' });
    const south = 'Hợp tác xã Sao Biển';
    await remote.getByRole('button', { name: `Créer le lien de signature pour ${south}` }).click();
    const link = await remote.getByLabel(`Lien à envoyer à ${south}`).inputValue();

    // A reload (once the status is kept): the project reopens at the signing step, still
    // saying who was asked, with the link.
    await waitUntilSaved(page, link);
    await page.reload();
    await remote.getByText(/^demandée le /).waitFor();
    assert.equal(await remote.getByLabel(`Lien à envoyer à ${south}`).inputValue(), link);

    // The partner declines on their own device, saying why.
    const signatory = await newContext(app.browser);
    const theirs = await signatory.newPage();
    theirs.setDefaultTimeout(15_000);
    await theirs.goto(link);
    const decline = theirs.getByRole('form', { name: 'Refuser de signer' });
    await decline.getByLabel('Nom du ou de la signataire').fill('Nguyễn Thị Minh Khai');
    await decline.getByLabel('Raison du refus').fill('L’article 4 doit d’abord être revu.');
    const [download] = await Promise.all([
      theirs.waitForEvent('download'),
      decline.getByRole('button', { name: 'Refuser de signer' }).click(),
    ]);
    const answer = join(out, 'refus.signature.json');
    await download.saveAs(answer);
    await signatory.close();

    await importAnswer(page, answer);
    const refusal = 'refusée par Nguyễn Thị Minh Khai : « L’article 4 doit d’abord être revu. »';
    await remote.getByText(refusal).waitFor();
    await waitUntilSaved(page, 'L’article 4 doit d’abord être revu.');
    await page.reload();
    await remote.getByText(refusal).waitFor();
    assert.equal(await remote.getByText(/^demandée le /).count(), 0);

    assert.deepEqual(errors, []);
    await coordinator.close();
  });
});
