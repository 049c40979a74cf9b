// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/i18n';
import { CELL_W, drawRiskMatrix } from './draw-risk-matrix';
import { CELL_FONT, compactNumbers, layoutCellNumbers, type Measure } from './matrix-cell-layout';
import { createContext } from './render-pdf';
import { riskMatrix } from '../document/risk-model';
import { loadFonts, readPdfItems } from '../testing/pdf-test-support';

/** Digits ~0.64 em wide, like DejaVu Sans; good enough to test the fitting logic. */
const measure: Measure = (text, size) => text.length * size * 0.64 * (25.4 / 72);
const ODD_40 = Array.from({ length: 40 }, (_, i) => 2 * i + 1);
const RUN_40 = Array.from({ length: 40 }, (_, i) => i + 1);

/** "1–4, 7" → [1, 2, 3, 4, 7] */
function expand(text: string): number[] {
  return text
    .split(/[,\s]+/)
    .filter(Boolean)
    .flatMap((token) => {
      const [a, b] = token.split('–').map(Number);
      return b === undefined ? [a!] : Array.from({ length: b - a! + 1 }, (_, i) => a! + i);
    });
}

describe('matrix cell layout', () => {
  it('turns runs of three or more into ranges', () => {
    expect(compactNumbers([7, 1, 2, 3, 4])).toEqual(['1–4', '7']);
    expect(compactNumbers([1, 2, 5, 6, 9])).toEqual(['1', '2', '5', '6', '9']);
    expect(compactNumbers(RUN_40)).toEqual(['1–40']);
  });

  it('keeps a short list as it is, at full size', () => {
    const layout = layoutCellNumbers([2, 5], 17, 9.5, measure);
    expect(layout).toMatchObject({ size: CELL_FONT.max, lines: ['2, 5'] });
  });

  it('fits 40 scattered numbers: smaller font, every number kept', () => {
    const layout = layoutCellNumbers(ODD_40, 17, 9.5, measure);
    expect(expand(layout.lines.join(' '))).toEqual(ODD_40);
    expect(layout.size).toBeGreaterThanOrEqual(CELL_FONT.min);
    for (const line of layout.lines) expect(measure(line, layout.size)).toBeLessThanOrEqual(17);
  });

  it('lists 40 consecutive numbers as one range', () => {
    const layout = layoutCellNumbers(RUN_40, 17, 9.5, measure);
    expect(layout.lines).toEqual(['1–40']);
  });

  it('asks for a taller row rather than drop numbers', () => {
    const many = Array.from({ length: 100 }, (_, i) => 3 * i + 1);
    const layout = layoutCellNumbers(many, 17, 9.5, measure);
    expect(layout.height).toBeGreaterThan(9.5);
    expect(expand(layout.lines.join(' '))).toEqual(many);
  });
});

describe('risk matrix drawn in a PDF', () => {
  async function drawCell(numbers: number[]) {
    const ctx = createContext({ fonts: loadFonts() }, 'portrait');
    const block = riskMatrix([], createTranslator('fr'));
    block.cells.find((c) => c.likelihood === 2 && c.severity === 3)!.riskNumbers = numbers;
    block.cells.find((c) => c.likelihood === 4 && c.severity === 4)!.riskNumbers = [1];
    drawRiskMatrix(ctx, block);
    const items = await readPdfItems(new Uint8Array(ctx.doc.output('arraybuffer')));
    // Cell numbers are the items made only of digits, commas and dashes.
    return items.filter((i) => /^[\d–,\s]+$/.test(i.str) && i.str.trim() !== '');
  }

  it.each([
    ['40 scattered risks', ODD_40],
    ['40 consecutive risks', RUN_40],
  ])('shows all numbers of %s inside the cell', async (_, numbers) => {
    const items = await drawCell(numbers);
    const inCell = items.filter((i) => i.str !== '1');
    expect(expand(inCell.map((i) => i.str).join(', '))).toEqual(numbers);
    // All lines share the cell's column: same centre, narrower than the cell.
    const mmWidths = inCell.map((i) => (i.width * 25.4) / 72);
    for (const w of mmWidths) expect(w).toBeLessThanOrEqual(CELL_W);
    const centres = inCell.map((i) => i.x + i.width / 2);
    for (const c of centres) expect(Math.abs(c - centres[0]!)).toBeLessThan(0.5);
  });
});
