// Regenerates the README's screenshots from the production build:
//   npx vite build && npx tsx src/tools/take-screenshots.ts
import { launchBrowser, newContext, startPreview } from '../../tests/e2e/harness';

async function main() {
  const server = await startPreview();
  const browser = await launchBrowser();
  try {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 860 });
    await page.goto(server.url);
    await page.screenshot({ path: 'docs/screenshot-home.png' });
    await page.getByRole('button', { name: /Partir de l’exemple .*Terrena/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Relecture' }).waitFor();
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
