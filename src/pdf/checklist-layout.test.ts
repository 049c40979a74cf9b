// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createTranslator, type MessageKey } from '../i18n/i18n';
import { checklistColumnWidths } from './draw-checklist';
import { formatShortDate } from '../document/model-helpers';
import { FONT, pageBox } from './pdf-context';
import { createContext, renderRiskChecklistPdf } from './render-pdf';
import { makeProject } from '../testing/test-fixtures';
import { loadFonts, readPdfItems } from '../testing/pdf-test-support';

const ctx = createContext({ fonts: loadFonts() }, 'landscape');
const { doc } = ctx;
const box = pageBox(doc);
const widths = checklistColumnWidths(box.right - box.left);
const PAD = 2 * 1.5;

function width(text: string, size: number, bold = false): number {
  doc.setFont(FONT, bold ? 'bold' : 'normal');
  doc.setFontSize(size);
  return doc.getTextWidth(text);
}

describe('checklist columns on landscape A4', () => {
  it('fill the page and leave room to read and to write', () => {
    const total = Object.values(widths).reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(box.right - box.left, 5);
    expect(widths.risk).toBeGreaterThanOrEqual(55);
    expect(widths.mitigation).toBeGreaterThanOrEqual(60);
    expect(widths.note).toBeGreaterThanOrEqual(35);
    expect(widths.done).toBeGreaterThanOrEqual(10);
  });

  it.each(['fr', 'en'] as const)('keep scales, dates, headings and categories on one line (%s)', (locale) => {
    const t = createTranslator(locale);
    for (let v = 1; v <= 4; v++) {
      expect(width(`${v} — ${t(`riskScale.${v}` as MessageKey)}`, 7), `scale ${v}`).toBeLessThanOrEqual(
        widths.rating - PAD,
      );
    }
    for (let m = 1; m <= 12; m++) {
      // The 1st ("1er sept. 2026") is wider than the 30th: both must hold on one line.
      for (const day of ['01', '30']) {
        const date = formatShortDate(locale, `2026-${String(m).padStart(2, '0')}-${day}`.replace('02-30', '02-28'));
        // autotable wraps slightly before the cell's inner width.
        expect(width(date, 8) + 0.6, date).toBeLessThanOrEqual(widths.reviewDate - PAD);
      }
    }
    const heads = {
      rating: 'doc.risks.rating',
      mitigation: 'doc.risks.mitigation',
      owner: 'doc.risks.owner',
      reviewDate: 'doc.risks.reviewDate',
      note: 'doc.risks.note',
      risk: 'doc.risks.risk',
      done: 'doc.risks.done',
    } as const;
    for (const [column, key] of Object.entries(heads)) {
      expect(width(t(key), 7.5, true), key).toBeLessThanOrEqual(widths[column as keyof typeof widths] - PAD);
    }
    for (const id of ['context', 'relationship', 'competition', 'ecosystem'] as const) {
      expect(width(t(`riskCategory.${id}`), 7), id).toBeLessThanOrEqual(widths.risk - PAD);
    }
  });

  it('draws "2 — Moyen" and the review date as single lines', async () => {
    const bytes = renderRiskChecklistPdf(makeProject(), {
      locale: 'fr',
      fonts: loadFonts(),
      fingerprint: '',
      now: new Date('2026-03-07T00:00:00Z'),
    });
    const items = (await readPdfItems(bytes)).map((i) => i.str.replace(/\u00a0/g, ' '));
    expect(items).toContain('2 — Moyen');
    expect(items).toContain('4 — Très élevé');
    expect(items).toContain('1er oct. 2026');
  });
});
