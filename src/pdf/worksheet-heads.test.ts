// @vitest-environment node
// Narrow columns of the worksheets broke their heads mid-word ("Probabilit|é"): every
// word of every column head must come back whole from one text item.
import '../i18n/register-en';
import { describe, expect, it } from 'vitest';
import { createTranslator, type Locale } from '../i18n/i18n';
import { buildWorksheetModel } from '../document/worksheet-model';
import { loadFonts, readPdfItems } from '../testing/pdf-test-support';
import { renderWorksheetPdf } from './render-worksheet';

describe('worksheet column heads', () => {
  it.each(['fr', 'en'] as Locale[])('keep every word whole (%s)', async (locale) => {
    const bytes = renderWorksheetPdf({ fonts: loadFonts(), locale, step: 'all', now: new Date(0) });
    const items = (await readPdfItems(bytes)).map((it) => it.str);
    const model = buildWorksheetModel('all', createTranslator(locale), locale);
    const words = model.sections.flatMap((s) => s.grid.head.flatMap((h) => h.split(/[\s\u00a0]+/)));
    const broken = words.filter((w) => w.length > 1 && !items.some((it) => it.includes(w)));
    expect(broken).toEqual([]);
  });
});
