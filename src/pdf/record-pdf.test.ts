// @vitest-environment node
import '../i18n/register-en';
import { describe, expect, it } from 'vitest';
import { recordDocumentSource, type RecordDocumentRequest } from '../domain/record-documents';
import { shortFingerprint } from '../domain/fingerprint';
import { checkChain, withAmendment } from '../domain/record-amendments';
import { closedProject, laboratoryJoins, NEW_BUDGET } from '../testing/record-fixtures';
import { findInOrder, loadFonts, qpdfCheck, readPdf, readPdfItems } from '../testing/pdf-test-support';
import { renderRecordPdf } from './render-record';
import type { Locale } from '../i18n/i18n';
import type { DraftProject } from '../schemas/project.schema';

const fonts = loadFonts();
const NOW = new Date('2029-03-21T10:00:00Z');

async function render(request: RecordDocumentRequest, locale: Locale = 'fr', edit?: (p: DraftProject) => void) {
  const project = await closedProject();
  edit?.(project);
  const source = await recordDocumentSource(project, request);
  const bytes = renderRecordPdf(source.project, request, {
    locale,
    fonts,
    fingerprint: source.fingerprint,
    parties: source.parties,
    now: NOW,
  });
  return { bytes, pages: await readPdf(bytes), fingerprint: source.fingerprint, project };
}

const all = (pages: { text: string }[]) => pages.map((p) => p.text).join('\n');

describe('record PDFs', () => {
  it('writes the review report: indicators against baseline and target, the matrix then and now, decisions and actions', async () => {
    const { bytes, pages, fingerprint } = await render({ kind: 'review', number: 2 });
    expect(qpdfCheck(bytes)).toMatch(/No syntax or stream encoding errors/);
    const text = all(pages);
    expect(
      findInOrder(text, [
        'BILAN N° 2',
        'Avancement des jalons',
        'Indicateurs',
        'Revenu moyen des sauniers',
        '120 € par mois',
        '126 € par mois',
        '138 € par mois',
        '+20 % en trois ans',
        'Matrice avant ce bilan',
        'Matrice après ce bilan',
        'Santé du partenariat',
        'À discuter ensemble',
        'Qu’est-ce qui explique cet écart',
      ]).filter((x) => x.at < 0),
    ).toEqual([]);
    // Every page says which version of the charter was in force.
    for (const page of pages) expect(page.text).toContain(shortFingerprint(fingerprint));
    expect(pages.every((p) => Math.round(p.width) === 595)).toBe(true);
  });

  it('says who answered a low score and prints each partner’s health-check comment', async () => {
    const onlySouth = (p: DraftProject) => {
      const review = p.record.reviews[1]!;
      const south = review.health.find((h) => h.partnerId === 'south')!;
      review.health = [{ ...south, comment: 'Le partenaire du Sud n’est pas assez consulté.' }];
    };
    const { pages } = await render({ kind: 'review', number: 2 }, 'fr', onlySouth);
    const text = all(pages);
    expect(
      findInOrder(text, [
        'Santé du partenariat',
        'Le partenaire du Sud pèse réellement dans les décisions.',
        'Commentaires des partenaires',
        'Hợp tác xã Sao Biển',
        'Le partenaire du Sud n’est pas assez consulté.',
        'À discuter ensemble',
        'Hợp tác xã Sao Biển, seul partenaire à avoir répondu, donne 2 ou moins.',
      ]).filter((x) => x.at < 0),
    ).toEqual([]);
    expect(text).not.toMatch(/tous\s+les\s+partenaires\s+donnent/);
    const en = all((await render({ kind: 'review', number: 2 }, 'en', onlySouth)).pages);
    expect(
      findInOrder(en, [
        'Partners’ comments',
        'Le partenaire du Sud n’est pas assez consulté.',
        'the only partner to have answered',
      ]).filter((x) => x.at < 0),
    ).toEqual([]);
    expect(en).not.toMatch(/every\s+partner\s+gives/);
  });

  it('puts the two matrices one after the other, "before" above "after"', async () => {
    const { bytes } = await render({ kind: 'review', number: 1 });
    const items = await readPdfItems(bytes);
    const before = items.find((i) => i.str.includes('Matrice avant ce bilan'))!;
    const after = items.find((i) => i.str.includes('Matrice après ce bilan'))!;
    expect(before.page * 10_000 - before.y).toBeLessThan(after.page * 10_000 - after.y);
  });

  it('writes the amendment with its changes and its own signatures on its own fingerprint', async () => {
    const { bytes, pages, fingerprint, project } = await render({ kind: 'amendment', number: 1 });
    expect(qpdfCheck(bytes)).toMatch(/No syntax or stream encoding errors/);
    const text = all(pages);
    const chain = await checkChain(project);
    expect(chain.versions[1]!.signedFingerprint).toBe(fingerprint);
    expect(
      findInOrder(text, [
        'AVENANT N° 1',
        'Apport financier revu',
        'Version modifiée',
        chain.versions[0]!.fingerprint.slice(0, 16),
        'Modifications',
        '15 000 € par an',
        NEW_BUDGET,
        'Empreinte de l’avenant',
        fingerprint.slice(0, 16),
        'Signataire asso',
        'Signataire company',
        'Signataire south',
      ]).filter((x) => x.at < 0),
    ).toEqual([]);
  });

  it('shows the record the signature rule counts: a record on another text before it does not stand for the partner', async () => {
    const staleFirst = (p: DraftProject) => {
      const amendment = p.record.amendments[0]!;
      const asso = amendment.signatures.find((s) => s.partnerId === 'asso')!;
      amendment.signatures = [
        { ...asso, signatoryName: 'Ancien signataire', fingerprint: 'f'.repeat(64) },
        ...amendment.signatures,
      ];
    };
    const text = all((await render({ kind: 'amendment', number: 1 }, 'fr', staleFirst)).pages);
    expect(text).toContain('Signataire asso');
    expect(text).not.toContain('Ancien signataire');
    expect(text).not.toMatch(/autre\s+version/);
  });

  it('gives a box to a partner the amendment adds: every party of the two texts signs it, as on screen', async () => {
    const project = await closedProject();
    const draft = await laboratoryJoins(project, { id: 'am2', date: '2029-04-02' });
    const amended = withAmendment(project, draft);
    const request = { kind: 'amendment', number: 2 } as const;
    const source = await recordDocumentSource(amended, request);
    const bytes = renderRecordPdf(source.project, request, {
      locale: 'fr',
      fonts,
      fingerprint: source.fingerprint,
      parties: source.parties,
      now: NOW,
    });
    const text = all(await readPdf(bytes));
    expect(findInOrder(text, ['Empreinte de l’avenant', 'Laboratoire des Salines']).filter((x) => x.at < 0)).toEqual(
      [],
    );
  });

  it('keeps the amendment’s signature heading, intro and first row of boxes together, and heads a continued page', async () => {
    const { pages } = await render({ kind: 'amendment', number: 1 });
    const withCards = pages
      .map((p, i) => ({ i, text: p.text }))
      .filter((p) => /Signataire (asso|company|south)/.test(p.text));
    const first = withCards[0]!;
    expect(first.text).toMatch(/Signatures\n/);
    expect(first.text).toContain('En signant, chaque partenaire approuve l’avenant n° 1');
    for (const later of withCards.slice(1)) expect(later.text).toContain('Signatures (suite)');
    expect(withCards.length).toBeGreaterThan(1);
  });

  it('writes the closing report with the decision and what the charter says about the end', async () => {
    const { bytes, pages } = await render({ kind: 'closing' });
    expect(qpdfCheck(bytes)).toMatch(/No syntax or stream encoding errors/);
    expect(
      findInOrder(all(pages), [
        'BILAN DE FIN DE PARTENARIAT',
        'Le dupliquer ailleurs',
        'Résultats et impacts pour chaque partenaire',
        'Résultats de asso',
        'Pour les acteurs du Sud',
        'Revenu des sauniers +15 %',
        'Enseignements',
        'Cambodge, fleur de sel',
        'Fin du partenariat',
        'préavis de six mois',
        'Les outils de formation restent à la coopérative.',
      ]).filter((x) => x.at < 0),
    ).toEqual([]);
    // Said once, in the summary: its own section gives the details, not the decision again.
    expect(all(pages).match(/Le dupliquer ailleurs/g)).toHaveLength(1);
  });

  it('writes the review report in English', async () => {
    const { pages } = await render({ kind: 'review', number: 2 }, 'en');
    expect(
      findInOrder(all(pages), ['REVIEW NO. 2', 'Baseline', 'Matrix before this review']).filter((x) => x.at < 0),
    ).toEqual([]);
  });
});
