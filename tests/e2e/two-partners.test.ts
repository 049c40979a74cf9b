import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { serializeProject } from '../../src/persistence/project-file';
import { reconcilePartners } from '../../src/domain/reconcile';
import { completeProject } from '../fixtures/project';
import { browserAvailable, newContext, withBrowser } from './harness';
import { waitUntilSaved } from './saved';

const run = browserAvailable();
const dir = mkdtempSync(join(tmpdir(), 'cocharte-pair-'));

/** An association–company charter where the company has not written its part yet. */
function draftFromAssociation(): string {
  const full = completeProject();
  const project = reconcilePartners({
    ...full,
    partners: { ...full.partners, partners: full.partners.partners.filter((p) => p.id !== 'south') },
  });
  const byPartner = project.motivations.byPartner.map((m) =>
    m.partnerId === 'company' ? { ...m, motivations: '', expectations: '', skills: '' } : m,
  );
  return serializeProject({ ...project, motivations: { ...project.motivations, byPartner } });
}

async function saveDownload(page: Page, button: string, name: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const path = join(dir, name);
  await download.saveAs(path);
  return path;
}

async function sign(page: Page, partner: string, title: string) {
  const form = page.getByRole('form', { name: `Signature de ${partner}` });
  await form.getByLabel(/^Fonction/).fill(title);
  await form.getByLabel(/^Lieu/).fill('Nantes');
  await form.getByRole('checkbox').check();
  await form.getByRole('button', { name: `Signer pour ${partner}` }).click();
  await page.getByRole('button', { name: `Retirer la signature de ${partner}` }).waitFor();
}

/** A partner's card folded to one line is opened as a user would, by its summary button. */
async function unfold(card: Locator) {
  const toggle = card.locator('button.card__toggle').first();
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
}

describe('two organisations in two places co-sign with only Cocharte and e-mail', { skip: !run }, () => {
  const app = withBrowser();

  it('passes the draft by file and link, compares, merges and signs', async () => {
    const association = await (await newContext(app.browser)).newPage();
    const company = await (await newContext(app.browser)).newPage();
    for (const p of [association, company]) p.setDefaultTimeout(10_000);
    const steps = (p: Page) => p.getByRole('navigation', { name: 'Étapes de la charte' });

    // The association opens its draft, writes its part and sends the file.
    const draft = join(dir, 'brouillon.cocharte.json');
    writeFileSync(draft, draftFromAssociation());
    await association.goto(app.url);
    await association.getByLabel('Ouvrir un fichier de projet (.cocharte.json)').setInputFiles(draft);
    await steps(association)
      .getByRole('button', { name: /Motivations/ })
      .click();
    const assoCard = association.getByRole('group', { name: 'Solidarités Loire', exact: true });
    await unfold(assoCard);
    await assoCard.getByLabel(/^Attentes/).fill('Un partenariat sur cinq ans au moins.');
    await waitUntilSaved(association, 'Un partenariat sur cinq ans au moins.');
    const sent = await saveDownload(association, 'Télécharger le projet', 'envoi-association.cocharte.json');

    // The company opens it, adds its part and sends a link back.
    await company.goto(app.url);
    await company.getByLabel('Ouvrir un fichier de projet (.cocharte.json)').setInputFiles(sent);
    await steps(company)
      .getByRole('button', { name: /Motivations/ })
      .click();
    const companyCard = company.getByRole('group', { name: 'Coopérative Œuvre & Sol', exact: true });
    await unfold(companyCard);
    await companyCard.getByLabel(/^Motivations/).fill('Sécuriser nos approvisionnements en riz biologique.');
    await companyCard.getByLabel(/^Attentes/).fill('Des volumes stables et traçables.');
    await companyCard.getByLabel(/^Compétences/).fill('Logistique d’import, qualité.');
    // It also proposes a change inside the association's own text.
    const assoCardAtCompany = company.getByRole('group', { name: 'Solidarités Loire', exact: true });
    await unfold(assoCardAtCompany);
    await assoCardAtCompany.getByLabel(/^Attentes/).fill('Un partenariat sur six ans au moins.');
    await company.getByRole('button', { name: 'Enregistrer et continuer' }).click();
    await company.getByRole('heading', { level: 2, name: 'Définir le cadre' }).waitFor();
    await company.getByRole('button', { name: 'Partager par un lien' }).click();
    const link = await company.getByLabel('Lien de partage (à copier dans un e-mail)').inputValue();
    assert.ok(link.startsWith(app.url) && link.includes('#projet='), 'the project travels in the fragment');

    // The association opens the link, compares and takes the company's part.
    await association.goto(link);
    await association.getByRole('button', { name: 'Le comparer avec mon projet' }).click();
    await association.getByRole('heading', { level: 2, name: 'Comparer avec la version reçue' }).waitFor();
    // Inside a changed text, only the words that differ are marked.
    const expectations = association.getByRole('listitem').filter({ hasText: /Solidarités Loire\u00a0» › Attentes/ });
    assert.equal(
      await expectations.getByRole('deletion').textContent(),
      'début du passage retiré cinq fin du passage retiré',
    );
    assert.equal(
      await expectations.getByRole('insertion').textContent(),
      'début du passage ajouté six fin du passage ajouté',
    );
    await association.getByRole('button', { name: 'Tout prendre' }).click();
    await association.getByRole('button', { name: 'Appliquer les modifications choisies' }).click();
    await steps(association)
      .getByRole('button', { name: /Relecture/ })
      .click();
    await association.getByText('La charte est complète').waitFor();
    await association.getByRole('button', { name: 'Passer à la signature' }).click();
    await sign(association, 'Solidarités Loire', 'Présidente');
    const signedByAssociation = await saveDownload(
      association,
      'Télécharger le projet',
      'signe-association.cocharte.json',
    );

    // The company takes the association's signature, signs, and both signatures are in the PDF.
    await company.getByLabel('Ouvrir un fichier de projet (.cocharte.json)').setInputFiles(signedByAssociation);
    await company.getByRole('button', { name: 'Le comparer avec mon projet' }).click();
    await company.getByRole('button', { name: 'Tout prendre' }).click();
    await company.getByRole('button', { name: 'Appliquer les modifications choisies' }).click();
    await steps(company)
      .getByRole('button', { name: /Signature/ })
      .click();
    await company.getByRole('button', { name: 'Retirer la signature de Solidarités Loire' }).waitFor();
    await sign(company, 'Coopérative Œuvre & Sol', 'Directeur RSE');
    await company.getByText('La charte est co-signée par les 2 partenaires.').waitFor();
    const pdf = await saveDownload(company, 'Télécharger la charte et la grille des risques (PDF)', 'charte.pdf');
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    assert.ok(text.includes('Signée par les 2 partenaires'), 'the cover says both partners signed');
    for (const s of [
      'Élise Guérin',
      'Marc Lefèvre',
      'Présidente',
      'Directeur RSE',
      'Sécuriser nos approvisionnements en riz biologique.',
    ]) {
      assert.ok(text.includes(s), `charter PDF should contain ${s}`);
    }
  });
});
