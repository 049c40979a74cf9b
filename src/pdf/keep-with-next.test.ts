// @vitest-environment node
// A heading never ends a page with only its intro while what it introduces starts the
// next one; a partner's sub-heading keeps its fields; a report section does not leave its
// last lines alone on a page (layout audit, items 2, 3 and 4).
import '../i18n/register-en';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentFingerprint } from '../domain/fingerprint';
import { recordDocumentSource, type RecordDocumentRequest } from '../domain/record-documents';
import type { Locale } from '../i18n/i18n';
import { receiveProjectText } from '../persistence/project-file';
import type { DraftProject } from '../schemas/project.schema';
import { makeExtremeProject } from '../testing/extreme-fixture';
import { loadFonts, readPdfItems, type PdfTextItem } from '../testing/pdf-test-support';
import { closedProject } from '../testing/record-fixtures';
import { makeProject } from '../testing/test-fixtures';
import { drawSection } from './draw-blocks';
import { createContext, renderCharterPdf } from './render-pdf';
import { renderRecordPdf } from './render-record';
import { loadExampleFile } from '../testing/example-files';

const fonts = loadFonts();
const NOW = new Date('2026-03-07T00:00:00Z');
const PT = 72 / 25.4;
const flat = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ').trim();

const example = loadExampleFile;

async function charterItems(project: DraftProject, locale: Locale = 'fr'): Promise<PdfTextItem[]> {
  const fingerprint = await contentFingerprint(project);
  return bodyItems(await readPdfItems(renderCharterPdf(project, { locale, fonts, fingerprint, now: NOW })));
}

async function recordItems(
  request: RecordDocumentRequest,
  locale: Locale,
  project?: DraftProject,
): Promise<PdfTextItem[]> {
  const source = await recordDocumentSource(project ?? (await closedProject()), request);
  const bytes = renderRecordPdf(source.project, request, { locale, fonts, fingerprint: source.fingerprint, now: NOW });
  return bodyItems(await readPdfItems(bytes));
}

/** Items between the margins: no running header or footer (A4 portrait). */
function bodyItems(items: PdfTextItem[]): PdfTextItem[] {
  return items.filter((i) => i.y > 22 * PT && i.y < 842 - 24 * PT && i.str.trim() !== '');
}

function indexOf(items: PdfTextItem[], text: string, from = 0): number {
  // The whole item, or its first words: "Question" is not "Questions proposées…".
  const at = items.findIndex((i, n) => n >= from && (flat(i.str) === text || flat(i.str).startsWith(`${text} `)));
  if (at < 0) throw new Error(`"${text}" not found`);
  return at;
}

/** Page of `heading` and of the first `follower` drawn after it. */
function pages(items: PdfTextItem[], heading: string, follower: string): [number, number] {
  const h = indexOf(items, heading);
  return [items[h]!.page, items[indexOf(items, follower, h + 1)]!.page];
}

describe('a heading and its intro stay with what they introduce', () => {
  it('Article 10 of Terrena: the heading, the intro and the whole matrix share a page', async () => {
    const items = await charterItems(example('terrena-afdi-cobsac.cocharte.json'));
    const [heading, matrixTop] = pages(items, 'Article 10 — Risques', '4 — Très élevé');
    expect(matrixTop).toBe(heading);
    expect(pages(items, 'Article 10 — Risques', 'Gravité')[1]).toBe(heading);
  });

  it('Article 8 of Terrena: the dates stay with the timeline that follows', async () => {
    const items = await charterItems(example('terrena-afdi-cobsac.cocharte.json'));
    const [heading, timeline] = pages(items, 'Article 8 — Suivi du partenariat', 'Calendrier');
    expect(timeline).toBe(heading);
  });

  it.each(['paratronic-corail-onep.cocharte.json', 'paratronic-corail-onep.en.cocharte.json'])(
    'Article 5 of %s: the heading and intro come with the table head and first row',
    async (file) => {
      const items = await charterItems(example(file));
      const h = indexOf(items, 'Article 5 — Apports des Parties');
      const head = indexOf(items, 'Description', h + 1);
      const firstRow = indexOf(items, 'Paratronic', head + 1);
      expect(items[head]!.page).toBe(items[h]!.page);
      expect(items[firstRow]!.page).toBe(items[h]!.page);
    },
  );
});

describe('a partner’s sub-heading keeps its fields', () => {
  it('every block of Coopérative Sel d’Œuvre SAS (articles 1 and 3) is on one page with its sub-heading', async () => {
    const items = await charterItems(makeProject());
    const subs = items.flatMap((i, n) =>
      n > indexOf(items, 'Article 1') && i.size >= 10.5 && flat(i.str) === 'Coopérative Sel d’Œuvre SAS' ? [n] : [],
    );
    expect(subs.length).toBeGreaterThanOrEqual(2);
    for (const sub of subs) {
      // The block ends at the next sub-heading or heading (bold, 11 pt or more).
      let end = sub + 1;
      while (end < items.length && items[end]!.size < 10.5) end++;
      expect(end - sub).toBeGreaterThan(2);
      for (const item of items.slice(sub, end)) expect(item.page, item.str).toBe(items[sub]!.page);
    }
  });

  it('Région Pays de la Loire in the extreme project: not alone with one line', async () => {
    const items = await charterItems(makeExtremeProject());
    const sub = indexOf(items, 'Région Pays de la Loire', indexOf(items, 'Article 1'));
    const following = items.slice(sub + 1, sub + 8).filter((i) => i.size < 10.5);
    const lines = new Set(following.filter((i) => i.page === items[sub]!.page).map((i) => Math.round(i.y)));
    expect(lines.size).toBeGreaterThanOrEqual(3);
  });
});

describe('review reports', () => {
  it('review 1 (fr): « Santé du partenariat » and its intro open the page of its table', async () => {
    // The project file the audit read (its review 1 has the health table).
    const text = readFileSync(
      new URL('../../tests/fixtures/project-files/v2-record.cocharte.json', import.meta.url),
      'utf8',
    );
    const parsed = await receiveProjectText(text);
    if (!parsed.ok) throw new Error(parsed.error);
    const items = await recordItems({ kind: 'review', number: 1 }, 'fr', parsed.project);
    const [heading, table] = pages(items, 'Santé du partenariat', 'Question');
    expect(table).toBe(heading);
  });

  it('review 2 (en): the last section does not leave “To discuss together” alone on the last page', async () => {
    const items = await recordItems({ kind: 'review', number: 2 }, 'en');
    const last = items.at(-1)!.page;
    const lines = new Set(items.filter((i) => i.page === last).map((i) => Math.round(i.y)));
    expect(lines.size).toBeGreaterThan(5);
    const [heading, tail] = pages(items, 'Partnership health', 'To discuss together');
    expect(tail).toBe(heading);
  });
});

it('a sub-heading over a list keeps two of its lines, or all when it has fewer (extreme project)', async () => {
  const items = await charterItems(makeExtremeProject());
  let checked = 0;
  items.forEach((heading, sub) => {
    if (heading.size < 10.5 || !items[sub + 1]?.str.startsWith('•')) return;
    let end = sub + 1;
    while (end < items.length && items[end]!.size < 10.5) end++;
    const block = items.slice(sub + 1, end);
    const lines = (page?: number) =>
      new Set(block.filter((i) => page === undefined || i.page === page).map((i) => `${i.page}:${Math.round(i.y)}`))
        .size;
    expect(lines(heading.page), heading.str).toBeGreaterThanOrEqual(Math.min(2, lines()));
    checked++;
  });
  expect(checked).toBeGreaterThan(5);
});

it('a sub-heading near the page foot takes two list items with it, not one', async () => {
  const ctx = createContext({ fonts }, 'portrait');
  // Room for the heading, the sub-heading and one line: not for two.
  ctx.y = ctx.box().bottom - 26;
  drawSection(ctx, 'Article 7 — Impacts', [
    { type: 'subheading', text: 'Impacts attendus au Sud' },
    { type: 'list', items: ['Revenus des producteurs sécurisés', 'Montée en compétences', 'Emplois locaux'] },
  ]);
  const items = await readPdfItems(new Uint8Array(ctx.doc.output('arraybuffer')));
  const page = (text: string) => items.find((i) => i.str === text)!.page;
  expect(page('Montée en compétences')).toBe(page('Impacts attendus au Sud'));
  expect(page('Revenus des producteurs sécurisés')).toBe(page('Impacts attendus au Sud'));
});

it('a heading over a fields block almost a page tall starts where it is, never after a blank page', async () => {
  const ctx = createContext({ fonts }, 'portrait');
  // As at the top of a page: the fields fit a page, but not with the heading above them.
  const room = ctx.box().bottom - ctx.box().top;
  const count = Math.floor(room / 5.96);
  drawSection(ctx, 'Article 1 — Les partenaires', [
    { type: 'fields', items: Array.from({ length: count }, (_, i) => ({ label: `Champ ${i + 1}`, value: 'Valeur' })) },
  ]);
  const items = await readPdfItems(new Uint8Array(ctx.doc.output('arraybuffer')));
  expect(items.find((i) => i.str === 'Article 1 — Les partenaires')!.page).toBe(1);
  expect(items.find((i) => i.str === 'Champ 1')!.page).toBe(1);
});
