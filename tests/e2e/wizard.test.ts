import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { browserAvailable, newContext, withBrowser } from './harness';
import { waitUntilSaved } from './saved';

const run = browserAvailable();

/** A field's label as the user reads it, with or without the "(obligatoire)" mark. */
const L = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\(obligatoire\\))?$`);

async function fillPartner(page: Page, n: number, data: Record<string, string>, kind?: string) {
  const card = page.getByRole('group', { name: `Partenaire ${n}`, exact: true });
  await card.getByLabel(L('Nom de l’organisation')).fill(data.name!);
  if (kind) await card.getByLabel(L('Type d’organisation')).selectOption({ label: kind });
  await card.getByLabel(L('Pays')).fill(data.country!);
  await card.getByLabel(L('Ville')).fill(data.city ?? '');
  await card.getByLabel(L('Personne de contact')).fill(data.contact!);
  await card.getByLabel(L('E-mail de la personne de contact')).fill(data.email!);
  await card.getByLabel(L('Ce que ce partenaire apporte')).fill(data.brings!);
}

async function next(page: Page) {
  await page.getByRole('button', { name: /Enregistrer et (continuer|relire)/ }).click();
}

async function fillEach(locators: Locator, value: string) {
  const count = await locators.count();
  for (let i = 0; i < count; i++) await locators.nth(i).fill(value);
}

/** Every PDF the app hands out must be structurally sound (Debian's qpdf). */
function assertValidPdf(file: string) {
  execFileSync('qpdf', ['--check', file], { encoding: 'utf8' });
}

function pdfText(file: string): string {
  // Table cells wrap long titles over several lines; compare words, not line breaks.
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

describe('a three-partner charter from empty screen to signed PDFs', { skip: !run }, () => {
  const app = withBrowser();
  const out = mkdtempSync(join(tmpdir(), 'cocharte-e2e-'));

  it('walks the five steps, survives a reload, signs and downloads both PDFs', async () => {
    const context = await newContext(app.browser);
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(app.url);

    await page.getByRole('button', { name: 'Commencer un nouveau projet' }).click();
    await page.getByRole('heading', { name: 'Identifier les partenaires' }).waitFor();

    // Step 1 — an empty submit shows errors beside the fields and in an alert.
    await next(page);
    await page
      .getByRole('alert')
      .getByText(/Le formulaire contient \d+ erreur/)
      .waitFor();

    await page.getByLabel(L('Titre du partenariat')).fill('Filière « riz équitable » Loire – Đà Nẵng');
    await fillPartner(page, 1, {
      name: 'Solidarités Loire',
      country: 'France',
      city: 'Nantes',
      contact: 'Élise Guérin',
      email: 'elise@example.org',
      brings: 'Connaissance du terrain, suivi de la qualité 🤝',
    });
    await fillPartner(page, 2, {
      name: 'Coopérative Œuvre & Sol',
      country: 'France',
      city: 'Angers',
      contact: 'Marc Lefèvre',
      email: 'marc@example.com',
      brings: 'Achats à prix juste et logistique d’import.',
    });
    await page.getByRole('button', { name: 'Ajouter un partenaire' }).click();
    await fillPartner(
      page,
      3,
      {
        name: 'Hợp tác xã Sao Biển',
        country: 'Viêt Nam',
        city: 'Đà Nẵng',
        contact: 'Nguyễn Thị Minh Khai',
        email: 'minh@example.vn',
        brings: 'Production et formation des membres.',
      },
      'Partenaire du Sud',
    );
    await page
      .getByLabel(L('Expertises et compétences dont le projet a besoin'))
      .fill('Agronomie, certification biologique.');
    await page.getByLabel(L('Pays concernés')).fill('Viêt Nam');
    await page.getByRole('checkbox', { name: 'Coopération économique' }).check();
    await page.getByRole('checkbox', { name: 'Import en France' }).check();
    await next(page);

    // Step 2
    await page.getByRole('heading', { name: 'Motivations et connaissance mutuelle' }).waitFor();
    await fillEach(page.getByLabel(L('Motivations')), 'Sécuriser une filière et partager la valeur créée.');
    await fillEach(page.getByLabel(L('Attentes')), 'Des volumes stables, un prix juste.');
    await fillEach(page.getByLabel(L('Compétences et savoir-faire apportés')), 'Gestion de projet.');

    // Reload mid-way: the draft and the step come back.
    await waitUntilSaved(page, 'Des volumes stables, un prix juste.');
    await page.reload();
    await page.getByRole('heading', { name: 'Motivations et connaissance mutuelle' }).waitFor();
    // Written partners come back folded to one line: open the first to read it.
    const first = page.getByRole('group', { name: 'Solidarités Loire' });
    await first.getByRole('button', { expanded: false }).click();
    assert.equal(await first.getByLabel(L('Attentes')).inputValue(), 'Des volumes stables, un prix juste.');
    await page
      .getByRole('group', { name: 'Valeurs partagées par tous les partenaires' })
      .getByRole('checkbox', { name: 'Solidarité' })
      .check();
    await next(page);

    // Step 3
    await page.getByRole('heading', { name: 'Définir le cadre' }).waitFor();
    await page.getByLabel(L('Objet du partenariat')).fill('Construire une filière de riz biologique équitable.');
    await fillEach(page.getByLabel(L('Rôle dans le projet')), 'Pilote de son volet.');
    await fillEach(page.getByLabel(L('Engagements')), 'Participer au comité de pilotage.');
    await fillEach(page.getByLabel(L('Validation interne de la charte par')), 'Conseil d’administration');
    await page.getByLabel(L('Gouvernance et prise de décision')).fill('Comité de pilotage trimestriel.');
    await page.getByLabel(L('Communication externe')).fill('Communication conjointe validée par tous.');
    await page.getByLabel(L('Confidentialité')).fill('Les données commerciales restent confidentielles.');
    await page.getByLabel(L('Modification de la charte')).fill('Avenant écrit signé par tous.');
    await page.getByLabel(L('Sortie du partenariat')).fill('Préavis de six mois.');
    await next(page);

    // Step 4
    await page.getByRole('heading', { name: 'Suivi dans le temps' }).waitFor();
    await page.getByLabel(L('Date de début')).fill('2026-03-01');
    await page.getByLabel(L('Durée (en mois)')).fill('36');
    await page.getByLabel(/Fréquence des bilans du partenariat/).selectOption({ label: 'Chaque trimestre' });
    await page.getByRole('button', { name: 'Ajouter un jalon' }).click();
    await page.getByLabel(L('Date du jalon')).fill('2026-09-30');
    await page.getByLabel(L('Ce qui doit être atteint')).fill('Première récolte certifiée');
    await page.getByLabel(L('Traitement des difficultés')).fill('Inscrite à l’ordre du jour du comité suivant.');
    await next(page);

    // Step 5
    await page.getByRole('heading', { name: 'Impacts et risques' }).waitFor();
    // Opportunities before risks: an expected effect per partner and an impact in the South.
    for (const name of ['Solidarités Loire', 'Coopérative Œuvre & Sol', 'Hợp tác xã Sao Biển'])
      await page
        .getByRole('group', { name: `Effets attendus par ${name}` })
        .getByLabel('Montée en compétences')
        .check();
    await page.getByRole('group', { name: 'Impacts attendus au Sud' }).getByLabel('Création d’emplois').check();
    await page.getByRole('button', { name: 'Ajouter un risque' }).click();
    await page.getByLabel(L('Intitulé du risque')).fill('Risque financier à court terme');
    await page.getByLabel(L('Mesures de maîtrise')).fill('Chercher un cofinancement dès la première année.');
    await page.getByLabel(L('Responsable')).selectOption({ label: 'Coopérative Œuvre & Sol' });
    await page.getByLabel(L('Date de revue')).fill('2026-12-01');
    // A risk written by hand has no category, rating or response until the partners choose them.
    await page.getByLabel(L('Catégorie')).selectOption({ label: 'Financier' });
    await page.getByLabel(L('Probabilité')).selectOption('3');
    await page.getByLabel(L('Gravité')).selectOption('3');
    await page.getByLabel(L('Réponse')).selectOption({ label: 'Réduire' });
    await next(page);

    // Review
    await page.getByRole('heading', { name: 'Relecture' }).waitFor();
    await page.getByText('La charte est complète').waitFor();
    await page.getByRole('button', { name: 'Passer à la signature' }).click();

    // Signing, typed, for every partner.
    await page.getByRole('heading', { name: 'Signature', exact: true }).waitFor();
    for (const name of ['Solidarités Loire', 'Coopérative Œuvre & Sol', 'Hợp tác xã Sao Biển']) {
      const form = page.getByRole('form', { name: `Signature de ${name}` });
      await form.getByLabel(L('Fonction')).fill('Représentant·e légal·e');
      await form.getByLabel(L('Lieu')).fill('Nantes');
      if (name === 'Hợp tác xã Sao Biển') {
        // The southern partner draws its signature with the mouse.
        await form.getByRole('radio', { name: /Tracer ma signature/ }).check();
        const pad = form.getByRole('img', { name: /Zone de signature/ });
        // The pad library loads on demand; draw once it has taken over the canvas.
        await form.locator('canvas[data-ready="true"]').waitFor();
        await pad.scrollIntoViewIfNeeded();
        const box = (await pad.boundingBox())!;
        await page.mouse.move(box.x + 20, box.y + box.height / 2);
        await page.mouse.down();
        for (let x = 20; x < 220; x += 10)
          await page.mouse.move(box.x + x, box.y + box.height / 2 + Math.sin(x / 15) * 30);
        await page.mouse.up();
      }
      await form.getByRole('checkbox').check();
      await form.getByRole('button', { name: `Signer pour ${name}` }).click();
      await page.getByText(new RegExp(`Retirer la signature de ${name}`)).waitFor();
    }
    await page.getByRole('img', { name: 'Signature tracée de Nguyễn Thị Minh Khai' }).waitFor();
    await page.getByText('La charte est co-signée par les 3 partenaires.').waitFor();

    const [charter] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger la charte et la grille des risques (PDF)' }).click(),
    ]);
    const charterPath = join(out, 'charter.pdf');
    await charter.saveAs(charterPath);
    assertValidPdf(charterPath);
    const text = pdfText(charterPath).normalize('NFC');
    for (const s of [
      'Solidarités Loire',
      'Coopérative Œuvre & Sol',
      'Hợp tác xã Sao Biển',
      'Nguyễn Thị Minh Khai',
      'Risque financier à court terme',
      'Élise Guérin',
      'suivi de la qualité 🤝',
    ]) {
      assert.ok(text.includes(s), `charter PDF should contain ${s}`);
    }

    const [risks] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger la grille des risques seule (PDF)' }).click(),
    ]);
    const risksPath = join(out, 'risks.pdf');
    await risks.saveAs(risksPath);
    assertValidPdf(risksPath);
    assert.ok(pdfText(risksPath).includes('Risque financier à court terme'));
    const images = execFileSync('pdfimages', ['-list', charterPath], { encoding: 'utf8' });
    assert.ok(images.split('\n').length > 3, 'the drawn signature is embedded as an image');

    // The project travels as a file: download it and open it in another browser.
    const [projectFile] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger le projet' }).click(),
    ]);
    assert.match(projectFile.suggestedFilename(), /\.cocharte\.json$/);
    const projectPath = join(out, projectFile.suggestedFilename());
    await projectFile.saveAs(projectPath);
    const other = await newContext(app.browser);
    const otherPage = await other.newPage();
    await otherPage.goto(app.url);
    await otherPage.getByLabel('Ouvrir un fichier de projet (.cocharte.json)').setInputFiles(projectPath);
    await otherPage.getByRole('heading', { level: 1, name: 'Filière « riz équitable » Loire – Đà Nẵng' }).waitFor();
    // Co-signed in the first browser: the review says so, whole, signatures counting.
    await otherPage.getByText('La charte est signée par tous les partenaires.').waitFor();
    await other.close();

    assert.deepEqual(errors, []);
    await context.close();
  });

  it('prints a blank worksheet for a workshop on paper', async () => {
    const context = await newContext(app.browser);
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(app.url);
    await page.getByLabel('Étape', { exact: true }).selectOption({ label: 'Définir le cadre' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger la fiche vierge (PDF)' }).click(),
    ]);
    const path = join(out, download.suggestedFilename());
    await download.saveAs(path);
    assertValidPdf(path);
    const text = pdfText(path);
    assert.ok(text.includes('Définir le cadre'), 'the worksheet names its step');
    // The app's download gives each question its source line, in the app's words.
    assert.ok(text.includes('Source : le guide, « Poser et partager le cadre »'), 'the guide is cited');
    assert.ok(text.includes('Suggestion de Cocharte (ne vient pas du guide)'), 'Cocharte’s own questions say so');
    await context.close();
  });
});
