/**
 * An amendment (avenant) drafted in the app, in a real browser (issue 13): a co-signed
 * three-partner charter is imported, an amendment raising a contribution is drafted on a
 * working copy of the text in force, survives a reload, is signed by each partner, and
 * comes into force while the original charter stays signed with the same fingerprint.
 * The text in force and the amendment's PDF (read back) carry the new amount.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { completeProject, signedByAll, withPrefinancing } from '../fixtures/project';
import { openSignedCharter } from './signed-charter';
import { contentFingerprint, shortFingerprint } from '../../src/domain/fingerprint';
import { checkChain } from '../../src/domain/record-amendments';
import { draftProjectSchema, type DraftProject } from '../../src/schemas/project.schema';
import { browserAvailable, withBrowser } from './harness';
import { axe, touchingButtons, formatFindings, msg, storedRecord } from './quality-helpers';
import { draftBudgetAmendment, signAmendmentByAll } from './amendment-flow';

const run = browserAvailable();
/** Spaces of any kind as one, so French amounts (« 15 000 € ») compare whatever space they use. */
const flat = (s: string) => s.replace(/\s+/g, ' ');

/** The project as the app stored it, read back through its schema. */
async function storedProject(page: Page, id: string): Promise<DraftProject> {
  const stored = (await storedRecord(page, id)) as { project: unknown } | null;
  if (!stored) throw new Error('the project is not stored');
  return draftProjectSchema.parse(stored.project);
}

/** Polls the stored project until `ok` holds (the autosave writes within its debounce). */
async function waitForStored(page: Page, id: string, ok: (p: DraftProject) => boolean, what: string) {
  const deadline = Date.now() + 15_000;
  while (!ok(await storedProject(page, id))) {
    if (Date.now() > deadline) throw new Error(`${what} never reached the stored project`);
    await page.waitForTimeout(100);
  }
}

/** A three-partner charter whose funding plan has the company give 12 000 €, signed by all. */
const signedCharter = () => signedByAll(withPrefinancing(completeProject()));

describe('an amendment drafted in the app', { skip: !run }, () => {
  const app = withBrowser();
  const dir = mkdtempSync(join(tmpdir(), 'cocharte-amendment-'));

  it('drafts, keeps across a reload, co-signs and reads back a budget amendment', async () => {
    const signed = signedCharter();
    const original = await contentFingerprint(signed);
    const { context, page, errors } = await openSignedCharter(app.browser, app.url, signed);
    await page
      .locator('.toolbar')
      .getByRole('button', { name: msg('fr', 'record.ui.title') })
      .click();
    await page.getByRole('heading', { level: 2, name: msg('fr', 'record.ui.title') }).waitFor();

    // Drafting: the banner takes focus, the steps are a working copy of the text in force.
    const { number } = await draftBudgetAmendment(page, {
      contribution: 1,
      amount: '15000',
      title: 'Préfinancement relevé',
      reason: 'La récolte 2027 double : la coopérative a besoin d’une avance plus grande.',
      date: '2027-05-02',
    });
    assert.equal(number, 1);
    const findings = await axe(page, 'amendment review before signing');
    assert.deepEqual(findings, [], formatFindings(findings));
    assert.deepEqual(await touchingButtons(page), [], 'buttons of the review stand apart');
    const table = page.getByRole('table', { name: msg('fr', 'record.doc.changes') });
    const row = table.getByRole('row', { name: /Apport 1/ });
    assert.match(flat(await row.innerText()), /12 000(,00)? €.*15 000(,00)? €/);

    // Stored in the project at once, and the signed text is untouched.
    await waitForStored(page, signed.id, (p) => p.record.amendments[0]?.title === 'Préfinancement relevé', 'the draft');
    let stored = await storedProject(page, signed.id);
    assert.equal(await contentFingerprint(stored), original);
    assert.deepEqual(stored.signatures, signed.signatures);

    // A reload: the record offers the draft again, with its change.
    await page.reload();
    await page.getByRole('heading', { level: 2, name: msg('fr', 'record.ui.title') }).waitFor();
    await page.getByRole('button', { name: msg('fr', 'record.ui.continueDraft', { n: 1 }) }).waitFor();
    assert.equal(await page.getByRole('button', { name: msg('fr', 'record.ui.draftAmendment') }).count(), 0);
    await page.getByRole('button', { name: msg('fr', 'record.ui.continueDraft', { n: 1 }) }).press('Enter');
    const banner = page.getByRole('heading', { level: 2, name: msg('fr', 'record.ui.draftingTitle', { n: 1 }) });
    await banner.waitFor();
    // Focus moves in an effect after the screen is drawn: wait for it to land.
    await page.waitForFunction((h) => h === document.activeElement, await banner.elementHandle(), {
      timeout: 5_000,
      polling: 50,
    });
    await page.getByText(msg('fr', 'record.ui.draftChanges', { count: 1 })).waitFor();
    const draftingFindings = await axe(page, 'amending mode (the steps on a working copy)');
    assert.deepEqual(draftingFindings, [], formatFindings(draftingFindings));
    await page
      .getByRole('button', { name: msg('fr', 'record.ui.reviewDraft') })
      .first()
      .press('Enter');
    assert.match(flat(await row.innerText()), /12 000(,00)? €.*15 000(,00)? €/);
    assert.equal(
      await page.getByRole('textbox', { name: /^Objet de l’avenant/ }).inputValue(),
      'Préfinancement relevé',
    );

    await signAmendmentByAll(
      page,
      number,
      signed.partners.partners.map((p, i) => ({
        partner: p.name,
        name: p.contactName || `Signataire ${i + 1}`,
        title: 'Représentant légal',
        place: i === 2 ? 'Hanoï' : 'Nantes',
      })),
    );
    // Signed: the text of the amendment can no longer be edited nor discarded.
    assert.equal(await page.getByRole('button', { name: msg('fr', 'record.ui.editDraft') }).count(), 0);
    assert.equal(await page.getByRole('button', { name: msg('fr', 'record.ui.discardDraft') }).count(), 0);

    // The amendment's PDF, read back: the change is in it.
    const amendmentName = msg('fr', 'record.doc.amendmentTitle', { n: 1 });
    await page.getByRole('button', { name: msg('fr', 'record.ui.back') }).press('Enter');
    const home = page.getByRole('heading', { level: 2, name: msg('fr', 'record.ui.title') });
    await home.waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: msg('fr', 'record.ui.pdf', { name: amendmentName }) }).click(),
    ]);
    const pdf = join(dir, 'avenant-1.pdf');
    await download.saveAs(pdf);
    execFileSync('qpdf', ['--check', pdf], { encoding: 'utf8' });
    const text = flat(execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }));
    assert.match(text, /AVENANT N° 1/);
    assert.match(text, /Préfinancement relevé/);
    assert.match(text, /12 000(,00)? €.*15 000(,00)? €/);
    // Signed, it is sealed as the charter is, and ends with the trail of its three seals.
    assert.match(execFileSync('pdfsig', [pdf], { encoding: 'utf8' }), /Signature is Valid\./);
    assert.match(text, /Journal des signatures.*chaque signature de l’avenant n° 1/);
    assert.equal(text.match(/Scellement valide/g)?.length, 3);

    // The record: the amendment is in force, the original still reads as signed, same fingerprint.
    await page.getByText(/^Version en vigueur depuis l’avenant n°\s1\s:/).waitFor();
    await page.getByText(msg('fr', 'record.ui.chainOk')).waitFor();
    const signedLine = page.getByText(msg('fr', 'record.ui.signedBy', { count: 3 }), { exact: false });
    assert.match(await signedLine.innerText(), new RegExp(shortFingerprint(original).replace(/\s+/g, '\\s+')));
    await waitForStored(page, signed.id, (p) => p.record.amendments[0]?.signatures.length === 3, 'the signatures');
    stored = await storedProject(page, signed.id);
    assert.equal(await contentFingerprint(stored), original);
    assert.deepEqual(stored.signatures, signed.signatures);
    const chain = await checkChain(stored);
    assert.equal(chain.ok, true);
    assert.deepEqual(
      chain.versions.map((v) => v.fullySigned),
      [true, true],
    );
    assert.equal(chain.versions[1]?.amends, original);
    assert.equal(chain.current.framework.agreement.contributions[0]?.amount, 15000);

    // The text in force reads with the new amount.
    await page.getByRole('button', { name: msg('fr', 'record.ui.readInForce') }).press('Enter');
    const inForce = page.getByRole('heading', { level: 2, name: msg('fr', 'record.ui.inForceTitle') });
    await inForce.waitFor();
    // Focus moves in an effect after the screen is drawn: wait for it to land.
    await page.waitForFunction((h) => h === document.activeElement, await inForce.elementHandle(), {
      timeout: 5_000,
      polling: 50,
    });
    const charter = flat(await page.getByRole('article').innerText());
    assert.match(charter, /15 000(,00)? €/);
    assert.doesNotMatch(charter, /12 000(,00)? €/);
    // … and downloads as a PDF: the same text, dated from the amendment, with nothing to sign.
    const [inForcePdf] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: msg('fr', 'record.ui.inForcePdf') }).click(),
    ]);
    assert.match(inForcePdf.suggestedFilename(), /^charte-en-vigueur-.*\.pdf$/);
    const inForceFile = join(dir, 'en-vigueur.pdf');
    await inForcePdf.saveAs(inForceFile);
    execFileSync('qpdf', ['--check', inForceFile], { encoding: 'utf8' });
    const inForceText = flat(execFileSync('pdftotext', ['-enc', 'UTF-8', inForceFile, '-'], { encoding: 'utf8' }));
    assert.match(inForceText, /Texte en vigueur : la charte signée et l’avenant n° 1 co-signé/);
    assert.match(inForceText, /En vigueur depuis le /);
    assert.match(inForceText, /15 000(,00)? €/);
    assert.doesNotMatch(inForceText, /12 000(,00)? €/);
    assert.doesNotMatch(inForceText, /Fait à/);

    // Back to the charter: the read-only steps show the text in force and say so.
    await page.getByRole('button', { name: msg('fr', 'record.ui.backToCharter') }).click();
    await page.locator('#step-heading', { hasText: msg('fr', 'review.title') }).waitFor();
    await page
      .getByRole('navigation', { name: msg('fr', 'stepper.label') })
      .getByRole('button', { name: new RegExp(`^${msg('fr', 'step.framework')}`) })
      .click();
    await page.getByText(/^Les étapes montrent le texte en vigueur depuis l’avenant n°\s1/).waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });
});
