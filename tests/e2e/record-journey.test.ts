/**
 * Issue 13's journey in a real browser, from signature to the end of term: a three-partner
 * charter co-signed in the app, two reviews (bilans) a quarter apart with the clock moved
 * on, a health check answered by each partner in its own browser and merged back through
 * the app's compare-and-merge, an amendment raising the company's budget co-signed by all
 * three while the original keeps its signatures, the closing evaluation and decision; every
 * PDF read back (text in order, pages, qpdf) and the fingerprint chain checked.
 *
 * The clock is Playwright's (`context.clock.setFixedTime`): the app reads `new Date()`,
 * timers keep running, so nothing waits on real time passing.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { contentFingerprint, shortFingerprint } from '../../src/domain/fingerprint';
import { formatDate, type MessageKey } from '../../src/i18n/i18n';
import { HEALTH_QUESTION_IDS, type HealthQuestionId } from '../../src/schemas/record.schema';
import { serializeProject } from '../../src/persistence/project-file';
import { findInOrder, qpdfCheck, readPdf } from '../../src/testing/pdf-test-support';
import { completeProject, withPrefinancing } from '../fixtures/project';
import { browserAvailable, withBrowser } from './harness';
import { escapeRe, msg, newQualityContext } from './quality-helpers';
import { waitUntilSaved } from './saved';
import { draftBudgetAmendment, signAmendmentByAll } from './amendment-flow';

const run = browserAvailable();
const dir = mkdtempSync(join(tmpdir(), 'cocharte-journey-'));
const fr = (key: MessageKey, vars: Record<string, string | number> = {}) => msg('fr', key, vars);

const PARTNERS = [
  { id: 'asso', name: 'Solidarités Loire', title: 'Présidente', place: 'Nantes' },
  { id: 'company', name: 'Coopérative Œuvre & Sol', title: 'Directeur RSE', place: 'Angers' },
  { id: 'south', name: 'Hợp tác xã Sao Biển', title: 'Gérante', place: 'Đà Nẵng' },
] as const;

/** Each partner's health-check scores: the southern partner sees its voice quite differently. */
const HEALTH: Record<(typeof PARTNERS)[number]['id'], Partial<Record<HealthQuestionId, number>>> = {
  asso: { southVoice: 4 },
  company: { southVoice: 5, balance: 5 },
  south: { southVoice: 2, balance: 3 },
};
const healthScore = (partner: keyof typeof HEALTH, q: HealthQuestionId) => HEALTH[partner][q] ?? 4;

/** "Today" for every page of the context, from now on; timers keep running. */
async function setToday(context: BrowserContext, iso: string) {
  await context.clock.setFixedTime(new Date(`${iso}T09:00:00Z`));
}

async function download(page: Page, click: () => Promise<void>, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = join(dir, name);
  await file.saveAs(path);
  return path;
}

/** A PDF read back: its pages, qpdf clean, and the needles found in this order. */
async function checkPdf(path: string, needles: string[], pages: { min: number; max: number }) {
  const bytes = new Uint8Array(readFileSync(path));
  assert.equal(bytes.subarray(0, 5).toString(), '37,80,68,70,45', `${path} is a PDF`);
  const read = await readPdf(bytes);
  assert.ok(
    read.length >= pages.min && read.length <= pages.max,
    `${path}: ${read.length} pages, expected ${pages.min}–${pages.max}`,
  );
  const text = read.map((p) => p.text).join('\n');
  const missing = findInOrder(text, needles).filter((f) => f.at < 0);
  assert.deepEqual(missing, [], `${path}: not found in order`);
  assert.match(qpdfCheck(bytes), /No syntax or stream encoding errors found/);
  // The system's own reader agrees (another extractor than pdf.js).
  const poppler = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  assert.ok(poppler.replace(/\s+/g, '').includes(needles[0]!.replace(/\s+/g, '')), `pdftotext reads ${path}`);
  return text;
}

/** A document's title as its first page sets it, in capitals. */
const upper = (s: string) => s.toLocaleUpperCase('fr');
const toolbar = (page: Page) => page.locator('.toolbar');
const recordHome = (page: Page) => page.getByRole('heading', { level: 2, name: fr('record.ui.title') });

/** Opens the record from the toolbar (a toggle: left alone when the record is already open). */
async function openRecord(page: Page) {
  const button = toolbar(page).getByRole('button', { name: fr('record.ui.title') });
  if ((await button.getAttribute('aria-pressed')) !== 'true') await button.click();
  await recordHome(page).waitFor();
}

async function importFile(page: Page, path: string) {
  await page.getByLabel(fr('home.import')).setInputFiles(path);
}

async function exportProject(page: Page, name: string): Promise<string> {
  return download(
    page,
    () =>
      toolbar(page)
        .getByRole('button', { name: fr('toolbar.export') })
        .click(),
    name,
  );
}

/** The record home says the chain is intact and shows the original's fingerprint. */
async function checkChain(page: Page, fingerprint: string) {
  await page
    .getByRole('status')
    .filter({ hasText: fr('record.ui.chainOk') })
    .waitFor();
  const signed = page.getByRole('region', { name: fr('record.ui.signedVersion') });
  assert.equal(await signed.locator('code').first().textContent(), shortFingerprint(fingerprint));
}

/**
 * A review filled in as the partners would at their meeting: everyone present, each
 * milestone's progress, each indicator's value, the risk reassessed, decisions and one action.
 */
async function recordReview(
  page: Page,
  n: number,
  r: {
    participants: string;
    milestone: string;
    income: string;
    risk: { status: string; likelihood: number; severity: number; next: string };
    decisions: string;
    action: { text: string; owner: string; due: string };
  },
) {
  await page.getByRole('button', { name: fr('record.ui.newReview') }).click();
  const form = page.getByRole('form', { name: fr('record.doc.reviewTitle', { n }) });
  await form.waitFor();
  const present = form.getByRole('group', { name: fr('record.doc.partnersPresent') });
  for (const p of PARTNERS) await present.getByLabel(p.name, { exact: true }).check();
  await form.getByLabel(new RegExp(`^${fr('record.participants')}`)).fill(r.participants);
  const milestone = form.getByRole('group', { name: 'Première récolte certifiée' });
  await milestone.getByLabel(fr('record.doc.progress')).selectOption({ label: r.milestone });
  const indicator = form.getByRole('group', { name: 'Revenu des producteurs' });
  await indicator.getByLabel(new RegExp(`^${fr('record.doc.actual')}`)).fill(r.income);
  const risk = form.getByRole('group', { name: 'Risque financier à court terme' });
  await risk.getByLabel(fr('doc.risks.status')).selectOption({ label: r.risk.status });
  await risk.getByLabel(fr('doc.risks.likelihood')).selectOption(String(r.risk.likelihood));
  await risk.getByLabel(fr('doc.risks.severity')).selectOption(String(r.risk.severity));
  await risk.getByLabel(fr('record.doc.nextReview')).fill(r.risk.next);
  await form.getByLabel(fr('record.decisions'), { exact: true }).fill(r.decisions);
  await form.getByRole('button', { name: fr('record.ui.addAction') }).click();
  const action = form.getByRole('group', { name: fr('record.ui.actionN', { n: 1 }) });
  await action.getByLabel(new RegExp(`^${fr('record.doc.action')}`)).fill(r.action.text);
  await action.getByLabel(fr('doc.risks.owner')).selectOption({ label: r.action.owner });
  await action.getByLabel(new RegExp(`^${fr('record.doc.due')}`)).fill(r.action.due);
  await form.getByRole('button', { name: fr('record.ui.saveReview') }).click();
  await recordHome(page).waitFor();
  await page.getByText(new RegExp(`^${escapeRe(fr('record.doc.reviewTitle', { n }))} — `)).waitFor();
}

/** One partner, alone in its own browser, opens the project file and answers the health check. */
async function answerHealthAlone(
  browser: Browser,
  url: string,
  file: string,
  partner: (typeof PARTNERS)[number],
): Promise<string> {
  const context = await newQualityContext(browser);
  await setToday(context, '2026-08-28');
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(url);
  await importFile(page, file);
  await openRecord(page);
  const openReview2 = () =>
    page.getByRole('button', { name: fr('record.ui.open', { name: fr('record.doc.reviewTitle', { n: 2 }) }) }).click();
  // Its own view of review 2, in its card, as the per-partner cards of step 2 work.
  await openReview2();
  const review = page.getByRole('form', { name: fr('record.doc.reviewTitle', { n: 2 }) });
  await review
    .getByRole('group', { name: partner.name, exact: true })
    .getByLabel(fr('record.wentWell'))
    .fill(`Vu par ${partner.name}`);
  await review.getByRole('button', { name: fr('record.ui.saveReview') }).click();
  await recordHome(page).waitFor();
  // Then the health check, on its own.
  await openReview2();
  await page.getByRole('button', { name: fr('record.ui.healthAnswer', { name: partner.name }) }).click();
  const form = page.getByRole('form', { name: fr('record.ui.healthFor', { name: partner.name }) });
  for (const q of HEALTH_QUESTION_IDS) {
    await form
      .getByRole('group', { name: fr(`record.health.q.${q}` as MessageKey) })
      .getByLabel(fr(`record.ui.scale.${healthScore(partner.id, q)}` as MessageKey))
      .check();
  }
  await form.getByLabel(fr('record.ui.healthComment')).fill(`Réponses de ${partner.name}`);
  await form.getByRole('button', { name: fr('record.ui.healthSubmit') }).click();
  // Back on the review, its own answers in the table; then its copy goes back by e-mail.
  await page.getByRole('button', { name: fr('record.ui.healthEdit', { name: partner.name }) }).waitFor();
  await waitUntilSaved(page, `Réponses de ${partner.name}`);
  const copy = await exportProject(page, `sante-${partner.id}.cocharte.json`);
  await context.close();
  return copy;
}

describe('a partnership’s life in the app, from signature to the closing decision', { skip: !run }, () => {
  const app = withBrowser();

  it('signs, reviews twice, merges three health checks, co-signs a budget amendment, closes, and every document reads back', async () => {
    const started = Date.now();
    // The company prefinances the harvests: the budget line the amendment will change.
    const project = withPrefinancing(completeProject());
    const fingerprint = await contentFingerprint(project);
    const projectFile = join(dir, 'charte.cocharte.json');
    writeFileSync(projectFile, serializeProject(project));

    const context = await newQualityContext(app.browser);
    await setToday(context, '2026-02-20');
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    // ---- 1. The three partners sign the charter in the app ------------------------------
    await page.goto(app.url);
    await importFile(page, projectFile);
    await page.getByRole('button', { name: 'Passer à la signature' }).click();
    await page.getByRole('heading', { name: fr('signing.title'), exact: true }).waitFor();
    for (const p of PARTNERS) {
      const form = page.getByRole('form', { name: fr('signing.formFor', { name: p.name }) });
      await form.getByLabel(/^Fonction/).fill(p.title);
      await form.getByLabel(/^Lieu/).fill(p.place);
      await form.getByRole('checkbox').check();
      await form.getByRole('button', { name: fr('signing.sign', { name: p.name }) }).click();
      await page.getByRole('button', { name: fr('signing.remove', { name: p.name }) }).waitFor();
    }
    await page.getByText(fr('signing.allSigned', { count: 3 })).waitFor();
    const charterPdf = await download(
      page,
      () => page.getByRole('button', { name: fr('pdf.charter') }).click(),
      'charte.pdf',
    );
    await checkPdf(
      charterPdf,
      ['Filière « riz équitable » Loire – Đà Nẵng', 'Signée par les 3 partenaires', ...PARTNERS.map((p) => p.title)],
      { min: 3, max: 20 },
    );

    // ---- 2. The record opens on the signed charter; the first review is due -------------
    await setToday(context, '2026-06-03');
    await page.reload();
    await openRecord(page);
    await checkChain(page, fingerprint);
    const overdue = page.getByRole('list', { name: fr('record.ui.overdue') });
    await overdue.getByText(fr('record.ui.due.review', { n: 1, date: formatDate('fr', '2026-06-01') })).waitFor();

    await recordReview(page, 1, {
      participants: 'Élise Guérin, Marc Lefèvre, Nguyễn Thị Minh Khai',
      milestone: fr('record.progress.in-progress'),
      income: '126 € par mois',
      risk: { status: fr('riskStatus.in-hand'), likelihood: 2, severity: 3, next: '2026-09-15' },
      decisions: 'Anticiper les documents d’export.',
      action: { text: 'Préparer le dossier douanier', owner: 'Coopérative Œuvre & Sol', due: '2026-08-15' },
    });

    // ---- 3. A quarter later: the second review -------------------------------------------
    await setToday(context, '2026-09-02');
    await page.reload();
    await recordHome(page).waitFor();
    await page.getByText(new RegExp(`^${escapeRe(fr('record.doc.reviewTitle', { n: 1 }))} — `)).waitFor();
    await overdue
      .getByText(
        fr('record.ui.due.action', {
          title: 'Préparer le dossier douanier',
          owner: PARTNERS[1].name,
          date: formatDate('fr', '2026-08-15'),
        }),
      )
      .waitFor();
    await recordReview(page, 2, {
      participants: 'Élise Guérin, Marc Lefèvre, Nguyễn Thị Minh Khai, Lan (traductrice)',
      milestone: fr('record.progress.done'),
      income: '138 € par mois',
      risk: { status: fr('riskStatus.closed'), likelihood: 1, severity: 2, next: '' },
      decisions: 'Ouvrir la filière à une deuxième coopérative.',
      action: { text: 'Visite de la deuxième coopérative', owner: 'Hợp tác xã Sao Biển', due: '2026-11-30' },
    });
    await waitUntilSaved(page, 'Visite de la deuxième coopérative');

    // ---- 4. Each partner answers the health check in its own browser; merged back here ---
    const sent = await exportProject(page, 'apres-bilan-2.cocharte.json');
    const copies: string[] = [];
    for (const p of PARTNERS) copies.push(await answerHealthAlone(app.browser, app.url, sent, p));
    for (const [i, copy] of copies.entries()) {
      const partner = PARTNERS[i]!;
      await importFile(page, copy);
      await page.getByRole('button', { name: fr('share.compare') }).click();
      const compare = page.getByRole('region', { name: fr('collab.merge.title') });
      await compare.waitFor();
      // The received copy differs only in its record: the comparison says so in plain words.
      const recordPart = compare.getByRole('region', { name: fr('collab.merge.group.record') });
      await recordPart.waitFor();
      const review2 = fr('record.doc.reviewTitle', { n: 2 });
      // Exactly what this partner adds (its view and its answers) and what the copies merged
      // before hold and this one does not (kept): nothing rewritten, nothing dropped.
      const said = (what: 'view' | 'health') => [
        ...PARTNERS.slice(0, i).map((p) => fr(`collab.record.${what}.kept`, { name: p.name, review: review2 })),
        fr(`collab.record.${what}.added`, { name: partner.name, review: review2 }),
      ];
      assert.deepEqual(await recordPart.getByRole('listitem').allTextContents(), [...said('view'), ...said('health')]);
      await compare.getByRole('button', { name: fr('collab.merge.apply') }).click();
      await compare.waitFor({ state: 'detached' });
    }
    await openRecord(page);
    await page
      .getByRole('button', { name: fr('record.ui.open', { name: fr('record.doc.reviewTitle', { n: 2 }) }) })
      .click();
    const side = page.getByRole('table', { name: fr('record.ui.healthCompareCaption') });
    const head = await side.getByRole('columnheader').allTextContents();
    assert.deepEqual(head, [fr('record.doc.question'), ...PARTNERS.map((p) => p.name), fr('record.ui.gap')]);
    const voice = side.getByRole('row', { name: new RegExp(escapeRe(fr('record.health.q.southVoice'))) });
    assert.deepEqual(
      (await voice.getByRole('cell').allTextContents()).slice(0, 3),
      PARTNERS.map((p) => String(healthScore(p.id, 'southVoice'))),
    );
    await voice.getByText(fr('record.ui.gapOf', { gap: 3 })).waitFor();
    await page.getByText(new RegExp(`^${escapeRe(fr('record.health.toDiscuss'))}$`)).waitFor();
    await page
      .getByRole('button', { name: fr('record.ui.back') })
      .first()
      .click();
    await recordHome(page).waitFor();
    await waitUntilSaved(page, `Réponses de ${PARTNERS[2].name}`);

    // ---- 5. The amendment ------------------------------------------------------------------
    // The harvest doubles: the company's prefinancing goes from 12 000 € to 15 000 € by an
    // amendment each partner signs; the original charter keeps its own three signatures.
    await setToday(context, '2027-05-02');
    await page.reload();
    await recordHome(page).waitFor();
    const { number } = await draftBudgetAmendment(page, {
      contribution: 1,
      amount: '15000',
      title: 'Préfinancement relevé',
      reason: 'La récolte double : la coopérative a besoin d’une avance plus grande.',
    });
    assert.equal(number, 1);
    await signAmendmentByAll(
      page,
      number,
      PARTNERS.map((p) => ({ partner: p.name, name: `Signataire ${p.name}`, title: p.title, place: p.place })),
    );
    await page
      .getByRole('button', { name: fr('record.ui.back') })
      .first()
      .click();
    await recordHome(page).waitFor();
    await page
      .getByText(fr('record.ui.inForce', { n: 1 }), { exact: false })
      .first()
      .waitFor();
    await checkChain(page, fingerprint);
    await waitUntilSaved(page, 'Préfinancement relevé');

    // ---- 6. End of term: the closing evaluation and the decision, taken together ----------
    await setToday(context, '2029-03-04');
    await page.reload();
    await recordHome(page).waitFor();
    await overdue.getByText(fr('record.ui.due.closing', { date: formatDate('fr', '2029-03-01') })).waitFor();
    await page.getByRole('button', { name: fr('record.ui.closing') }).click();
    const closing = page.getByRole('form', { name: fr('record.doc.closingTitle') });
    for (const p of PARTNERS) {
      await closing
        .getByRole('group', { name: p.name, exact: true })
        .getByLabel(new RegExp(`^${fr('record.closing.results')}`))
        .fill(`Résultats pour ${p.name}`);
    }
    await closing
      .getByRole('group', { name: fr('record.doc.south') })
      .getByLabel(new RegExp(`^${fr('record.closing.results')}`))
      .fill('Revenu des producteurs +15 %');
    await closing.getByLabel(new RegExp(`^${fr('record.closing.lessons')}`)).fill('Anticiper la logistique d’export.');
    await closing.getByLabel(fr('record.decision.replicate')).check();
    await closing.getByLabel(fr('record.closing.replicateWhere')).fill('Cambodge, fleur de sel');
    const agreed = closing.getByRole('group', { name: fr('record.closing.agreedBy') });
    for (const p of PARTNERS) await agreed.getByLabel(p.name, { exact: true }).check();
    await closing.getByRole('button', { name: fr('record.ui.saveClosing') }).click();
    await closing.getByRole('button', { name: fr('record.closing.confirmSave') }).click();
    await recordHome(page).waitFor();
    await page
      .getByText(
        `${fr('record.doc.closingTitle')} — ${formatDate('fr', '2029-03-04')} — ${fr('record.decision.replicate')}`,
      )
      .waitFor();
    // Decided: nothing is due any more, and no new review is offered.
    await page.getByText(fr('record.ui.nothingDue')).waitFor();
    assert.equal(await page.getByRole('button', { name: fr('record.ui.newReview') }).count(), 0);
    await waitUntilSaved(page, 'Cambodge, fleur de sel');

    // ---- 7. After a reload: the chain holds and every document reads back ----------------
    await page.reload();
    await recordHome(page).waitFor();
    await checkChain(page, fingerprint);
    const pdfOf = (name: string, file: string) =>
      download(page, () => page.getByRole('button', { name: fr('record.ui.pdf', { name }) }).click(), file);
    const review1 = await pdfOf(fr('record.doc.reviewTitle', { n: 1 }), 'bilan-1.pdf');
    await checkPdf(
      review1,
      [
        upper(fr('record.doc.reviewTitle', { n: 1 })),
        'Élise Guérin, Marc Lefèvre, Nguyễn Thị Minh Khai',
        shortFingerprint(fingerprint),
        'Première récolte certifiée',
        fr('record.progress.in-progress'),
        'Revenu des producteurs',
        '126 € par mois',
        fr('record.doc.matrixBefore'),
        fr('record.doc.matrixNow'),
        'Risque financier à court terme',
        'Anticiper les documents d’export.',
        'Préparer le dossier douanier',
      ],
      { min: 1, max: 6 },
    );
    const review2 = await pdfOf(fr('record.doc.reviewTitle', { n: 2 }), 'bilan-2.pdf');
    await checkPdf(
      review2,
      [
        upper(fr('record.doc.reviewTitle', { n: 2 })),
        'Lan (traductrice)',
        fr('record.progress.done'),
        '126 € par mois',
        '138 € par mois',
        fr('riskStatus.closed'),
        fr('record.doc.views'),
        ...PARTNERS.map((p) => `Vu par ${p.name}`),
        'Ouvrir la filière à une deuxième coopérative.',
        'Visite de la deuxième coopérative',
        fr('record.health.title'),
        ...PARTNERS.map((p) => p.name),
        fr('record.health.toDiscuss'),
      ],
      { min: 1, max: 8 },
    );
    const amendmentPdf = await pdfOf(fr('record.doc.amendmentTitle', { n: 1 }), 'avenant-1.pdf');
    await checkPdf(
      amendmentPdf,
      [
        upper(fr('record.doc.amendmentTitle', { n: 1 })),
        'Préfinancement relevé',
        'La récolte double',
        '12 000',
        '15 000',
        ...PARTNERS.map((p) => p.name),
      ],
      { min: 1, max: 4 },
    );
    const closingPdf = await pdfOf(fr('record.doc.closingTitle'), 'bilan-de-fin.pdf');
    await checkPdf(
      closingPdf,
      [
        upper(fr('record.doc.closingTitle')),
        fr('record.decision.replicate'),
        ...PARTNERS.map((p) => `Résultats pour ${p.name}`),
        'Revenu des producteurs +15 %',
        'Anticiper la logistique d’export.',
      ],
      { min: 1, max: 6 },
    );
    // The charter itself is still the signed one: same text, same three signatures.
    await page.getByRole('button', { name: fr('record.ui.backToCharter') }).click();
    const charterAgain = await download(
      page,
      () => page.getByRole('button', { name: fr('pdf.charter') }).click(),
      'charte-fin.pdf',
    );
    await checkPdf(charterAgain, ['Signée par les 3 partenaires', ...PARTNERS.map((p) => p.title)], {
      min: 3,
      max: 20,
    });

    assert.deepEqual(errors, []);
    await context.close();
    console.log(`# FIGURE record journey: ${Math.round((Date.now() - started) / 100) / 10} s`);
  });
});
