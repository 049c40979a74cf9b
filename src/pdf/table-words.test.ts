// @vitest-environment node
// Table cells never cut a word without a hyphen, and keep a date or "(1 à 4)" on one line
// when the column can hold it (layout audit, items 1 and 6).
import { beforeAll, describe, expect, it } from 'vitest';
import { recordDocumentSource } from '../domain/record-documents';
import { closedProject } from '../testing/record-fixtures';
import { makeAgreementProject } from '../testing/agreement-fixture';
import { makeProject } from '../testing/test-fixtures';
import { loadFonts, readPdfItems, type PdfTextItem } from '../testing/pdf-test-support';
import { FONT, fitTable } from './pdf-context';
import { createContext, renderRiskChecklistPdf } from './render-pdf';
import { renderRecordPdf } from './render-record';
import { renderWorksheetPdf } from './render-worksheet';

const fonts = loadFonts();
const NOW = new Date('2026-03-07T00:00:00Z');
const flat = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

function textWidth(text: string, size: number, bold = false): number {
  const ctx = createContext({ fonts }, 'portrait');
  ctx.doc.setFont(FONT, bold ? 'bold' : 'normal');
  ctx.doc.setFontSize(size);
  return ctx.doc.getTextWidth(text);
}

describe('fitTable', () => {
  const ctx = createContext({ fonts }, 'portrait');
  const padding = 1.8;

  it('widens a column to its longest body word, taking room from the others', () => {
    const { widths } = fitTable(ctx, {
      head: ['N°', 'Statut', 'Commentaire'],
      rows: [['1', 'En cours de traitement', 'Rien à signaler pour le moment, tout va bien.']],
      weights: [1, 1, 8],
      total: 100,
      size: 9,
      padding,
    });
    expect(widths[1]).toBeGreaterThanOrEqual(textWidth('traitement', 9) + 2 * padding);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 5);
  });

  it('keeps a date and a bracketed scale whole when the columns can hold them', () => {
    const { widths, rows, head } = fitTable(ctx, {
      head: ['Jalon', 'Échéance', 'Gravité (1 à 4)'],
      rows: [['Première mission de terrain', '1er sept. 2026', '3']],
      weights: [6, 1, 1],
      total: 120,
      size: 9,
      padding,
    });
    expect(flat(rows[0]![1]!)).toBe('1er sept. 2026');
    expect(rows[0]![1]).not.toContain(' ');
    expect(widths[1]).toBeGreaterThanOrEqual(textWidth('1er sept. 2026', 9) + 2 * padding);
    expect(head[2]).toContain('(1\u00a0à\u00a04)');
    expect(widths[2]).toBeGreaterThanOrEqual(textWidth('(1 à 4)', 9, true) + 2 * padding);
  });

  it('breaks a word too long for any share of the page with a visible hyphen', () => {
    const word = 'Anticonstitutionnellement';
    const { widths, rows } = fitTable(ctx, {
      head: ['A', 'B', 'C', 'D'],
      rows: [[word, word, word, word]],
      weights: [1, 1, 1, 1],
      total: 60,
      size: 9,
      padding,
    });
    ctx.doc.setFont(FONT, 'normal');
    ctx.doc.setFontSize(9);
    rows[0]!.forEach((cell, i) => {
      const inner = widths[i]! - 2 * padding;
      const lines = ctx.doc.splitTextToSize(cell, inner + 0.35) as string[];
      expect(lines.length).toBeGreaterThan(1);
      expect(lines.join('').replace(/-/g, '')).toBe(word);
      for (const line of lines.slice(0, -1)) expect(line).toMatch(/-$/);
    });
  });
});

/** The item holding `needle` whole, NBSPs read as spaces. */
const find = (items: PdfTextItem[], needle: string) => items.find((i) => flat(i.str).includes(needle));

describe('tables of the review report (French)', () => {
  let items: PdfTextItem[];
  beforeAll(async () => {
    const project = await closedProject();
    const request = { kind: 'review', number: 1 } as const;
    const source = await recordDocumentSource(project, request);
    const bytes = renderRecordPdf(source.project, request, {
      locale: 'fr',
      fonts,
      fingerprint: source.fingerprint,
      now: NOW,
    });
    items = await readPdfItems(bytes);
  }, 30_000);

  it('writes « traitement » whole in the Statut column', () => {
    const status = items.find((i) => i.str === 'Statut');
    const word = items.find((i) => /traitement/.test(i.str));
    expect(status, 'Statut head').toBeDefined();
    expect(word, 'traitement on one line').toBeDefined();
    expect(word!.page).toBe(status!.page);
    expect(Math.abs(word!.x - status!.x)).toBeLessThan(1);
    expect(items.some((i) => i.str.trim() === 'ment')).toBe(false);
  });

  it('keeps each due date on one line', () => {
    for (const date of ['15 juin 2026', '30 nov. 2026', '1er juin 2027', '1er févr. 2027'])
      expect(find(items, date), date).toBeDefined();
  });
});

it('keeps « 1er sept. 2026 » on one line in the checklist of the agreement', async () => {
  const bytes = renderRiskChecklistPdf(makeAgreementProject(), { locale: 'fr', fonts, fingerprint: '', now: NOW });
  const items = await readPdfItems(bytes);
  const date = find(items, '1er sept. 2026');
  expect(date).toBeDefined();
  const head = items.find((i) => i.page === date!.page && i.str === 'Revue le');
  expect(Math.abs(date!.x - head!.x)).toBeLessThan(1);
});

it('keeps « (1 à 4) » with its word in the worksheet heads', async () => {
  const items = await readPdfItems(renderWorksheetPdf({ fonts, locale: 'fr', step: 'all', now: NOW }));
  expect(find(items, 'Gravité (1 à 4)') ?? find(items, '(1 à 4)')).toBeDefined();
  expect(items.some((i) => flat(i.str).trim() === 'à 4)')).toBe(false);
});

it('breaks an over-long word in the checklist with a hyphen, in drawn and autotable cells alike', async () => {
  const project = makeProject();
  const word = 'Surindustrialisationdesmaraissalantsdelapresquîleguérandaise';
  project.impacts.risks[0]!.title = `Risque de ${word}`;
  project.impacts.risks[0]!.mitigation = word;
  project.partners.partners.find((p) => p.id === 'company')!.name = 'Coopérativesaunièreintercommunale';
  const bytes = renderRiskChecklistPdf(project, { locale: 'fr', fonts, fingerprint: '', now: NOW });
  const items = await readPdfItems(bytes);
  for (const whole of [word, 'Coopérativesaunièreintercommunale']) {
    const start = whole.slice(0, 12);
    const first = items.findIndex((i) => i.str.includes(start));
    expect(first, start).toBeGreaterThanOrEqual(0);
    // The pieces, in order, each but the last ending with a hyphen, make the word again.
    const pieces: string[] = [];
    for (let n = first, rest = whole; rest !== '' && n < items.length; n++) {
      const s = items[n]!.str.replace(/^Risque de /, '');
      if (s.trim() === '') continue;
      const body = s.endsWith('-') ? s.slice(0, -1) : s;
      if (!rest.startsWith(body)) continue;
      pieces.push(s);
      rest = rest.slice(body.length);
    }
    expect(pieces.length, whole).toBeGreaterThan(1);
    expect(pieces.map((p) => p.replace(/-$/, '')).join('')).toBe(whole);
    for (const p of pieces.slice(0, -1)) expect(p, whole).toMatch(/-$/);
  }
});
