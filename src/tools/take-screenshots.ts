// Regenerates the README's screenshots from the production build:
//   npx vite build && npx tsx src/tools/take-screenshots.ts
// or only the partnership record's (docs/record-home.png):
//   npx vite build && npx tsx src/tools/take-screenshots.ts record
// or only an amendment's (docs/amendment-drafting.png, docs/amendment-review.png):
//   npx vite build && npx tsx src/tools/take-screenshots.ts amendment
// or only the comparison of a received copy (docs/screenshot-compare.png):
//   npx vite build && npx tsx src/tools/take-screenshots.ts compare
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { replaceExampleFacts } from './example-facts';
import { launchBrowser, newContext, startPreview } from '../../tests/e2e/harness';
import { withClosing } from '../domain/record-new';
import { parseProjectFile, serializeProject } from '../persistence/project-file';

/**
 * The record of a reviewed and amended partnership (the v2 fixture, its closing left out
 * so the home shows what is due), opened in the app on the 1st of June 2027, on its home.
 */
async function openRecord(browser: Browser, url: string, height: number) {
  const parsed = parseProjectFile(readFileSync('tests/fixtures/project-files/v2-record.cocharte.json', 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  const file = join(mkdtempSync(join(tmpdir(), 'cocharte-shots-')), 'dossier.cocharte.json');
  writeFileSync(file, serializeProject(withClosing(parsed.project, null)));
  const context = await newContext(browser);
  await context.clock.setFixedTime(new Date('2027-06-01T09:00:00Z'));
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height });
  await page.goto(url);
  await page.getByLabel('Ouvrir un fichier de projet (.cocharte.json)').setInputFiles(file);
  await page.locator('.toolbar').getByRole('button', { name: 'Dossier du partenariat' }).click();
  await page.getByRole('status').filter({ hasText: 'Chaîne des versions vérifiée' }).waitFor();
  return { context, page };
}

async function recordScreenshots(browser: Browser, url: string) {
  const { context, page } = await openRecord(browser, url, 1100);
  await page.screenshot({ path: 'docs/record-home.png', fullPage: true });
  await context.close();
}

/**
 * Amendment n° 2 of the same record: the amending mode (its banner above the steps of a
 * working copy of the text in force, the company's yearly money raised again), then its
 * review with the table of changes, before anyone signs.
 */
async function amendmentScreenshots(browser: Browser, url: string) {
  const { context, page } = await openRecord(browser, url, 1640);
  await page.getByRole('button', { name: 'Rédiger un avenant' }).click();
  await page.getByRole('heading', { level: 2, name: /^Avenant n°\s2 en préparation/ }).waitFor();
  await page
    .getByRole('navigation', { name: 'Étapes de la charte' })
    .getByRole('button', { name: /^Définir le cadre/ })
    .click();
  await page.locator('#step-heading', { hasText: 'Définir le cadre' }).waitFor();
  const card = page.getByRole('group', { name: 'Rôle et engagements de Coopérative Sel d’Œuvre SAS' });
  await card.getByRole('button', { expanded: false }).click();
  await card.getByLabel(/^Apport financier/).fill('30\u00a0000\u00a0€ par an');
  await page.getByText('1 modification dans le projet d’avenant.').waitFor();
  // The banner, the steps and the card being changed, as the partners see them.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.mouse.move(0, 0);
  await page.screenshot({ path: 'docs/amendment-drafting.png' });

  await page.getByRole('button', { name: 'Relire l’avenant et le signer' }).first().click();
  await page.getByRole('heading', { level: 2, name: /^Avenant n°\s2$/ }).waitFor();
  await page.getByRole('textbox', { name: /^Objet de l’avenant/ }).fill('Apport de l’entreprise relevé');
  await page
    .getByRole('textbox', { name: /^Pourquoi ce changement/ })
    .fill('Le séchage de la récolte 2027 demande un équipement que l’entreprise préfinance.');
  await page.getByRole('button', { name: 'Enregistrer l’avenant' }).click();
  await page.getByRole('table', { name: 'Modifications' }).waitFor();
  // The review is shorter than the steps: the page, not the tall window.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.mouse.move(0, 0);
  await page.screenshot({ path: 'docs/amendment-review.png', fullPage: true });
  await context.close();
}

/**
 * The comparison of a partner's copy of the Terrena example: a reworded exit clause (the
 * words that differ marked), a notice period and a budget changed (written as the charter
 * writes them).
 */
async function compareScreenshot(browser: Browser, url: string) {
  const parsed = parseProjectFile(readFileSync('src/examples/terrena-afdi-cobsac.cocharte.json', 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  const local = parsed.project;
  const copy = structuredClone(local);
  copy.framework.exit = local.framework.exit
    .replace('six mois', 'trois mois')
    .replace('notifié par écrit', 'notifié par lettre recommandée');
  copy.framework.agreement.noticeDays = 45;
  copy.framework.agreement.budget = 320000;
  const dir = mkdtempSync(join(tmpdir(), 'cocharte-shots-'));
  writeFileSync(join(dir, 'local.cocharte.json'), serializeProject(local));
  writeFileSync(join(dir, 'copie.cocharte.json'), serializeProject(copy));
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(url);
  const open = page.getByLabel('Ouvrir un fichier de projet (.cocharte.json)');
  await open.setInputFiles(join(dir, 'local.cocharte.json'));
  await page.locator('#step-heading').waitFor();
  await page.getByRole('button', { name: 'Mes projets' }).click();
  await open.setInputFiles(join(dir, 'copie.cocharte.json'));
  await page.getByRole('button', { name: 'Le comparer avec mon projet' }).click();
  await page.getByRole('heading', { level: 2, name: 'Comparer avec la version reçue' }).waitFor();
  await page.getByRole('deletion').first().waitFor();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: 'docs/screenshot-compare.png', fullPage: true });
  await context.close();
}

async function main() {
  const server = await startPreview();
  const browser = await launchBrowser();
  try {
    const only = process.argv[2];
    if (!only || only === 'record') await recordScreenshots(browser, server.url);
    if (!only || only === 'amendment') await amendmentScreenshots(browser, server.url);
    if (!only || only === 'compare') await compareScreenshot(browser, server.url);
    if (only) return;
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 860 });
    await page.goto(server.url);
    await page.screenshot({ path: 'docs/screenshot-home.png' });
    await page.getByRole('button', { name: /Partir de l’exemple .*Terrena/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Relecture' }).waitFor();
    // An example is signed only once its invented facts are said replaced, at step 1.
    await page
      .getByRole('navigation', { name: 'Étapes de la charte' })
      .getByRole('button', { name: /Identifier les partenaires/ })
      .click();
    await replaceExampleFacts(page);
    await page
      .getByRole('navigation', { name: 'Étapes de la charte' })
      .getByRole('button', { name: /Impacts et risques/ })
      .click();
    await page.getByRole('heading', { level: 2, name: 'Impacts et risques' }).waitFor();
    await page.screenshot({ path: 'docs/screenshot-step.png' });
    await page
      .getByRole('navigation', { name: 'Étapes de la charte' })
      .getByRole('button', { name: /Relecture/ })
      .click();
    await page.getByRole('button', { name: 'Passer à la signature' }).click();
    await page.getByRole('heading', { level: 2, name: 'Signature' }).waitFor();
    await page.screenshot({ path: 'docs/screenshot-signing.png' });

    // The workshop mode on a 1280 × 720 projector: timer first, the step's questions.
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByRole('button', { name: 'Mode animation' }).click();
    await page.getByRole('group', { name: 'Minuteur de l’étape' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Signature' }).first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'docs/screenshot-projector.png' });
    await context.close();

    // A phone (375 × 812) on step 1 of a new project.
    const phone = await browser.newContext({
      locale: 'fr-FR',
      serviceWorkers: 'block',
      viewport: { width: 375, height: 812 },
    });
    const mobile = await phone.newPage();
    await mobile.goto(server.url);
    await mobile.getByRole('button', { name: 'Commencer un nouveau projet' }).click();
    await mobile.locator('#step-heading').waitFor();
    await mobile.screenshot({ path: 'docs/screenshot-phone.png' });
    await phone.close();
  } finally {
    await browser.close();
    server.stop();
  }
}

await main();
