// Screenshots of the convention's forms (legal identity, funding plan, clauses), from the
// production build:  npx vite build && npx tsx src/tools/take-agreement-screenshots.ts
import { launchBrowser, newContext, startPreview } from '../../tests/e2e/harness';

async function main() {
  const server = await startPreview();
  const browser = await launchBrowser();
  try {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 1000 });
    await page.goto(server.url);
    await page.getByRole('button', { name: /Partir de l’exemple .*Terrena/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Relecture' }).waitFor();
    const steps = page.getByRole('navigation', { name: 'Étapes de la charte' });

    await steps.getByRole('button', { name: /Identifier les partenaires/ }).click();
    const second = page.getByRole('group', { name: 'Partenaire 2' });
    await second.getByRole('button', { name: 'Identité juridique du partenaire 2' }).click();
    await second.getByRole('button', { name: 'Identité juridique du partenaire 2' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'docs/screenshot-legal-identity.png' });

    await steps.getByRole('button', { name: /Définir le cadre/ }).click();
    await page.getByRole('button', { name: 'Apports et plan de financement' }).click();
    await page.getByRole('region', { name: 'Totaux' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'docs/screenshot-funding-plan.png' });

    await page.getByRole('button', { name: 'Clauses de la convention' }).click();
    await page.getByRole('button', { name: 'Règlement des différends' }).click();
    await page.getByRole('button', { name: 'Règlement des différends' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'docs/screenshot-clauses.png' });
  } finally {
    await browser.close();
    server.stop();
  }
}

await main();
