// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { STEP_IDS } from '../content/catalogues';
import { GUIDANCE } from '../content/guidance';
import { createTranslator, type MessageKey } from '../i18n/i18n';
import { worksheetFileName } from '../document/file-name';
import { renderWorksheetPdf } from './render-worksheet';
import { buildWorksheetModel, type SourcedLine } from '../document/worksheet-model';
import {
  loadFonts,
  normalizeForSearch,
  qpdfCheck,
  readPdf,
  readPdfItems,
  type PdfPageText,
  type PdfTextItem,
} from '../testing/pdf-test-support';

const NOW = new Date('2026-03-07T00:00:00Z');
const fonts = loadFonts();
const pagesOf: Record<string, PdfPageText[]> = {};
let all: Uint8Array;

beforeAll(async () => {
  for (const step of STEP_IDS)
    pagesOf[step] = await readPdf(renderWorksheetPdf({ fonts, locale: 'fr', step, now: NOW }));
  all = renderWorksheetPdf({ fonts, locale: 'fr', step: 'all', now: NOW });
  pagesOf.all = await readPdf(all);
});

const flat = (pages: PdfPageText[]) => normalizeForSearch(pages.map((p) => p.text).join('\n'));

/**
 * The text items that draw `needle` (whitespace ignored, lines wrapped across items), the
 * first one at or after `from`; null when it is not drawn in one run.
 */
function itemsOf(items: PdfTextItem[], needle: string, from = 0): { first: number; last: number } | null {
  const norm = items.map((it) => normalizeForSearch(it.str));
  const want = normalizeForSearch(needle);
  for (let first = from; first < items.length; first++) {
    if (norm[first] === '' || !want.startsWith(norm[first]!)) continue;
    let got = '';
    for (let last = first; last < items.length && want.startsWith(got + norm[last]); last++) {
      got += norm[last];
      if (got === want) return { first, last };
    }
  }
  return null;
}

/** Where a text of the guide and its source line are drawn: the source's items follow the text's. */
function placed(items: PdfTextItem[], line: SourcedLine, from: number) {
  const text = itemsOf(items, line.text, from);
  const source = text && itemsOf(items, line.source, text.last + 1);
  // pdf.js reports empty items at line starts: only those may come in between.
  const between = text && source ? items.slice(text.last + 1, source.first) : [];
  return { text: text!, source: source!, follows: between.every((it) => it.str.trim() === '') };
}

describe('blank worksheets', () => {
  it.each(STEP_IDS)('%s: title, purpose and every key question, in French', (step) => {
    const t = createTranslator('fr');
    const text = flat(pagesOf[step]!);
    expect(text).toContain(normalizeForSearch(t(`step.${step}` as MessageKey)));
    expect(text).toContain(normalizeForSearch(t(GUIDANCE[step].purposeKey)));
    for (const key of GUIDANCE[step].questionKeys) expect(text).toContain(normalizeForSearch(t(key)));
    expect(text).toContain(normalizeForSearch('À compléter'));
  });

  it('puts the five steps in one file, each on its own pages, numbered throughout', () => {
    const sum = STEP_IDS.reduce((n, step) => n + pagesOf[step]!.length, 0);
    expect(pagesOf.all!.length).toBe(sum);
    for (const step of STEP_IDS) expect(pagesOf[step]!.length).toBeGreaterThanOrEqual(1);
    pagesOf.all!.forEach((page, i) => expect(page.text).toContain(`page ${i + 1} / ${sum}`));
    expect(pagesOf.all![0]!.width).toBeLessThan(pagesOf.all![0]!.height);
  });

  it.each(['fr', 'en'] as const)(
    'prints each text of the guide with its source line, in the app’s words, right under it on the same page (%s)',
    async (locale) => {
      const t = createTranslator(locale);
      const items = await readPdfItems(renderWorksheetPdf({ fonts, locale, step: 'all', now: NOW }));
      const model = buildWorksheetModel('all', t, locale);
      let from = 0;
      for (const section of model.sections) {
        for (const line of [section.purpose, ...section.questions]) {
          const at = placed(items, line, from);
          expect(at.text, line.text).not.toBeNull();
          expect(at.source, line.source).not.toBeNull();
          expect(at.follows, line.source).toBe(true);
          const text = items[at.text.last]!;
          const source = items[at.source.first]!;
          // Same page, just below the text's last line, aligned with the text.
          expect(source.page, line.text).toBe(text.page);
          expect(source.y).toBeLessThan(text.y);
          expect(text.y - source.y).toBeLessThan(text.size * 1.6);
          expect(source.x).toBeCloseTo(items[at.text.first]!.x, 0);
          expect(source.size).toBeLessThan(text.size);
          // A source line is one line, never cut across pages.
          expect(items[at.source.last]!.page).toBe(source.page);
          from = at.source.last + 1;
        }
      }
      // The guide's words are told from Cocharte's, as in the app (partners, question 4).
      const partners = model.sections[0]!;
      expect(partners.questions[3]!.source).toBe(
        locale === 'fr'
          ? 'Suggestion de Cocharte (ne vient pas du guide)'
          : 'Cocharte’s suggestion (not from the guide)',
      );
      expect(partners.questions[0]!.source).toBe(
        locale === 'fr'
          ? 'Source\u00a0: le guide, «\u00a0Identifier les partenaires\u00a0»'
          : 'Source: the guide, “Identifier les partenaires”',
      );
    },
  );

  it('keeps the questions’ heading with the first question, on every sheet', async () => {
    const t = createTranslator('fr');
    const items = await readPdfItems(all);
    const heading = t('doc.worksheet.questions');
    const headings = items.filter((it) => it.str === heading);
    expect(headings).toHaveLength(STEP_IDS.length);
    STEP_IDS.forEach((step, i) => {
      const first = itemsOf(items, t(GUIDANCE[step].questionKeys[0]!), items.indexOf(headings[i]!));
      expect(first).not.toBeNull();
      expect(items[first!.first]!.page).toBe(headings[i]!.page);
    });
  });

  it.each([...STEP_IDS, 'all'] as const)(
    'keeps the grid to fill in whole on one page, with its heading (%s)',
    async (step) => {
      // It was split: the risk grid's fifth row alone on a last page, under a repeated head.
      const t = createTranslator('fr');
      const items = await readPdfItems(renderWorksheetPdf({ fonts, locale: 'fr', step, now: NOW }));
      const model = buildWorksheetModel(step, t, 'fr');
      const headings = items.filter((it) => it.str === t('doc.worksheet.grid'));
      expect(headings).toHaveLength(model.sections.length);
      model.sections.forEach((section, i) => {
        const heading = headings[i]!;
        // The grid's head is drawn once, on its heading's page: no continuation on the next page.
        const firstHead = section.grid.head[0]!.split(/\s/)[0]!;
        const heads = items.filter(
          (it) =>
            it.str === firstHead &&
            it.page >= heading.page &&
            (headings[i + 1] ? it.page < headings[i + 1]!.page : true),
        );
        expect(heads.length, section.title).toBeGreaterThanOrEqual(1);
        expect(
          heads.filter((it) => it.page !== heading.page),
          section.title,
        ).toEqual([]);
      });
    },
  );

  it('names the step at the foot of every page, so a sheet handed out alone says which step it is', async () => {
    const t = createTranslator('fr');
    const pages = pagesOf.all!;
    const model = buildWorksheetModel('all', t, 'fr');
    let section = -1;
    pages.forEach((page) => {
      const starts = model.sections.findIndex((s) =>
        normalizeForSearch(page.text).includes(normalizeForSearch(s.stepLabel.toUpperCase())),
      );
      if (starts > section) section = starts;
      const s = model.sections[section]!;
      expect(normalizeForSearch(page.text)).toContain(normalizeForSearch(`${s.stepLabel} · ${s.title}`));
    });
  });

  it('says under the risk grid that its 1-to-4 scales are Cocharte’s, not the guide’s, and only there', () => {
    const note = normalizeForSearch('Échelles de 1 à 4\u00a0: Suggestion de Cocharte (ne vient pas du guide)');
    expect(flat(pagesOf.impacts!)).toContain(note);
    for (const step of STEP_IDS.filter((s) => s !== 'impacts')) expect(flat(pagesOf[step]!)).not.toContain(note);
  });

  it('is a valid PDF according to qpdf', () => {
    expect(qpdfCheck(all)).toMatch(/No syntax or stream encoding errors/);
  });

  it('speaks English when asked, scales included', async () => {
    const t = createTranslator('en');
    const text = flat(await readPdf(renderWorksheetPdf({ fonts, locale: 'en', step: 'impacts', now: NOW })));
    for (const key of GUIDANCE.impacts.questionKeys) expect(text).toContain(normalizeForSearch(t(key)));
    expect(text).toContain(normalizeForSearch('Likelihood (1 to 4)'));
    expect(text).toContain(normalizeForSearch('STEP 5 OF 5'));
  });

  it('has short, stable file names', () => {
    expect(worksheetFileName('followUp', 'fr')).toBe('fiche-atelier-follow-up.pdf');
    expect(worksheetFileName('all', 'en')).toBe('worksheet-all-steps.pdf');
  });
});
