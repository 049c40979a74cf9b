/**
 * Form layout seen in Chromium: an input beside a taller neighbour (a wrapped label, a
 * hint) keeps its height, and a checkbox stays beside its label however long it wraps.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { serializeProject } from '../../src/persistence/project-file';
import { completeProject } from '../fixtures/project';
import { browserAvailable, newContext, openAtSigning, withBrowser } from './harness';

const run = browserAvailable();
const out = mkdtempSync(join(tmpdir(), 'cocharte-layout-'));
const LONG = 'Coopérative Hợp Tác Xã Sen Vàng de la province de Thừa Thiên Huế';

describe('form layout', { skip: !run }, () => {
  const app = withBrowser();

  it('keeps inputs at their height and checkboxes beside their labels', async () => {
    const base = completeProject();
    const project = {
      ...base,
      partners: {
        ...base.partners,
        partners: base.partners.partners.map((p) => (p.id === 'south' ? { ...p, name: LONG } : p)),
      },
    };
    const path = join(out, 'projet.cocharte.json');
    writeFileSync(path, serializeProject(project));
    const { context, page, errors } = await openAtSigning(app.browser, app.url, path);

    // The consent of the partner with a long name: its label wraps, the box stays on its left.
    const form = page.getByRole('form', { name: `Signature de ${LONG}` });
    const box = (await form.getByRole('checkbox').boundingBox())!;
    const label = (await form.locator('.field--checkbox label').boundingBox())!;
    assert.ok(label.height > 30, `the label wraps (${label.height} px high)`);
    assert.ok(box.x + box.width <= label.x, 'the box is left of its label');
    assert.ok(box.y < label.y + 20, `the box is on the label's first line (box ${box.y}, label ${label.y})`);

    // Step 1, a partner's legal identity: the name beside the capacity (which has a hint).
    await page.getByRole('button', { name: /^Identifier les partenaires/ }).click();
    await page.getByRole('heading', { name: 'Identifier les partenaires' }).waitFor();
    // A complete partner is folded to one line: open it, then its legal identity.
    await page.getByRole('button', { name: /^Partenaire 1 — Solidarités Loire/, expanded: false }).click();
    const card = page.getByRole('group', { name: /^Partenaire 1/ });
    const legal = card.getByRole('button', { name: /^Identité juridique/ });
    if ((await legal.getAttribute('aria-expanded')) === 'false') await legal.click();
    const name = (await card.getByLabel(/^Nom du représentant légal/).boundingBox())!;
    const capacity = (await card.getByLabel(/^Qualité du représentant légal/).boundingBox())!;
    assert.equal(Math.round(name.height), Math.round(capacity.height), 'the two inputs have one height');

    // The review's bilingual option, whose hint is long: the label stays right of its box.
    await page.getByRole('button', { name: /^Relecture/ }).click();
    await page.getByRole('heading', { name: 'Relecture' }).waitFor();
    const bilingual = (await page.getByRole('checkbox', { name: /Charte bilingue/ }).boundingBox())!;
    const bilingualLabel = (await page.locator('label[for="document-bilingual"]').boundingBox())!;
    assert.ok(
      bilingualLabel.x - (bilingual.x + bilingual.width) < 20,
      `the label is beside its box (${bilingualLabel.x} px)`,
    );
    assert.ok(bilingualLabel.height < 30, `the label holds on one line (${bilingualLabel.height} px)`);

    assert.deepEqual(errors, []);
    await context.close();
  });

  it('shows the field that takes the focus after a failed save, below the error summary drawn above it', async () => {
    const context = await newContext(app.browser);
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(app.url);
    await page.getByRole('button', { name: 'Commencer un nouveau projet' }).click();
    await page.getByRole('heading', { name: 'Identifier les partenaires' }).waitFor();
    await page.getByRole('button', { name: 'Enregistrer et continuer' }).click();
    await page.getByText(/^Le formulaire contient \d+ erreurs/).waitFor();
    const title = page.getByLabel(/^Titre du partenariat/);
    await page.waitForFunction(
      () => document.activeElement?.id !== '' && document.activeElement?.getAttribute('aria-invalid') === 'true',
    );
    assert.equal(await title.evaluate((el) => el === document.activeElement), true, 'the first field has the focus');
    const box = (await title.boundingBox())!;
    assert.ok(box.y >= 0 && box.y + box.height <= 800, `the focused field is in view (top ${box.y} px)`);
    await context.close();
  });
});
