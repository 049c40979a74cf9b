import type { RiskLevel, RiskMatrixBlock } from './document-model';
import { COLORS, FONT, clean, ensureSpace, setColor, type PdfContext, type Rgb } from './pdf-context';

/** Fill of each level: a traffic-light scale that stays readable printed in grey. */
export const LEVEL_FILL: Record<RiskLevel, Rgb> = {
  low: [200, 230, 201],
  medium: [255, 232, 140],
  high: [250, 183, 110],
  critical: [232, 110, 110],
};

const CELL_W = 19;
const CELL_H = 11;
const SCALE_W = 24;
const AXIS_W = 6;

/** Height the matrix takes, for callers that place things beside it. */
export const MATRIX_HEIGHT = 8 + CELL_H * 4 + 13;

/** 4×4 grid, likelihood up the side and severity along the bottom, risks numbered in cells. */
export function drawRiskMatrix(ctx: PdfContext, block: RiskMatrixBlock): void {
  const { doc } = ctx;
  ensureSpace(ctx, MATRIX_HEIGHT + 4);
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
  for (const cell of block.cells) {
    const x = gridX + (cell.severity - 1) * CELL_W;
    const cy = y + (4 - cell.likelihood) * CELL_H;
    const fill = LEVEL_FILL[cell.level];
    doc.setFillColor(fill[0], fill[1], fill[2]);
    doc.rect(x, cy, CELL_W, CELL_H, 'FD');
    if (cell.riskNumbers.length > 0) {
      doc.setFont(FONT, 'bold');
      doc.setFontSize(cell.riskNumbers.length > 6 ? 6.5 : 8);
      setColor(doc, COLORS.text);
      const lines = doc.splitTextToSize(cell.riskNumbers.join(', '), CELL_W - 2) as string[];
      const shown = lines.slice(0, 3);
      const lh = 3;
      const top = cy + CELL_H / 2 - ((shown.length - 1) * lh) / 2 + 1;
      shown.forEach((line, i) => doc.text(line, x + CELL_W / 2, top + i * lh, { align: 'center' }));
    }
  }

  doc.setFont(FONT, 'normal');
  doc.setFontSize(7.5);
  setColor(doc, COLORS.muted);
  for (let v = 1; v <= 4; v++) {
    const scale = clean(ctx, `${v} — ${block.scaleLabels[v - 1]}`);
    doc.text(scale, gridX - 1.5, y + (4 - v) * CELL_H + CELL_H / 2 + 1, { align: 'right' });
    doc.text(doc.splitTextToSize(scale, CELL_W - 1) as string[], gridX + (v - 1) * CELL_W + CELL_W / 2, y + 4 * CELL_H + 3.5, { align: 'center' });
  }
  doc.setFont(FONT, 'bold');
  doc.setFontSize(8.5);
  setColor(doc, COLORS.text);
  // jsPDF ignores `align` on rotated text, so centre the upward label by hand.
  const axisLabel = clean(ctx, block.likelihoodLabel);
  doc.text(axisLabel, left + 3.5, y + 2 * CELL_H + doc.getTextWidth(axisLabel) / 2, { angle: 90 });
  doc.text(clean(ctx, block.severityLabel), gridX + 2 * CELL_W, y + 4 * CELL_H + 11, { align: 'center' });

  drawLegend(ctx, block, gridX + 4 * CELL_W + 8, y + 2);
  ctx.y = y + 4 * CELL_H + 15;
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
