// Shared by the screenshot tool and the browser tests that sign a project started from a
// worked example.
import type { Page } from 'playwright-core';

/**
 * As partners do with an example: each field still holding an invented fact (listed when
 * « J’ai remplacé les éléments illustratifs » is pressed too soon) gets a value of theirs,
 * then they say the facts are replaced.
 */
export async function replaceExampleFacts(page: Page): Promise<void> {
  const declare = page.getByRole('button', { name: 'J’ai remplacé les éléments illustratifs' });
  const steps = page.getByRole('navigation', { name: 'Étapes de la charte' });
  for (let round = 0; round < 40; round++) {
    await declare.click();
    const leftover = page.locator('.example-leftovers button').first();
    if ((await leftover.count()) === 0) return;
    await leftover.click();
    // The field takes the focus once its step (or its folded card) is drawn.
    await page.waitForFunction(() => ['INPUT', 'TEXTAREA'].includes(document.activeElement?.tagName ?? ''));
    const field = page.locator(':focus');
    const email = (await field.getAttribute('type')) === 'email';
    await field.fill(email ? 'contact@partenaire.fr' : 'Camille Martin');
    await steps.getByRole('button', { name: /Identifier les partenaires/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Identifier les partenaires' }).waitFor();
  }
  throw new Error('the example’s invented facts were not all replaced');
}
