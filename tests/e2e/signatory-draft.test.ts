// A partner filling in the signatory's page reloads it (or the browser restores a crashed
// tab): what they typed and drew is still there, in this tab only; once they signed, a
// reload shows the answer given and hands the same answer file again, byte for byte.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import lz from 'lz-string';
import type { Page } from 'playwright-core';
import { completeProject } from '../fixtures/project';
import { contentFingerprint } from '../../src/domain/fingerprint';
import { REQUEST_FRAGMENT } from '../../src/signing/request-fragment';
import { browserAvailable, openOnDevice, withBrowser } from './harness';
import { axe, formatFindings } from './quality-helpers';

const run = browserAvailable();

describe('the signatory’s page across a reload', { skip: !run }, () => {
  const app = withBrowser();

  async function requestLink() {
    const project = completeProject();
    const request = {
      format: 'cocharte-signature-request',
      version: 1,
      partnerId: 'south',
      fingerprint: await contentFingerprint(project),
      askedAt: '2026-03-01T10:00:00+01:00',
      project,
    };
    return `${app.url}${REQUEST_FRAGMENT}${lz.compressToEncodedURIComponent(JSON.stringify(request))}`;
  }

  const form = (page: Page) => page.getByRole('form', { name: 'Signature de Hợp tác xã Sao Biển' });

  async function draw(page: Page) {
    const canvas = page.locator('canvas[data-ready="true"]');
    await canvas.waitFor();
    // In view, as the signatory sees it: the mouse draws in the viewport, and the pad opens
    // under the radio button just checked, often below the screen's edge.
    await canvas.scrollIntoViewIfNeeded();
    const box = (await canvas.boundingBox())!;
    await page.mouse.move(box.x + 40, box.y + box.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + 40 + i * 25, box.y + box.height / 2 + (i % 2) * 30);
    await page.mouse.up();
  }

  it('keeps the fields and the drawing typed in the tab, then the answer given', async () => {
    const link = await requestLink();
    const { context, page, errors } = await openOnDevice(app.browser, link);
    await page.getByText(/^Ce que vous saisissez ici est gardé dans cet onglet seulement/).waitFor();
    await form(page)
      .getByLabel(/^Fonction/)
      .fill('Trésorier');
    await form(page).getByLabel(/^Lieu/).fill('Hội An');
    await form(page)
      .getByRole('radio', { name: /^Tracer ma signature/ })
      .check();
    await draw(page);
    await page
      .getByRole('form', { name: 'Refuser de signer' })
      .getByLabel(/^Raison du refus/)
      .fill('Pas encore');
    // The last keystroke has not waited for the throttle: the reload itself keeps it.
    await page.reload();

    await page.getByText(/^Votre brouillon a été repris/).waitFor();
    assert.equal(
      await form(page)
        .getByLabel(/^Fonction/)
        .inputValue(),
      'Trésorier',
    );
    assert.equal(await form(page).getByLabel(/^Lieu/).inputValue(), 'Hội An');
    assert.ok(
      await form(page)
        .getByRole('radio', { name: /^Tracer ma signature/ })
        .isChecked(),
    );
    assert.equal(
      await page
        .getByRole('form', { name: 'Refuser de signer' })
        .getByLabel(/^Raison du refus/)
        .inputValue(),
      'Pas encore',
    );
    // The status is where the signatory was (the refusal, typed in last), and has the focus.
    await page.waitForFunction(() => document.activeElement?.textContent?.startsWith('Votre brouillon a été repris'));
    const findings = await axe(page, 'signatory page, draft restored');
    assert.deepEqual(findings, [], formatFindings(findings));

    // Another tab of the same browser knows nothing of it: kept in this tab only.
    const other = await context.newPage();
    other.setDefaultTimeout(15_000);
    await other.goto(link);
    await form(other)
      .getByLabel(/^Fonction/)
      .waitFor();
    assert.equal(
      await form(other)
        .getByLabel(/^Fonction/)
        .inputValue(),
      'Gérante',
    );
    await other.close();

    // The drawing came back on the pad (drawn once the pad's code and the image have loaded:
    // waited for as the signatory sees it, ink on the pad), and it is the one signed.
    await page.waitForFunction(
      () => {
        const pad = document.querySelector<HTMLCanvasElement>('canvas.signature-pad__canvas');
        const pixels = pad?.getContext('2d')?.getImageData(0, 0, pad.width, pad.height).data;
        return pixels?.some((value, i) => i % 4 === 3 && value > 0) ?? false;
      },
      undefined,
      { timeout: 15_000 },
    );
    await form(page).getByRole('checkbox').check();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      form(page).getByRole('button', { name: 'Signer et télécharger la réponse' }).click(),
    ]);
    const first = readFileSync((await download.path())!);
    const answer = JSON.parse(first.toString('utf8'));
    assert.equal(answer.outcome.signature.signatoryTitle, 'Trésorier');
    assert.equal(answer.outcome.signature.method, 'drawn');
    assert.match(answer.outcome.signature.image, /^data:image\/png;base64,/);

    await page.reload();
    await page.getByText(/^Vous avez déjà signé dans cet onglet\s: votre réponse est le fichier/).waitFor();
    assert.equal(await form(page).count(), 0);
    const [again] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger à nouveau la réponse' }).click(),
    ]);
    assert.equal(again.suggestedFilename(), download.suggestedFilename());
    assert.ok(readFileSync((await again.path())!).equals(first), 'the same answer file, byte for byte');
    assert.deepEqual(errors, []);
    await context.close();
  });
});
