import type { Article, Block, FieldItem } from '../document/document-model';
import { drawRiskMatrix } from './draw-risk-matrix';
import { drawTimeline } from './draw-timeline';
import { COLORS, FONT, clean, ensureSpace, flowText, lineHeight, setColor, wrap, type PdfContext } from './pdf-context';

const BODY = 10;
const LABEL_WIDTH = 48;

export function drawArticle(ctx: PdfContext, article: Article): void {
  // Keep a heading with at least a few lines of its body.
  ensureSpace(ctx, 24);
  ctx.y += 3;
  flowText(ctx, article.heading, { size: 13, bold: true, color: COLORS.accent, spaceAfter: 2 });
  for (const block of article.blocks) drawBlock(ctx, block);
}

export function drawBlock(ctx: PdfContext, block: Block): void {
  switch (block.type) {
    case 'paragraph':
      flowText(ctx, block.text, { size: BODY, spaceAfter: 2.5 });
      return;
    case 'subheading':
      ensureSpace(ctx, 16);
      ctx.y += 1;
      flowText(ctx, block.text, { size: 11, bold: true, spaceAfter: 1.5 });
      return;
    case 'list':
      for (const item of block.items) drawListItem(ctx, item);
      ctx.y += 2;
      return;
    case 'fields':
      for (const item of block.items) drawField(ctx, item);
      ctx.y += 2;
      return;
    case 'table':
      drawTable(ctx, block.head, block.rows, block.widths);
      return;
    case 'timeline':
      drawTimeline(ctx, block);
      return;
    case 'riskMatrix':
      drawRiskMatrix(ctx, block);
      return;
  }
}

function drawListItem(ctx: PdfContext, item: string): void {
  const { doc } = ctx;
  const lh = lineHeight(doc, BODY);
  ensureSpace(ctx, lh);
  doc.setFont(FONT, 'normal');
  doc.setFontSize(BODY);
  setColor(doc, COLORS.accent);
  doc.text('•', ctx.box().left + 2, ctx.y + lh * 0.78);
  flowText(ctx, item, { size: BODY, indent: 7, spaceAfter: 0.6 });
}

/** Label on the left, value wrapped on the right; long values flow across pages. */
function drawField(ctx: PdfContext, item: FieldItem): void {
  const { doc } = ctx;
  const lh = lineHeight(doc, BODY);
  const box = ctx.box();
  doc.setFont(FONT, 'bold');
  doc.setFontSize(BODY - 1);
  const labelLines = wrap(ctx, item.label, LABEL_WIDTH - 4);
  doc.setFont(FONT, 'normal');
  doc.setFontSize(BODY);
  const valueLines = wrap(ctx, item.value, box.right - box.left - LABEL_WIDTH);
  const rows = Math.max(labelLines.length, valueLines.length);
  ensureSpace(ctx, lh * Math.min(rows, 2));
  for (let i = 0; i < rows; i++) {
    ensureSpace(ctx, lh);
    const baseline = ctx.y + lh * 0.78;
    const label = labelLines[i];
    if (label !== undefined) {
      doc.setFont(FONT, 'bold');
      doc.setFontSize(BODY - 1);
      setColor(doc, COLORS.muted);
      doc.text(label, ctx.box().left, baseline);
    }
    const value = valueLines[i];
    if (value !== undefined) {
      doc.setFont(FONT, 'normal');
      doc.setFontSize(BODY);
      setColor(doc, COLORS.text);
      doc.text(value, ctx.box().left + LABEL_WIDTH, baseline);
    }
    ctx.y += lh;
  }
  ctx.y += 1.2;
}

function drawTable(ctx: PdfContext, head: string[], rows: string[][], widths?: number[]): void {
  const box = ctx.box();
  const total = box.right - box.left;
  const sum = widths?.reduce((a, b) => a + b, 0) ?? 0;
  const columnStyles = Object.fromEntries((widths ?? []).map((w, i) => [i, { cellWidth: (w / sum) * total }]));
  ensureSpace(ctx, 20);
  ctx.table({
    startY: ctx.y,
    margin: {
      top: box.top,
      bottom: ctx.doc.internal.pageSize.getHeight() - box.bottom,
      left: box.left,
      right: ctx.doc.internal.pageSize.getWidth() - box.right,
    },
    head: [head.map((h) => clean(ctx, h))],
    body: rows.map((r) => r.map((c) => clean(ctx, c))),
    theme: 'grid',
    showHead: 'everyPage',
    rowPageBreak: 'auto',
    styles: {
      font: FONT,
      fontStyle: 'normal',
      fontSize: 9,
      cellPadding: 1.8,
      textColor: [...COLORS.text],
      lineColor: [...COLORS.rule],
      lineWidth: 0.2,
      overflow: 'linebreak',
    },
    headStyles: { font: FONT, fontStyle: 'bold', fillColor: [...COLORS.headFill], textColor: [255, 255, 255] },
    alternateRowStyles: { fillColor: [...COLORS.zebra] },
    columnStyles,
  });
  ctx.y = lastTableEnd(ctx) + 4;
}

/** autotable leaves its end position on the document, outside jsPDF's typings. */
export function lastTableEnd(ctx: PdfContext): number {
  const last: unknown = Reflect.get(ctx.doc, 'lastAutoTable');
  const finalY: unknown = typeof last === 'object' && last !== null ? Reflect.get(last, 'finalY') : undefined;
  return typeof finalY === 'number' ? finalY : ctx.y;
}
