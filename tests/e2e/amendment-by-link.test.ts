// An amendment (avenant) signed by link, in real browsers: the coordinator drafts an
// amendment in the partnership record and sends the southern partner a link; the partner
// reads and signs it on their own device (another browser context); a tampered answer is
// refused with its reason, the genuine one attaches to the amendment, and once the two
// other partners sign here the amendment is in force.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { completeProject, signedByAll, withPrefinancing } from '../fixtures/project';
import { draftBudgetAmendment, signAmendmentByAll } from './amendment-flow';
import { browserAvailable, openOnDevice, withBrowser } from './harness';
import { axe, formatFindings, msg, touchingButtons } from './quality-helpers';
import { openSignedCharter } from './signed-charter';

const run = browserAvailable();
const flat = (s: string) => s.replace(/\s+/g, ' ');

describe('an amendment signed by link', { skip: !run }, () => {
  const app = withBrowser();
  const out = mkdtempSync(join(tmpdir(), 'cocharte-amendment-link-'));

  it('sends a link, the partner signs on their device, a tampered answer is refused, the genuine one attaches', async () => {
    const signed = signedByAll(withPrefinancing(completeProject()));
    const { context, page, errors } = await openSignedCharter(app.browser, app.url, signed);
    await page
      .locator('.toolbar')
      .getByRole('button', { name: msg('fr', 'record.ui.title') })
      .click();
    await page.getByRole('heading', { level: 2, name: msg('fr', 'record.ui.title') }).waitFor();
    const { number } = await draftBudgetAmendment(page, {
      contribution: 1,
      amount: '15000',
      title: 'Préfinancement relevé',
      reason: 'La récolte 2027 double : la coopérative a besoin d’une avance plus grande.',
      date: '2027-05-02',
    });

    const south = 'Hợp tác xã Sao Biển';
    const links = page.getByRole('region', { name: 'Signature par lien' });
    await links.getByRole('button', { name: `Demander la signature de ${south} par un lien` }).press('Enter');
    const link = await links.getByRole('textbox', { name: `Lien à envoyer à ${south}` }).inputValue();
    assert.match(link, /#signer=/);
    await links.getByText(/^demandée le /).waitFor();
    const findings = await axe(page, 'amendment screen with a link');
    assert.deepEqual(findings, [], formatFindings(findings));
    assert.deepEqual(await touchingButtons(page), [], 'buttons of the links stand apart');

    // The partner, on their own device.
    const { context: theirs, page: signatory, errors: theirErrors } = await openOnDevice(app.browser, link);
    await signatory.getByRole('heading', { level: 1, name: 'Signer un avenant' }).waitFor();
    await signatory
      .getByRole('heading', {
        level: 2,
        name: new RegExp(`^Avenant n°\\s${number} à la charte «\\s.*Loire – Đà Nẵng\\s»$`),
      })
      .waitFor();
    await signatory.getByText('Préfinancement relevé', { exact: true }).waitFor();
    const row = signatory.getByRole('table', { name: 'Modifications' }).getByRole('row', { name: /Apport 1/ });
    assert.match(flat(await row.innerText()), /12 000(,00)? €.*15 000(,00)? €/);
    await signatory.getByRole('button', { name: 'Lire le texte en vigueur après l’avenant' }).click();
    await signatory.getByRole('heading', { level: 3, name: new RegExp(signed.partners.title) }).waitFor();
    const theirFindings = await axe(signatory, 'signatory page of an amendment');
    assert.deepEqual(theirFindings, [], formatFindings(theirFindings));
    const form = signatory.getByRole('form', { name: `Signature de ${south}` });
    await form.getByRole('checkbox', { name: `J’approuve l’avenant au nom de ${south} et je le signe.` }).check();
    const [download] = await Promise.all([
      signatory.waitForEvent('download'),
      form.getByRole('button', { name: 'Signer et télécharger la réponse' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /-avenant-1-.*\.signature\.json$/);
    const answer = join(out, 'south.signature.json');
    await download.saveAs(answer);
    await signatory.getByText(/^Signature prête\s: le fichier/).waitFor();
    assert.deepEqual(theirErrors, []);
    await theirs.close();

    // A tampered answer is refused with its reason; the genuine one attaches to the amendment.
    const importer = links.getByLabel('Importer une signature reçue (fichier .signature.json)');
    const tampered = join(out, 'tampered.signature.json');
    writeFileSync(
      tampered,
      readFileSync(answer, 'utf8').replace(/"signatoryTitle": "[^"]*"/, '"signatoryTitle": "Directeur général"'),
    );
    await importer.setInputFiles(tampered);
    await links
      .getByRole('alert')
      .getByText(
        `Signature de ${south} refusée\u00a0: le fichier a été modifié après la signature (son scellement ne tient plus). Le projet n’a pas changé.`,
      )
      .waitFor();
    await importer.setInputFiles(answer);
    await links.getByText(`Signature de ${south} ajoutée à cet avenant.`).waitFor();
    await page.getByText(/^Signatures\s: 1 sur 3\./).waitFor();

    // The two other partners sign here: the amendment is in force.
    await signAmendmentByAll(
      page,
      number,
      signed.partners.partners
        .filter((p) => p.name !== south)
        .map((p) => ({
          partner: p.name,
          name: p.contactName || 'Signataire',
          title: 'Représentant légal',
          place: 'Nantes',
        })),
    );
    await page.getByText('Signé par tous les partenaires, en vigueur.').waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });
});
