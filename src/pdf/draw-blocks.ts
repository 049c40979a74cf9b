import type { UserOptions } from 'jspdf-autotable';
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
  linesOnThisPage,
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
/**
 * A sub-heading's part no taller than this share of a page is never split: a partner's few
 * lines read under its name (the THIN_TAIL share, so a page never ends more than that short).
 */
const SMALL_PART = THIN_TAIL;
/** A text this short that ends a sub-heading's part never opens a page alone. */
const TAIL_LINES = 3;
/** Below a list's last item: its own space, then the list's. */
const LIST_GAP = 0.6 + 2;
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

/** Blocks' height without the space after the last one: what must fit above the page foot. */
function partHeight(ctx: PdfContext, blocks: Block[]): number {
  const last = blocks.at(-1);
  const gap = last?.type === 'paragraph' ? 2.5 : last?.type === 'list' || last?.type === 'fields' ? 2 : 0;
  return blocksHeight(ctx, blocks) - gap;
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
  if (!startOnly) return head + rows.reduce((a, b) => a + b, 0) + 4;
  // The first row, and the total rows right under it: they never open the next page alone.
  let lead = rows.length > 0 ? 1 : 0;
  while (lead < rows.length && block.totals?.includes(lead)) lead++;
  return head + rows.slice(0, lead).reduce((a, b) => a + b, 0);
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
      if (keepsWithNext(first)) return h + 2.5 + startHeight(ctx, next.slice(1));
      // Two lines, or all of a paragraph of three (two then one would leave a widow), with
      // the short text it keeps with it.
      return withIntroduced(h, 2.5) ?? (h < 3.5 * lh ? h + tailHeight(ctx, next.slice(1), 2.5) : 2 * lh);
    }
    case 'subheading': {
      const own = 1 + textHeight(ctx, first.text, SUBHEADING) + SUBHEADING.spaceAfter;
      // Without the joining words or labels that end it: they go with what follows.
      let part = partOf(next.slice(1));
      while (part.length > 0 && keepsWithNext(part.at(-1)!)) part = part.slice(0, -1);
      const height = partHeight(ctx, part);
      return own + (part.length > 0 && height <= SMALL_PART * pageRoom(ctx) ? height : startHeight(ctx, next.slice(1)));
    }
    case 'list':
      return listLead(ctx, first, tailHeight(ctx, next.slice(1), LIST_GAP));
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

/**
 * What must fit before a list starts: its first item as drawListItem needs it, and when that
 * is a single line, the start of the second too (two lines at least).
 */
function listLead(ctx: PdfContext, list: Extract<Block, { type: 'list' }>, tail: number): number {
  const lh = lineHeight(ctx.doc, BODY);
  const needs = listItemNeeds(ctx, list.items, tail);
  const first = needs[0] ?? 0;
  const second = list.items.length > 2 && first < 2 * lh ? 0.6 + needs[1]! : 0;
  return Math.min(first + second, pageRoom(ctx));
}

/** The height of a short list item (four lines at most, never split); null for a longer one. */
function listItemShort(ctx: PdfContext, item: string): number | null {
  const h = textHeight(ctx, item, { size: BODY, indent: 7 });
  return h <= 4 * lineHeight(ctx.doc, BODY) ? h : null;
}

/**
 * For each item, what must follow its last lines on their page (see flowText's `after`):
 * the last item never opens a page alone, so the one before it takes it along; the last
 * takes the short text that ends the part (`tail`).
 */
function listItemAfters(ctx: PdfContext, items: string[], tail: number): number[] {
  const lh = lineHeight(ctx.doc, BODY);
  const last = items.length - 1;
  const lastShort = last >= 0 ? listItemShort(ctx, items[last]!) : null;
  const lastNeed = lastShort !== null ? lastShort + tail : 2 * lh;
  // The gap between two items, then the last one.
  return items.map((_, i) => (i === last ? tail : i === last - 1 ? 0.6 + lastNeed : 0));
}

/** What each item needs below the cursor before it starts: a short item whole with what follows it, else two lines. */
function listItemNeeds(ctx: PdfContext, items: string[], tail: number): number[] {
  const lh = lineHeight(ctx.doc, BODY);
  const afters = listItemAfters(ctx, items, tail);
  return items.map((item, i) => {
    const short = listItemShort(ctx, item);
    return Math.min(short !== null ? short + afters[i]! : 2 * lh, pageRoom(ctx));
  });
}

/**
 * A paragraph that introduces what follows rather than saying something of its own: a
 * joining word (« et » between two parties) or a label ending with a colon (« Entre les
 * soussignés : », « Ce que l’association apporte : »). Left alone at a page foot it reads
 * as nothing; it opens the page of what it introduces.
 */
function keepsWithNext(block: Block): boolean {
  return block.type === 'paragraph' && (block.keepWithNext === true || /:\s*$/u.test(block.text));
}

/** The blocks of a sub-heading's part: up to the next sub-heading. */
function partOf(blocks: Block[]): Block[] {
  const end = blocks.findIndex((b) => b.type === 'subheading');
  return end < 0 ? blocks : blocks.slice(0, end);
}

/**
 * What must follow the last lines of a block on their page: the `gap` below them, then the
 * short text that ends a sub-heading's part (« Capacité de négocier… » under « COBSAC »,
 * « ci-après … » under a party), which would otherwise open the next page alone, cut from
 * what it ends. 0 when no such text follows.
 */
function tailHeight(ctx: PdfContext, next: Block[], gap: number): number {
  const tail = next[0];
  if (!tail || (next[1] && next[1].type !== 'subheading')) return 0;
  if ((tail.type !== 'paragraph' || keepsWithNext(tail)) && tail.type !== 'list') return 0;
  const lh = lineHeight(ctx.doc, BODY);
  const texts = tail.type === 'list' ? tail.items : [tail.text];
  const indent = tail.type === 'list' ? 7 : 0;
  const lines = texts.reduce((n, text) => n + Math.round(textHeight(ctx, text, { size: BODY, indent }) / lh), 0);
  return lines <= TAIL_LINES ? gap + partHeight(ctx, [tail]) : 0;
}

function fieldsHeight(ctx: PdfContext, block: Extract<Block, { type: 'fields' }>): number {
  return block.items.reduce((sum, item) => sum + fieldHeight(ctx, item), 0);
}

/**
 * The first fields of a block too long for a page, about three lines of them, each as
 * drawField needs it (whole when it fits on a page, else its label and first lines).
 */
function fieldsLead(ctx: PdfContext, block: Extract<Block, { type: 'fields' }>): number {
  const lh = lineHeight(ctx.doc, BODY);
  let h = 0;
  for (const item of block.items) {
    if (h >= 3 * lh) break;
    const need = fieldNeed(ctx, item, 0);
    if (need < fieldHeight(ctx, item)) return Math.min(h + need, pageRoom(ctx));
    h += need;
  }
  return Math.min(h, pageRoom(ctx));
}

/** What a field needs below the cursor before it starts: all of it with `after` when that fits on a page, else its label and three lines. */
function fieldNeed(ctx: PdfContext, item: FieldItem, after: number): number {
  const lh = lineHeight(ctx.doc, BODY);
  const { labelLines, valueLines } = fieldLines(ctx, item);
  const whole = Math.max(labelLines.length, valueLines.length) * lh;
  return whole + after <= pageRoom(ctx) ? whole + after : lh * Math.max(labelLines.length, 3);
}

function pageRoom(ctx: PdfContext): number {
  return ctx.box().bottom - ctx.box().top;
}

export function drawBlock(ctx: PdfContext, block: Block, next: Block[] = []): void {
  switch (block.type) {
    case 'paragraph':
      // Keep-with-next: a label or joining word opens the page of what it introduces.
      if (keepsWithNext(block)) ensureSpace(ctx, startHeight(ctx, [block, ...next]));
      // No single line left alone at the foot of a page, nor at the top of the next.
      flowText(ctx, block.text, { size: BODY, spaceAfter: 2.5, keepLines: 2, after: tailHeight(ctx, next, 2.5) });
      return;
    case 'subheading':
      // Keep-with-next: a sub-heading starts a page rather than end one, with its whole
      // part when that is short.
      ctx.y += 1;
      ensureSpace(ctx, startHeight(ctx, [block, ...next]) - 1);
      flowText(ctx, block.text, SUBHEADING);
      return;
    case 'list': {
      const tail = tailHeight(ctx, next, LIST_GAP);
      ensureSpace(ctx, listLead(ctx, block, tail));
      const needs = listItemNeeds(ctx, block.items, tail);
      const afters = listItemAfters(ctx, block.items, tail);
      block.items.forEach((item, i) => drawListItem(ctx, item, needs[i]!, afters[i]!));
      ctx.y += 2;
      return;
    }
    case 'fields': {
      const whole = keptTogetherHeight(ctx, block);
      if (whole !== null) ensureSpace(ctx, whole);
      const tail = tailHeight(ctx, next, 1.2 + 2);
      block.items.forEach((item, i) => drawField(ctx, item, i === block.items.length - 1 ? tail : 0));
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

/**
 * A bullet and its item: `need` must fit below the cursor first (listItemNeeds), `after`
 * must follow its last lines on their page (see flowText).
 */
function drawListItem(ctx: PdfContext, item: string, need: number, after: number): void {
  const { doc } = ctx;
  const lh = lineHeight(doc, BODY);
  const height = textHeight(ctx, item, { size: BODY, indent: 7 });
  ensureSpace(ctx, need);
  doc.setFont(FONT, 'normal');
  doc.setFontSize(BODY);
  setColor(doc, COLORS.accent);
  // The bullet goes where the item's first line does: turn the page first if flowText would.
  const left = Math.round(height / lh);
  if (linesOnThisPage(ctx, { left, lineHeight: lh, keep: 2, after, first: true }) === 0) ctx.addPage();
  doc.text('•', ctx.box().left + 2, ctx.y + lh * 0.78);
  flowText(ctx, item, { size: BODY, indent: 7, spaceAfter: 0.6, keepLines: 2, after });
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
function drawField(ctx: PdfContext, item: FieldItem, after = 0): void {
  const { doc } = ctx;
  const lh = lineHeight(doc, BODY);
  const { labelLines, valueLines } = fieldLines(ctx, item);
  const rows = Math.max(labelLines.length, valueLines.length);
  ensureSpace(ctx, fieldNeed(ctx, item, after));
  // Page by page, as flowText: never the value's last line alone at the next page's top.
  let i = 0;
  while (i < rows) {
    const take = linesOnThisPage(ctx, { left: rows - i, lineHeight: lh, keep: 1, after, first: false });
    if (take === 0) {
      ctx.addPage();
      continue;
    }
    for (const end = i + take; i < end; i++) {
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
    if (i < rows) ctx.addPage();
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
  const options = (body: string[][], first: number): UserOptions => ({
    startY: ctx.y,
    margin: {
      top: box.top,
      bottom: ctx.doc.internal.pageSize.getHeight() - box.bottom,
      left: box.left,
      right: ctx.doc.internal.pageSize.getWidth() - box.right,
    },
    head: [fitted.head],
    body,
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
    // Stripes follow the whole table's rows, also in a part drawn on its own.
    ...(first % 2 === 0
      ? { alternateRowStyles: { fillColor: [...COLORS.zebra] } }
      : { bodyStyles: { fillColor: [...COLORS.zebra] }, alternateRowStyles: { fillColor: 255 } }),
    columnStyles,
  });
  const starts = pageStarts(ctx, block, ctx.tableHeights(options(fitted.rows, 0)));
  if (starts.length === 0) {
    ctx.table(options(fitted.rows, 0));
  } else {
    // Drawn a page at a time, each part under its own head, so that the pages break
    // where pageStarts says rather than where autotable would.
    [0, ...starts].forEach((first, i) => {
      if (i > 0) ctx.addPage();
      ctx.table(options(fitted.rows.slice(first, starts[i]), first));
    });
  }
  ctx.y = lastTableEnd(ctx) + 4;
}

/**
 * The rows that open a new page, when autotable's own breaks would open one with a total
 * row: that page takes the rows above it too, down to one that is not a total (a total
 * alone under a repeated head reads as nothing). Empty when autotable's breaks will do.
 */
function pageStarts(ctx: PdfContext, block: TableBlock, heights: { head: number; body: number[] }): number[] {
  const totals = new Set(block.totals ?? []);
  const box = ctx.box();
  const room = box.bottom - box.top - heights.head;
  // A row taller than a page is split by autotable: leave its breaks alone.
  if (totals.size === 0 || heights.body.some((h) => h > room)) return [];
  const starts: number[] = [];
  let moved = false;
  let first = 0;
  let y = ctx.y + heights.head;
  for (let i = 0; i < heights.body.length; i++) {
    const h = heights.body[i]!;
    if (y + h > box.bottom + 1e-6 && i > first) {
      let start = i;
      while (totals.has(start) && start > first + 1) start--;
      moved ||= start !== i;
      starts.push(start);
      first = start;
      y = box.top + heights.head;
      i = start - 1;
      continue;
    }
    y += h;
  }
  return moved ? starts : [];
}

/** autotable leaves its end position on the document, outside jsPDF's typings. */
export function lastTableEnd(ctx: PdfContext): number {
  const last: unknown = Reflect.get(ctx.doc, 'lastAutoTable');
  const finalY: unknown = typeof last === 'object' && last !== null ? Reflect.get(last, 'finalY') : undefined;
  return typeof finalY === 'number' ? finalY : ctx.y;
}
