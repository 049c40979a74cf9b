// @vitest-environment node
// An Arabic paragraph (a governance text written by the southern partner) is set right to
// left: flush with the right margin and wrapped over the full column, like a French one.
import { beforeAll, describe, expect, it } from 'vitest';
import { renderCharterPdf } from './render-pdf';
import { makeProject } from '../testing/test-fixtures';
import { loadFonts, readPdfItems, type PdfTextItem } from '../testing/pdf-test-support';
import { MARGIN } from './pdf-context';

const SENTENCE = 'يجتمع الشركاء مرة كل ثلاثة أشهر لمراجعة التقدم واتخاذ القرارات بالتوافق بين جميع الأعضاء. ';
const ARABIC = /[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufefc]/;
const PT_PER_MM = 72 / 25.4;

let lines: PdfTextItem[] = [];

/** The French charter of `project`, read back as positioned text. */
const itemsOf = (project: ReturnType<typeof makeProject>) =>
  readPdfItems(
    renderCharterPdf(project, { locale: 'fr', fonts: loadFonts(), fingerprint: 'a'.repeat(64), now: new Date(0) }),
  );

beforeAll(async () => {
  const project = makeProject();
  project.framework.governance = SENTENCE.repeat(8).trim();
  const items = await itemsOf(project);
  // The governance paragraph's lines: long Arabic runs at body size.
  lines = items.filter((it) => ARABIC.test(it.str) && it.str.length > 40 && Math.abs(it.size - 10) < 0.5);
});

describe('a right-to-left paragraph', () => {
  it('is wrapped over several lines', () => {
    expect(lines.length).toBeGreaterThanOrEqual(4);
  });

  it('ends every line at the right margin', () => {
    const right = (210 - MARGIN.side) * PT_PER_MM;
    for (const l of lines) expect(Math.abs(l.x + l.width - right)).toBeLessThan(2);
  });

  it('fills the column: every line but the last takes at least 85 % of the width', () => {
    const column = (210 - 2 * MARGIN.side) * PT_PER_MM;
    const full = lines.slice(0, -1);
    for (const l of full) expect(l.width / column).toBeGreaterThan(0.85);
  });
});

describe('a right-to-left name in a French charter', () => {
  it('keeps the document’s alignment, with the details around it, wherever it stands alone on its line', async () => {
    const project = makeProject();
    const south = project.partners.partners.find((p) => p.kind === 'southern') ?? project.partners.partners[2]!;
    south.name = 'جمعية التعاون';
    const items = await itemsOf(project);
    // Lines that are the name alone (a cover line, a heading, a list entry's start).
    const alone = items.filter((it) => ARABIC.test(it.str) && it.str.trim().length <= 20);
    expect(alone.length).toBeGreaterThan(0);
    const right = (210 - MARGIN.side) * PT_PER_MM;
    const flushRight = alone.filter((it) => Math.abs(it.x + it.width - right) < 2 && it.x > 105 * PT_PER_MM);
    expect(flushRight.map((it) => `page ${it.page}: ${it.str}`)).toEqual([]);
  });
});
