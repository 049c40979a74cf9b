import type { Article, Block, FieldItem } from '../document/document-model';
import { drawRiskMatrix, riskMatrixHeight } from './draw-risk-matrix';
import { TIMELINE_HEIGHT, drawTimeline } from './draw-timeline';
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
/** A paragraph or fields block this short before a table, timeline or matrix is its intro. */
const INTRO_LINES = 6;
/** A section's last part left alone on a new page below this share of the page is thin. */
const THIN_TAIL = 0.25;
const TABLE = { size: 9, padding: 1.8 } as const;

type TableBlock = Extract<Block, { type: 'table' }>;

export function drawArticle(ctx: PdfContext, article: Article): void {
  drawSection(ctx, article.heading, article.blocks);
}

/**
 * A heading and its blocks. The heading is kept with the start of its body: never stranded
 * at the foot of a page. With `noThinTail`, a section that fits on a page but would leave
 * only a few lines on the next one starts on a page of its own instead.
 */
export function drawSection(ctx: PdfContext, heading: string, blocks: Block[], { noThinTail = false } = {}): void {
  ctx.y += 3;
  const headingH = textHeight(ctx, heading, HEADING) + HEADING.spaceAfter;
  if (noThinTail) {
    const whole = headingH + blocksHeight(ctx, blocks);
    const overflow = ctx.y + whole - ctx.box().bottom;
    if (whole <= pageRoom(ctx) && overflow > 0 && overflow < THIN_TAIL * pageRoom(ctx)) ctx.addPage();
  }
  ensureSpace(ctx, headingH + startHeight(ctx, blocks));
  flowText(ctx, heading, HEADING);
  blocks.forEach((block, i) => drawBlock(ctx, block, blocks.slice(i + 1)));
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
    else if (b.type === 'fields') h += fieldsHeight(ctx, b) + 2;
    else h += largeBlockHeight(ctx, b, false);
  }
  return h;
}

function isLarge(block: Block | undefined): block is Extract<Block, { type: 'table' | 'timeline' | 'riskMatrix' }> {
  return block?.type === 'table' || block?.type === 'timeline' || block?.type === 'riskMatrix';
}

/** A table, timeline or matrix: whole, or only what must open a page (a table's head and first row). */
function largeBlockHeight(
  ctx: PdfContext,
  block: Extract<Block, { type: 'table' | 'timeline' | 'riskMatrix' }>,
  startOnly: boolean,
): number {
  if (block.type === 'timeline') return TIMELINE_HEIGHT;
  if (block.type === 'riskMatrix') return riskMatrixHeight(ctx, block);
  const { head, rows } = tableRowHeights(ctx, block);
  return head + (startOnly ? (rows[0] ?? 0) : rows.reduce((a, b) => a + b, 0) + 4);
}

/**
 * What must follow a heading on its page: the first lines or the first item of what comes
 * next. A short intro (a paragraph or a few fields) comes with the start of the table,
 * timeline or matrix it introduces; a fields block comes whole when it fits on a page.
 */
function startHeight(ctx: PdfContext, next: Block[]): number {
  const first = next[0];
  if (!first) return 0;
  const lh = lineHeight(ctx.doc, BODY);
  const withIntroduced = (intro: number, spaceAfter: number) =>
    intro <= INTRO_LINES * lh && isLarge(next[1]) ? intro + spaceAfter + startHeight(ctx, next.slice(1)) : null;
  switch (first.type) {
    case 'paragraph': {
      const h = textHeight(ctx, first.text, { size: BODY });
      return withIntroduced(h, 2.5) ?? Math.min(h, 2 * lh);
    }
    case 'subheading':
      return 1 + textHeight(ctx, first.text, SUBHEADING) + SUBHEADING.spaceAfter + startHeight(ctx, next.slice(1));
    case 'list': {
      // Two lines at least: two short items, or the first two lines of a long one.
      let h = 0;
      for (const item of first.items) {
        if (h >= 2 * lh) break;
        h += Math.min(textHeight(ctx, item, { size: BODY, indent: 7 }) + 0.6, 2 * lh);
      }
      return Math.min(h, 2 * lh + 0.6 + lh);
    }
    case 'fields': {
      const whole = fieldsHeight(ctx, first);
      return withIntroduced(whole, 2) ?? (whole <= pageRoom(ctx) ? whole : fieldsLead(ctx, first));
    }
    case 'table':
    case 'timeline':
    case 'riskMatrix':
      return largeBlockHeight(ctx, first, true);
  }
}

function fieldsHeight(ctx: PdfContext, block: Extract<Block, { type: 'fields' }>): number {
  return block.items.reduce((sum, item) => sum + fieldHeight(ctx, item), 0);
}

/** The first fields of a block too long for a page, about three lines of them. */
function fieldsLead(ctx: PdfContext, block: Extract<Block, { type: 'fields' }>): number {
  const lh = lineHeight(ctx.doc, BODY);
  let h = 0;
  for (const item of block.items) {
    if (h >= 3 * lh) break;
    h += fieldHeight(ctx, item);
  }
  return Math.min(h, pageRoom(ctx) / 2);
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
      drawTable(ctx, block);
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
  const whole = fieldsHeight(ctx, block);
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

function fittedTable(ctx: PdfContext, block: TableBlock) {
  const box = ctx.box();
  const { head, rows, widths } = block;
  return fitTable(ctx, { head, rows, ...(widths ? { weights: widths } : {}), total: box.right - box.left, ...TABLE });
}

/** Heights in mm of the head and of each row, as autotable lays them out. */
function tableRowHeights(ctx: PdfContext, block: TableBlock): { head: number; rows: number[] } {
  const { doc } = ctx;
  const fitted = fittedTable(ctx, block);
  const k = doc.internal.scaleFactor;
  const lh = (TABLE.size / k) * doc.getLineHeightFactor();
  doc.setFontSize(TABLE.size);
  const rowHeight = (cells: string[], bold: boolean) => {
    doc.setFont(FONT, bold ? 'bold' : 'normal');
    const lines = cells.map(
      (c, i) => (doc.splitTextToSize(c, fitted.widths[i]! - 2 * TABLE.padding + 1 / k) as string[]).length,
    );
    return Math.max(1, ...lines) * lh + 2 * TABLE.padding;
  };
  return { head: rowHeight(fitted.head, true), rows: fitted.rows.map((r) => rowHeight(r, false)) };
}

function drawTable(ctx: PdfContext, block: TableBlock): void {
  const box = ctx.box();
  const fitted = fittedTable(ctx, block);
  const columnStyles = Object.fromEntries(fitted.widths.map((w, i) => [i, { cellWidth: w }]));
  // The head never ends a page without a first row under it.
  ensureSpace(ctx, largeBlockHeight(ctx, block, true));
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
      fontSize: TABLE.size,
      cellPadding: TABLE.padding,
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
