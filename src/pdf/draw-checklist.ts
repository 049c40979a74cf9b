import type { CellHookData } from 'jspdf-autotable';
import type { RiskChecklistModel, RiskItem } from './document-model';
import { LEVEL_FILL, drawRiskMatrix } from './draw-risk-matrix';
import { lastTableEnd } from './draw-blocks';
import { COLORS, FONT, clean, flowText, type PdfContext } from './pdf-context';

const SIZE = 8;
/** Room for a handwritten note in each row. */
const ROW_MIN_H = 18;

/** Relative widths; the risk and mitigation columns take what is left. */
const COLUMNS = [
  ['done', 9],
  ['number', 8],
  ['risk', 0],
  ['category', 25],
  ['likelihood', 20],
  ['severity', 18],
  ['level', 17],
  ['mitigation', 0],
  ['owner', 24],
  ['reviewDate', 20],
  ['note', 32],
] as const;

type ColumnId = (typeof COLUMNS)[number][0];

/** Landscape checklist: title, matrix, then one row per risk with a box to tick. */
export function drawChecklist(ctx: PdfContext, model: RiskChecklistModel): void {
  flowText(ctx, model.documentTitle, { size: 16, bold: true, color: COLORS.accent, spaceAfter: 1 });
  flowText(ctx, model.partnershipTitle, { size: 11, bold: true, spaceAfter: 2 });
  flowText(ctx, model.intro, { size: 9, color: COLORS.muted, spaceAfter: 3 });
  drawRiskMatrix(ctx, model.matrix);
  drawRiskTable(ctx, model);
}

function drawRiskTable(ctx: PdfContext, model: RiskChecklistModel): void {
  const { doc } = ctx;
  const box = ctx.box();
  const total = box.right - box.left;
  const fixed = COLUMNS.reduce((sum, [, w]) => sum + w, 0);
  const flexible = (total - fixed) / 2;
  const widths = COLUMNS.map(([, w]) => (w === 0 ? flexible : w));
  const riskCol = COLUMNS.findIndex(([id]) => id === 'risk');
  const levelCol = COLUMNS.findIndex(([id]) => id === 'level');
  const doneCol = COLUMNS.findIndex(([id]) => id === 'done');
  const noteCol = COLUMNS.findIndex(([id]) => id === 'note');
  const padding = 1.5;

  // The risk cell shows the title in bold above the description: autotable cannot mix
  // weights in one cell, so the lines are measured here and drawn in didDrawCell.
  const riskLines = model.risks.map((r) => {
    doc.setFontSize(SIZE);
    doc.setFont(FONT, 'bold');
    const title = doc.splitTextToSize(clean(ctx, r.title), widths[riskCol]! - 2 * padding) as string[];
    doc.setFont(FONT, 'normal');
    const description = r.description ? (doc.splitTextToSize(clean(ctx, r.description), widths[riskCol]! - 2 * padding) as string[]) : [];
    return { title, description };
  });

  const cellText = (r: RiskItem, id: ColumnId): string => {
    switch (id) {
      case 'done': return '';
      case 'number': return String(r.number);
      case 'risk': return [r.title, r.description].filter(Boolean).join('\n');
      case 'category': return r.category;
      case 'likelihood': return `${r.likelihood} — ${r.likelihoodLabel}`;
      case 'severity': return `${r.severity} — ${r.severityLabel}`;
      case 'level': return r.levelLabel;
      case 'mitigation': return r.response ? `${r.response} — ${r.mitigation}` : r.mitigation;
      case 'owner': return r.owner;
      case 'reviewDate': return r.reviewDate;
      case 'note': return '';
    }
  };

  const stash = new Map<number, string[]>();
  ctx.table({
    startY: ctx.y,
    margin: { top: box.top, bottom: doc.internal.pageSize.getHeight() - box.bottom, left: box.left, right: doc.internal.pageSize.getWidth() - box.right },
    head: [COLUMNS.map(([id]) => clean(ctx, model.labels[id]))],
    body: model.risks.map((r) => COLUMNS.map(([id]) => clean(ctx, cellText(r, id)))),
    theme: 'grid',
    showHead: 'everyPage',
    rowPageBreak: 'avoid',
    styles: { font: FONT, fontStyle: 'normal', fontSize: SIZE, cellPadding: padding, textColor: [...COLORS.text], lineColor: [...COLORS.rule], lineWidth: 0.2, overflow: 'linebreak', minCellHeight: ROW_MIN_H, valign: 'top' },
    headStyles: { font: FONT, fontStyle: 'bold', fontSize: 7.5, fillColor: [...COLORS.headFill], textColor: [255, 255, 255], minCellHeight: 0, valign: 'middle' },
    columnStyles: Object.fromEntries(widths.map((w, i) => [i, { cellWidth: w }])),
    didParseCell: (data: CellHookData) => {
      if (data.section !== 'body') return;
      const risk = model.risks[data.row.index];
      if (!risk) return;
      if (data.column.index === levelCol) {
        data.cell.styles.fillColor = [...LEVEL_FILL[risk.level]];
        data.cell.styles.fontStyle = 'bold';
      }
      if (data.column.index === riskCol) {
        const lines = riskLines[data.row.index]!;
        data.cell.text = [...lines.title, ...lines.description];
      }
    },
    willDrawCell: (data: CellHookData) => {
      if (data.section === 'body' && data.column.index === riskCol) {
        stash.set(data.row.index, data.cell.text);
        data.cell.text = [];
      }
    },
    didDrawCell: (data: CellHookData) => {
      if (data.section !== 'body') return;
      const { cell } = data;
      if (data.column.index === doneCol) {
        doc.setDrawColor(...COLORS.text);
        doc.setLineWidth(0.35);
        doc.rect(cell.x + (cell.width - 4.5) / 2, cell.y + 2, 4.5, 4.5, 'S');
      }
      if (data.column.index === noteCol) {
        doc.setDrawColor(...COLORS.rule);
        doc.setLineWidth(0.15);
        for (let ly = cell.y + 7; ly < cell.y + cell.height - 1.5; ly += 5.5) doc.line(cell.x + 2, ly, cell.x + cell.width - 2, ly);
      }
      if (data.column.index === riskCol) {
        const lines = riskLines[data.row.index]!;
        const text = stash.get(data.row.index) ?? [];
        const lh = (SIZE * doc.getLineHeightFactor()) / doc.internal.scaleFactor;
        // Same first baseline as autotable's own cells (top padding + ~0.85 em).
        let y = cell.y + padding + (SIZE / doc.internal.scaleFactor) * 0.85;
        doc.setFontSize(SIZE);
        doc.setTextColor(...COLORS.text);
        text.forEach((line, i) => {
          doc.setFont(FONT, i < lines.title.length ? 'bold' : 'normal');
          doc.text(line, cell.x + padding, y);
          y += lh;
        });
      }
    },
  });
  ctx.y = lastTableEnd(ctx) + 4;
}
