import type { RiskLevel, RiskMatrixBlock } from '../document/document-model';
import { layoutCellNumbers, type Measure } from './matrix-cell-layout';
import { COLORS, FONT, clean, ensureSpace, setColor, type PdfContext, type Rgb } from './pdf-context';

/** Fill of each level: a traffic-light scale that stays readable printed in grey. */
export const LEVEL_FILL: Record<RiskLevel, Rgb> = {
  low: [200, 230, 201],
  medium: [255, 232, 140],
  high: [250, 183, 110],
  critical: [232, 110, 110],
};

export const CELL_W = 19;
export const CELL_H = 11;
const SCALE_W = 24;
const AXIS_W = 6;

/** Height of the matrix when no cell needs a taller row. */
export const MATRIX_HEIGHT = 8 + CELL_H * 4 + 13;
const PT_TO_MM = 25.4 / 72;
/** Room kept around the numbers inside a cell, in mm. */
const CELL_PAD = { x: 1, y: 0.75 } as const;

/**
 * 4×4 grid, likelihood up the side and severity along the bottom, risks numbered in cells.
 * Every number stays visible: crowded cells get a smaller font or ranges ("1–4, 7"), and
 * as a last resort their row grows taller.
 */
function gridLayout(ctx: PdfContext, block: RiskMatrixBlock) {
  const { doc } = ctx;
  doc.setFont(FONT, 'bold');
  const measure: Measure = (text, size) => {
    doc.setFontSize(size);
    return doc.getTextWidth(text);
  };
  const layouts = block.cells.map((cell) =>
    layoutCellNumbers(cell.riskNumbers, CELL_W - 2 * CELL_PAD.x, CELL_H - 2 * CELL_PAD.y, measure),
  );
  // Row heights, index 0 for likelihood 1.
  const rowH = [1, 2, 3, 4].map((likelihood) =>
    Math.max(
      CELL_H,
      ...block.cells.map((c, i) => (c.likelihood === likelihood ? layouts[i]!.height + 2 * CELL_PAD.y : 0)),
    ),
  );
  return { layouts, rowH, gridH: rowH.reduce((a, b) => a + b, 0) };
}

/** Lines of the scale labels under the columns (bilingual ones wrap). */
function bottomLineCount(ctx: PdfContext, block: RiskMatrixBlock): number {
  const { doc } = ctx;
  doc.setFont(FONT, 'normal');
  doc.setFontSize(7.5);
  let lines = 1;
  for (let v = 1; v <= 4; v++) {
    const scale = clean(ctx, `${v} — ${block.scaleLabels[v - 1]}`);
    lines = Math.max(lines, (doc.splitTextToSize(scale, CELL_W - 1) as string[]).length);
  }
  return lines;
}

function severityLines(ctx: PdfContext, block: RiskMatrixBlock): string[] {
  const { doc } = ctx;
  doc.setFont(FONT, 'bold');
  doc.setFontSize(8.5);
  return doc.splitTextToSize(clean(ctx, block.severityLabel), 4 * CELL_W) as string[];
}

/** The whole matrix's height: title, grid, scale labels and the severity axis title. */
export function riskMatrixHeight(ctx: PdfContext, block: RiskMatrixBlock): number {
  const { gridH } = gridLayout(ctx, block);
  const axisTitle = (severityLines(ctx, block).length - 1) * 3.5;
  return 8 + gridH + 3.5 + (bottomLineCount(ctx, block) - 1) * 3 + 6.5 + axisTitle + 4;
}

export function drawRiskMatrix(ctx: PdfContext, block: RiskMatrixBlock): void {
  const { doc } = ctx;
  const { layouts, rowH, gridH } = gridLayout(ctx, block);
  /** Top of the row of a likelihood, from the grid's top (likelihood 4 first). */
  const rowTop = (likelihood: number) => rowH.slice(likelihood).reduce((a, b) => a + b, 0);

  ensureSpace(ctx, Math.max(8 + gridH + 20, riskMatrixHeight(ctx, block)));
  const left = ctx.box().left;
  let y = ctx.y;

  doc.setFont(FONT, 'bold');
  doc.setFontSize(10);
  setColor(doc, COLORS.text);
  doc.text(clean(ctx, block.title), left, y + 4);
  y += 8;

  const gridX = left + AXIS_W + SCALE_W;
  doc.setDrawColor(255, 255, 255);
  doc.setLineWidth(0.6);
  block.cells.forEach((cell, i) => {
    const x = gridX + (cell.severity - 1) * CELL_W;
    const cy = y + rowTop(cell.likelihood);
    const h = rowH[cell.likelihood - 1]!;
    const fill = LEVEL_FILL[cell.level];
    doc.setFillColor(fill[0], fill[1], fill[2]);
    doc.rect(x, cy, CELL_W, h, 'FD');
    const layout = layouts[i]!;
    if (layout.lines.length === 0) return;
    doc.setFont(FONT, 'bold');
    doc.setFontSize(layout.size);
    setColor(doc, COLORS.text);
    // Each line box is centred as a whole; the baseline sits so digits look centred in it.
    const capHeight = 0.73 * layout.size * PT_TO_MM;
    const top = cy + (h - layout.height) / 2;
    layout.lines.forEach((line, n) => {
      const baseline = top + n * layout.lineHeight + (layout.lineHeight + capHeight) / 2;
      doc.text(line, x + CELL_W / 2, baseline, { align: 'center' });
    });
  });

  doc.setFont(FONT, 'normal');
  doc.setFontSize(7.5);
  setColor(doc, COLORS.muted);
  // Scale labels wrap (bilingual ones are long): beside each row, centred on it, and under
  // each column; the axis title goes below the tallest column label.
  const scaleLh = 3;
  let bottomLines = 1;
  for (let v = 1; v <= 4; v++) {
    const scale = clean(ctx, `${v} — ${block.scaleLabels[v - 1]}`);
    const side = doc.splitTextToSize(scale, SCALE_W - 2) as string[];
    const sideTop = y + rowTop(v) + rowH[v - 1]! / 2 - ((side.length - 1) * scaleLh) / 2 + 1;
    side.forEach((line, n) => doc.text(line, gridX - 1.5, sideTop + n * scaleLh, { align: 'right' }));
    const under = doc.splitTextToSize(scale, CELL_W - 1) as string[];
    bottomLines = Math.max(bottomLines, under.length);
    under.forEach((line, n) =>
      doc.text(line, gridX + (v - 1) * CELL_W + CELL_W / 2, y + gridH + 3.5 + n * scaleLh, { align: 'center' }),
    );
  }
  const axisY = y + gridH + 3.5 + (bottomLines - 1) * scaleLh + 6.5;
  doc.setFont(FONT, 'bold');
  doc.setFontSize(8.5);
  setColor(doc, COLORS.text);
  // jsPDF ignores `align` on rotated text, so centre the upward label by hand.
  const axisLabel = clean(ctx, block.likelihoodLabel);
  const axisLines = doc.splitTextToSize(axisLabel, gridH) as string[];
  axisLines.forEach((line, n) =>
    doc.text(line, left + 3.5 + n * 3.5 - (axisLines.length - 1) * 1.75, y + gridH / 2 + doc.getTextWidth(line) / 2, {
      angle: 90,
    }),
  );
  severityLines(ctx, block).forEach((line, n) =>
    doc.text(line, gridX + 2 * CELL_W, axisY + n * 3.5, { align: 'center' }),
  );

  drawLegend(ctx, block, gridX + 4 * CELL_W + 8, y + 2);
  ctx.y = axisY + 4;
}

function drawLegend(ctx: PdfContext, block: RiskMatrixBlock, x: number, y: number): void {
  const { doc } = ctx;
  doc.setFont(FONT, 'normal');
  doc.setFontSize(8.5);
  (['critical', 'high', 'medium', 'low'] as const).forEach((level, i) => {
    const fill = LEVEL_FILL[level];
    doc.setFillColor(fill[0], fill[1], fill[2]);
    doc.setDrawColor(...COLORS.rule);
    doc.setLineWidth(0.2);
    doc.rect(x, y + i * 7, 5, 5, 'FD');
    setColor(doc, COLORS.text);
    doc.text(clean(ctx, block.levelLabels[level]), x + 7, y + i * 7 + 3.9);
  });
}
