import type { Article, Block, FieldItem } from '../document/document-model';
import { drawRiskMatrix } from './draw-risk-matrix';
import { drawTimeline } from './draw-timeline';
import {
  COLORS,
  FONT,
  ensureSpace,
  fitTable,
  flowText,
  lineHeight,
  setColor,
  textHeight,
  wrap,
  type PdfContext,
} from './pdf-context';

const BODY = 10;
const LABEL_WIDTH = 48;
const HEADING = { size: 13, bold: true, color: COLORS.accent, spaceAfter: 2 } as const;
const SUBHEADING = { size: 11, bold: true, spaceAfter: 1.5 } as const;
/** Room a table needs for its head and a first row before it may start on a page. */
const TABLE_START = 22;

export function drawArticle(ctx: PdfContext, article: Article): void {
  // Keep the heading with the start of its body: never stranded at the foot of a page.
  ctx.y += 3;
  ensureSpace(ctx, textHeight(ctx, article.heading, HEADING) + HEADING.spaceAfter + startHeight(ctx, article.blocks));
  flowText(ctx, article.heading, HEADING);
  article.blocks.forEach((block, i) => drawBlock(ctx, block, article.blocks.slice(i + 1)));
}

/** Height of a whole article drawn from the top of a page, for blocks that must stay together. */
export function articleHeight(ctx: PdfContext, article: Article): number {
  return 3 + textHeight(ctx, article.heading, HEADING) + HEADING.spaceAfter + blocksHeight(ctx, article.blocks);
}

function blocksHeight(ctx: PdfContext, blocks: Block[]): number {
  const width = ctx.box().right - ctx.box().left;
  let h = 0;
  for (const b of blocks) {
    if (b.type === 'paragraph') h += textHeight(ctx, b.text, { size: BODY, width }) + 2.5;
    else if (b.type === 'subheading') h += 1 + textHeight(ctx, b.text, SUBHEADING) + SUBHEADING.spaceAfter;
    else if (b.type === 'list')
      h += b.items.reduce((s, item) => s + textHeight(ctx, item, { size: BODY, indent: 7 }) + 0.6, 2);
    else if (b.type === 'fields') h += b.items.reduce((s, item) => s + fieldHeight(ctx, item), 2);
    else h += TABLE_START;
  }
  return h;
}

/** What must follow a heading on its page: the first lines or the first item of what comes next. */
function startHeight(ctx: PdfContext, next: Block[]): number {
  const first = next[0];
  if (!first) return 0;
  const lh = lineHeight(ctx.doc, BODY);
  switch (first.type) {
    case 'paragraph':
      return Math.min(textHeight(ctx, first.text, { size: BODY }), 2 * lh);
    case 'subheading':
      return 1 + textHeight(ctx, first.text, SUBHEADING) + SUBHEADING.spaceAfter + startHeight(ctx, next.slice(1));
    case 'list':
      return Math.min(textHeight(ctx, first.items[0] ?? '', { size: BODY, indent: 7 }), 2 * lh);
    case 'fields':
      return (
        keptTogetherHeight(ctx, first) ??
        (first.items[0] ? Math.min(fieldHeight(ctx, first.items[0]), pageRoom(ctx) / 2) : 0)
      );
    case 'table':
      return TABLE_START;
    case 'timeline':
      return 46;
    case 'riskMatrix':
      return 60;
  }
}

function pageRoom(ctx: PdfContext): number {
  return ctx.box().bottom - ctx.box().top;
}

export function drawBlock(ctx: PdfContext, block: Block, next: Block[] = []): void {
  switch (block.type) {
    case 'paragraph':
      // No single line left alone at the foot of a page.
      flowText(ctx, block.text, { size: BODY, spaceAfter: 2.5, keepLines: 2 });
      return;
    case 'subheading':
      ctx.y += 1;
      // Keep-with-next: a sub-heading starts a page rather than end one.
      ensureSpace(ctx, textHeight(ctx, block.text, SUBHEADING) + SUBHEADING.spaceAfter + startHeight(ctx, next));
      flowText(ctx, block.text, SUBHEADING);
      return;
    case 'list':
      for (const item of block.items) drawListItem(ctx, item);
      ctx.y += 2;
      return;
    case 'fields': {
      const whole = keptTogetherHeight(ctx, block);
      if (whole !== null) ensureSpace(ctx, whole);
      for (const item of block.items) drawField(ctx, item);
      ctx.y += 2;
      return;
    }
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
  const height = textHeight(ctx, item, { size: BODY, indent: 7 });
  // A short item stays whole; a long one keeps its bullet with two lines.
  ensureSpace(ctx, height <= 4 * lh ? height : 2 * lh);
  doc.setFont(FONT, 'normal');
  doc.setFontSize(BODY);
  setColor(doc, COLORS.accent);
  doc.text('•', ctx.box().left + 2, ctx.y + lh * 0.78);
  flowText(ctx, item, { size: BODY, indent: 7, spaceAfter: 0.6 });
}

function fieldLines(ctx: PdfContext, item: FieldItem): { labelLines: string[]; valueLines: string[] } {
  const { doc } = ctx;
  const box = ctx.box();
  doc.setFont(FONT, 'bold');
  doc.setFontSize(BODY - 1);
  const labelLines = wrap(ctx, item.label, LABEL_WIDTH - 4);
  doc.setFont(FONT, 'normal');
  doc.setFontSize(BODY);
  const valueLines = wrap(ctx, item.value, box.right - box.left - LABEL_WIDTH);
  return { labelLines, valueLines };
}

function fieldHeight(ctx: PdfContext, item: FieldItem): number {
  const { labelLines, valueLines } = fieldLines(ctx, item);
  return Math.max(labelLines.length, valueLines.length) * lineHeight(ctx.doc, BODY) + 1.2;
}

/** The height of a fields block asked to stay whole, when it fits on a page; else null. */
function keptTogetherHeight(ctx: PdfContext, block: Extract<Block, { type: 'fields' }>): number | null {
  if (!block.keepTogether) return null;
  const whole = block.items.reduce((sum, item) => sum + fieldHeight(ctx, item), 0);
  return whole <= pageRoom(ctx) ? whole : null;
}

/**
 * Label on the left, value wrapped on the right. A pair that fits on a page is never
 * split; a longer value flows across pages, its label kept with its first lines.
 */
function drawField(ctx: PdfContext, item: FieldItem): void {
  const { doc } = ctx;
  const lh = lineHeight(doc, BODY);
  const { labelLines, valueLines } = fieldLines(ctx, item);
  const rows = Math.max(labelLines.length, valueLines.length);
  const whole = rows * lh;
  ensureSpace(ctx, whole <= pageRoom(ctx) ? whole : lh * Math.max(labelLines.length, 3));
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
  const fitted = fitTable(ctx, { head, rows, ...(widths ? { weights: widths } : {}), total, size: 9, padding: 1.8 });
  const columnStyles = Object.fromEntries(fitted.widths.map((w, i) => [i, { cellWidth: w }]));
  ensureSpace(ctx, TABLE_START);
  ctx.table({
    startY: ctx.y,
    margin: {
      top: box.top,
      bottom: ctx.doc.internal.pageSize.getHeight() - box.bottom,
      left: box.left,
      right: ctx.doc.internal.pageSize.getWidth() - box.right,
    },
    head: [fitted.head],
    body: fitted.rows,
    theme: 'grid',
    showHead: 'everyPage',
    // A row moves whole to the next page; only a row taller than a page is split.
    rowPageBreak: 'avoid',
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
