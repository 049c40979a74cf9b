// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { STEP_IDS } from '../content/catalogues';
import { GUIDANCE } from '../content/guidance';
import { createTranslator, type MessageKey } from '../i18n/i18n';
import { worksheetFileName } from '../document/file-name';
import { renderWorksheetPdf } from './render-worksheet';
import { loadFonts, normalizeForSearch, qpdfCheck, readPdf, type PdfPageText } from '../testing/pdf-test-support';

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
