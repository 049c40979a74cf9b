import type { CellHookData, UserOptions } from 'jspdf-autotable';
import type { RiskChecklistModel, RiskItem } from '../document/document-model';
import { LEVEL_FILL, drawRiskMatrix } from './draw-risk-matrix';
import { lastTableEnd } from './draw-blocks';
import {
  COLORS,
  FONT,
  clean,
  ensureSpace,
  flowText,
  hyphenate,
  plainTextOptions,
  type PdfContext,
  type Rgb,
} from './pdf-context';
import { drawRichLines, richLines, type RichLine } from './rich-cell';

const SIZE = 8;
const SMALL = 7;
const PADDING = 1.5;
/** Room for a handwritten note in each row (≈ 3 ruled lines). */
const ROW_MIN_H = 18;

/**
 * Columns of landscape A4 (269 mm between margins). Fixed widths suit typical French
 * content — "1er sept. 2026", "Afdi Pays de la Loire", "4 — Très élevé" on one line; the
 * risk and the mitigation share what is left (≈ 62 and 67 mm), so rows stay short.
 * Probability, severity and level share one "rating" column instead of three narrow ones,
 * and the category goes under the risk's title.
 */
const COLUMNS = [
  ['done', 12],
  ['number', 8],
  ['risk', 0.48],
  ['rating', 27],
  ['mitigation', 0.52],
  ['owner', 32],
  ['reviewDate', 25],
  ['note', 36],
] as const;

type ColumnId = (typeof COLUMNS)[number][0];
/** Columns drawn line by line here: autotable cannot mix weights and sizes in one cell. */
const RICH: ReadonlySet<ColumnId> = new Set(['risk', 'rating', 'mitigation']);

/** Landscape checklist: title, matrix, then one row per risk with a box to tick. */
export function drawChecklist(ctx: PdfContext, model: RiskChecklistModel): void {
  flowText(ctx, model.documentTitle, { size: 16, bold: true, color: COLORS.accent, spaceAfter: 1 });
  flowText(ctx, model.partnershipTitle, { size: 11, bold: true, spaceAfter: 2 });
  // How to review the rows, when there are rows to review.
  if (!model.noRisks)
    flowText(ctx, model.intro, { size: 9, color: COLORS.muted, spaceAfter: model.illustrativeNote ? 1 : 3 });
  // A worked example's risks, owners and dates are partly invented: said here too, since
  // the checklist is printed on its own for review meetings (small, to leave the rows room).
  if (model.illustrativeNote) flowText(ctx, model.illustrativeNote, { size: 8, bold: true, spaceAfter: 2 });
  // No risk yet: an empty matrix over a table head with no rows would read as risks lost.
  if (model.noRisks) {
    flowText(ctx, model.noRisks, { size: 10 });
    return;
  }
  drawRiskMatrix(ctx, model.matrix);
  drawRiskTable(ctx, model);
}

/** Widths in mm: numbers ≥ 1 are fixed, fractions share the rest. */
export function checklistColumnWidths(total: number): Record<ColumnId, number> {
  const fixed = COLUMNS.reduce((sum, [, w]) => sum + (w >= 1 ? w : 0), 0);
  return Object.fromEntries(COLUMNS.map(([id, w]) => [id, w >= 1 ? w : w * (total - fixed)])) as Record<
    ColumnId,
    number
  >;
}

/** "3 — Élevé", or the label alone (« à choisir ») while no value is chosen. */
const scaleText = (value: number | null, label: string) => (value === null ? label : `${value} — ${label}`);

function richCell(ctx: PdfContext, model: RiskChecklistModel, r: RiskItem, id: ColumnId, width: number): RichLine[] {
  const muted: Rgb = COLORS.muted;
  // On the level's fill the usual grey is too pale: labels there stay dark.
  const onFill: Rgb = [60, 64, 70];
  switch (id) {
    case 'risk':
      return richLines(ctx, width, [
        { text: r.title, bold: true },
        { text: r.category, size: SMALL, color: muted },
        { text: r.description },
      ]);
    case 'rating':
      return richLines(ctx, width, [
        { text: r.levelLabel, bold: true },
        { text: model.labels.likelihood, size: SMALL, color: onFill },
        { text: scaleText(r.likelihood, r.likelihoodLabel), size: SMALL },
        { text: model.labels.severity, size: SMALL, color: onFill },
        { text: scaleText(r.severity, r.severityLabel), size: SMALL },
        // Where the risk stands at this version: read aloud at each review.
        { text: model.labels.status, size: SMALL, color: onFill },
        { text: r.status, size: SMALL, bold: true },
      ]);
    case 'mitigation':
      return richLines(ctx, width, [{ text: r.response, bold: true }, { text: r.mitigation }]);
    default:
      return [];
  }
}

function plainCell(r: RiskItem, id: ColumnId): string {
  switch (id) {
    case 'number':
      return String(r.number);
    case 'owner':
      return r.owner;
    case 'reviewDate':
      return r.reviewDateShort;
    default:
      return '';
  }
}

/** The cells autotable draws itself, an over-long word broken with a hyphen. */
function plainBody(ctx: PdfContext, model: RiskChecklistModel, widths: Record<ColumnId, number>): string[][] {
  ctx.doc.setFont(FONT, 'normal');
  ctx.doc.setFontSize(SIZE);
  return model.risks.map((r) =>
    COLUMNS.map(([id]) => hyphenate(ctx, clean(ctx, plainCell(r, id)), widths[id] - 2 * PADDING - 0.6)),
  );
}

function drawRiskTable(ctx: PdfContext, model: RiskChecklistModel): void {
  const { doc } = ctx;
  const box = ctx.box();
  const widths = checklistColumnWidths(box.right - box.left);
  const rich = model.risks.map(
    (r) =>
      Object.fromEntries(
        COLUMNS.filter(([id]) => RICH.has(id)).map(([id]) => [
          id,
          richCell(ctx, model, r, id, widths[id] - 2 * PADDING),
        ]),
      ) as Partial<Record<ColumnId, RichLine[]>>,
  );

  const drawnLines = new Map<string, number>();
  let lastRow = 0;
  const options = (startY: number): UserOptions => ({
    startY,
    margin: {
      top: box.top,
      bottom: doc.internal.pageSize.getHeight() - box.bottom,
      left: box.left,
      right: doc.internal.pageSize.getWidth() - box.right,
    },
    head: [COLUMNS.map(([id]) => clean(ctx, model.labels[id]))],
    body: plainBody(ctx, model, widths),
    theme: 'grid',
    showHead: 'everyPage',
    rowPageBreak: 'avoid',
    styles: {
      font: FONT,
      fontStyle: 'normal',
      fontSize: SIZE,
      cellPadding: PADDING,
      textColor: [...COLORS.text],
      lineColor: [...COLORS.rule],
      lineWidth: 0.2,
      overflow: 'linebreak',
      minCellHeight: ROW_MIN_H,
      valign: 'top',
      textOptions: plainTextOptions(),
    },
    headStyles: {
      font: FONT,
      fontStyle: 'bold',
      fontSize: 7.5,
      fillColor: [...COLORS.headFill],
      textColor: [255, 255, 255],
      minCellHeight: 0,
      valign: 'middle',
    },
    columnStyles: Object.fromEntries(
      COLUMNS.map(([id], i) => [
        i,
        { cellWidth: widths[id], ...(id === 'number' ? { halign: 'center' as const } : {}) },
      ]),
    ),
    didParseCell: (data: CellHookData) => {
      if (data.section !== 'body') return;
      const risk = model.risks[data.row.index];
      const id = COLUMNS[data.column.index]?.[0];
      if (!risk || !id) return;
      // An unrated risk has no level, so no colour that would suggest one.
      if (id === 'rating' && risk.level !== null) data.cell.styles.fillColor = [...LEVEL_FILL[risk.level]];
      // Placeholder lines give autotable the row height; the text itself is drawn later.
      const lines = rich[data.row.index]?.[id];
      if (lines) data.cell.text = lines.map(() => ' ');
    },
    didDrawCell: (data: CellHookData) => {
      if (data.section !== 'body') return;
      // autotable numbers the continuation of a split row -1: it belongs to the last row.
      if (data.row.index >= 0) lastRow = data.row.index;
      const rowIndex = data.row.index >= 0 ? data.row.index : lastRow;
      const { cell } = data;
      const id = COLUMNS[data.column.index]?.[0];
      if (id === 'done') {
        // One box per risk: none on the continuation of a split row.
        if (data.row.index < 0) return;
        doc.setDrawColor(...COLORS.text);
        doc.setLineWidth(0.35);
        doc.rect(cell.x + (cell.width - 5) / 2, cell.y + 2, 5, 5, 'S');
      } else if (id === 'note') {
        doc.setDrawColor(...COLORS.rule);
        doc.setLineWidth(0.15);
        for (let ly = cell.y + 7; ly < cell.y + cell.height - 1.5; ly += 5.5)
          doc.line(cell.x + 2, ly, cell.x + cell.width - 2, ly);
      } else if (id) {
        const lines = rich[rowIndex]?.[id];
        if (!lines) return;
        // A row taller than a page is split by autotable, which hands each part only the
        // placeholder lines that fit: draw that many rich lines, from where the last part
        // stopped, so the text continues on the next page instead of running off this one.
        const key = `${rowIndex}:${id}`;
        const from = drawnLines.get(key) ?? 0;
        const count = Array.isArray(cell.text) ? cell.text.length : lines.length;
        drawRichLines(ctx, lines.slice(from, from + count), cell.x + PADDING, cell.y + PADDING, SIZE);
        drawnLines.set(key, from + count);
      }
    },
  });
  // The head never ends a page without a first row under it (autotable would draw it, then
  // move a row that does not fit to the next page): the table then starts on the next page.
  const heights = ctx.tableHeights(options(ctx.y));
  ensureSpace(ctx, heights.head + (heights.body[0] ?? 0));
  ctx.table(options(ctx.y));
  ctx.y = lastTableEnd(ctx) + 4;
}
