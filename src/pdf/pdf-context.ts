import type { jsPDF } from 'jspdf';
import { guillemetSpacing } from '../document/typography';
import type { UserOptions } from 'jspdf-autotable';
import { sanitizeForPdf } from './sanitize';

/** The family name both embedded weights are registered under. */
export const FONT = 'DejaVu';

export const COLORS = {
  text: [33, 37, 41],
  muted: [100, 106, 115],
  accent: [23, 78, 122],
  rule: [190, 196, 204],
  headFill: [23, 78, 122],
  zebra: [244, 246, 249],
} as const satisfies Record<string, readonly [number, number, number]>;

export type Rgb = readonly [number, number, number];

export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * What the drawing modules share: the document, a page cursor and the table function
 * (injected so that only render-pdf.ts loads jspdf-autotable at runtime).
 */
export interface PdfContext {
  doc: jsPDF;
  table: (options: UserOptions) => void;
  /** Heights in mm of a table's head and of each body row, as `table` would lay them out. */
  tableHeights: (options: UserOptions) => { head: number; body: number[] };
  coverage: ReadonlySet<number>;
  /** Stand-in for a character outside `coverage` that keeps it extractable (glyph-carriers.ts). */
  substitute?: (codePoint: number) => string | undefined;
  /** Current vertical position in mm on the current page. */
  y: number;
  /** The writable area of the current page. */
  box: () => Box;
  /** Adds a page of the given orientation and moves the cursor to its top. */
  addPage: (orientation?: 'portrait' | 'landscape') => void;
}

export const MARGIN = { side: 20, top: 24, bottom: 22, sideLandscape: 14 } as const;

export function pageBox(doc: jsPDF): Box {
  const w = doc.internal.pageSize.getWidth();
  const h = doc.internal.pageSize.getHeight();
  const side = w > h ? MARGIN.sideLandscape : MARGIN.side;
  return { top: MARGIN.top, bottom: h - MARGIN.bottom, left: side, right: w - side };
}

/**
 * Text options for every autotable. autotable 5 defaults its cells to
 * `{ isInputVisual: false, isInputRtl: false, … }`, which turns off the reordering jsPDF's
 * bidi engine applies to plain `doc.text()` (input taken as visual), so Arabic inside
 * table cells came out letter-reversed. An empty object lets jsPDF apply the same
 * defaults as for plain text. A fresh object per table: jsPDF writes into it.
 */
export function plainTextOptions(): Record<string, never> {
  return {};
}

export function clean(ctx: PdfContext, text: string): string {
  return sanitizeForPdf(guillemetSpacing(text), ctx.coverage, ctx.substitute);
}

export function setColor(doc: jsPDF, rgb: Rgb): void {
  doc.setTextColor(rgb[0], rgb[1], rgb[2]);
}

/** Height in mm of one line of text at `size` pt. */
export function lineHeight(doc: jsPDF, size: number, factor = 1.35): number {
  return (size * factor) / doc.internal.scaleFactor;
}

/**
 * Starts a new page if fewer than `height` mm remain below the cursor. At the top of a page
 * (within a heading's top gap) a new page brings no more room: the content starts where it
 * is rather than after a blank page, when what must stay together is about a page tall.
 */
export function ensureSpace(ctx: PdfContext, height: number): void {
  const box = ctx.box();
  if (ctx.y + height > box.bottom && ctx.y > box.top + 5) ctx.addPage();
}

export interface TextStyle {
  size?: number;
  bold?: boolean;
  color?: Rgb;
  indent?: number;
  /** Width available; defaults to the page box from the indent. */
  width?: number;
  spaceAfter?: number;
  /** Keep at least this many lines together at the top of the text (default 1). */
  keepLines?: number;
  /**
   * Height in mm of what must follow the text's last lines on their page (a short text
   * that would otherwise open the next page alone): the last lines go over with it.
   */
  after?: number;
  /** Lines of even length, as CSS `text-wrap: balance` (titles): no short word alone on the last. */
  balance?: boolean;
}

/** Splits sanitized text into lines that fit `width` at the current font. */
export function wrap(ctx: PdfContext, text: string, width: number): string[] {
  const lines: string[] = [];
  for (const para of clean(ctx, text).split('\n')) {
    if (para === '') lines.push('');
    else if (isRtlParagraph(para)) lines.push(...wrapShaped(ctx, para, width));
    else lines.push(...(ctx.doc.splitTextToSize(para, width) as string[]));
  }
  return lines;
}

/**
 * The narrowest wrap with as many lines as at full `width` (the current font): the lines
 * come out of even length, so a title never ends on one short word ("… Guérande–Đà" /
 * "Nẵng" becomes "Filière de sel solidaire" / "Guérande–Đà Nẵng").
 */
export function balancedWrap(ctx: PdfContext, text: string, width: number): string[] {
  if (isRtlParagraph(text)) return wrap(ctx, text, width);
  const lines = wrapKeepingNames(ctx, text, width);
  if (lines.length < 2) return lines;
  let lo = 0;
  let hi = width;
  // 0.5 mm is finer than any glyph at a title's size.
  while (hi - lo > 0.5) {
    const mid = (lo + hi) / 2;
    const candidate = wrapKeepingNames(ctx, text, mid);
    // A word wider than `mid` would be cut inside: too narrow, as is an extra line.
    const cut = candidate.some((l) => ctx.doc.getTextWidth(l) > mid + 0.01);
    if (cut || candidate.length > lines.length) lo = mid;
    else hi = mid;
  }
  return wrapKeepingNames(ctx, text, hi);
}

/**
 * A title's place and organisation names keep their words together (« Burkina Faso »,
 * « Pays de la Loire » are not split between two capitalised words): the space between two
 * capitalised words is bound for the wrapping, then given back. Only for a title written
 * with plain spaces, so a no-break space of the partners' own is never changed.
 */
function wrapKeepingNames(ctx: PdfContext, text: string, width: number): string[] {
  if (text.includes('\u00a0')) return wrap(ctx, text, width);
  const bound = text.replace(/(?<=\p{Lu}[\p{L}’'.-]*) (?=\p{Lu})/gu, '\u00a0');
  const lines = wrap(ctx, bound, width).map((line) => line.replaceAll('\u00a0', ' '));
  // A run of names wider than the line is cut between its words after all, never inside one.
  return lines.some((l) => ctx.doc.getTextWidth(l) > width + 0.01) ? wrap(ctx, text, width) : lines;
}

/** Height in mm that `flowText` would take for `text` (without `spaceAfter`). */
export function textHeight(ctx: PdfContext, text: string, style: TextStyle = {}): number {
  const { doc } = ctx;
  const size = style.size ?? 10;
  doc.setFont(FONT, style.bold ? 'bold' : 'normal');
  doc.setFontSize(size);
  const width = style.width ?? ctx.box().right - ctx.box().left - (style.indent ?? 0);
  return wrap(ctx, text, width).length * lineHeight(doc, size);
}

/** Arabic, Hebrew, Syriac, Thaana or N'Ko letters: the paragraph is set right to left. */
const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
const LTR_LETTER = /[A-Za-z\u00c0-\u024f\u1e00-\u1eff]/;

/** A paragraph whose first strong letter is right-to-left (the Unicode bidi P2 rule). */
export function isRtlParagraph(text: string): boolean {
  for (const ch of text) {
    if (RTL_LETTER.test(ch)) return true;
    if (LTR_LETTER.test(ch)) return false;
  }
  return false;
}

/**
 * Word-by-word wrap measured on the shaped text. jsPDF's splitTextToSize adds up the
 * widths of isolated Arabic letters, wider than the joined forms drawn, so Arabic lines
 * came out at ~70 % of the column; getTextWidth shapes first (jsPDF's arabic parser).
 */
function wrapShaped(ctx: PdfContext, para: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of para.split(' ')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && ctx.doc.getTextWidth(candidate) > width) {
      out.push(line);
      line = word;
    } else line = candidate;
  }
  out.push(line);
  return out;
}

/** Lines of a text that flows over a page break: never fewer than two open the next page. */
const WIDOW_LINES = 2;

/** Within a heading's top gap of the page top: a new page would bring no more room. */
function atPageTop(ctx: PdfContext): boolean {
  return ctx.y <= ctx.box().top + 5;
}

/**
 * How many of the `left` lines still to draw go on this page. All of them when they fit
 * with what must follow; else never a lone last line at the next page's top (widow): a line
 * more goes over; nor fewer than `keep` first lines at this page's foot (orphan): then none.
 */
export function linesOnThisPage(
  ctx: PdfContext,
  {
    left,
    lineHeight: lh,
    keep,
    after,
    first,
  }: { left: number; lineHeight: number; keep: number; after: number; first: boolean },
): number {
  const room = ctx.box().bottom - ctx.y + 1e-6;
  if (left * lh + after <= room) return left;
  const fit = Math.max(0, Math.floor(room / lh));
  // All lines fit but not what follows them: the last ones go over with it.
  let take = Math.min(fit, left - (after > 0 ? 1 : 0));
  if (left - take < WIDOW_LINES) take = left - WIDOW_LINES;
  if (first && take < Math.min(keep, left)) take = 0;
  // At a page top there is nowhere better to go: fill the page.
  if (take <= 0 && atPageTop(ctx)) take = Math.max(1, Math.min(fit, left));
  return Math.max(0, take);
}

/** Writes wrapped text at the cursor, flowing onto new pages line by line. */
export function flowText(ctx: PdfContext, text: string, style: TextStyle = {}): void {
  const { doc } = ctx;
  const size = style.size ?? 10;
  const indent = style.indent ?? 0;
  doc.setFont(FONT, style.bold ? 'bold' : 'normal');
  doc.setFontSize(size);
  setColor(doc, style.color ?? COLORS.text);
  const width = style.width ?? ctx.box().right - ctx.box().left - indent;
  const lh = lineHeight(doc, size);
  const lines = style.balance ? balancedWrap(ctx, text, width) : wrap(ctx, text, width);
  // A right-to-left paragraph (Arabic…) is set flush right over the same width; one that
  // holds on one line (a name, a title) keeps the document's alignment, beside the French
  // lines around it, its letters still running right to left.
  const rtl = isRtlParagraph(text) && lines.length > 1;
  const keep = style.keepLines ?? 1;
  let drawn = 0;
  while (drawn < lines.length) {
    const take = linesOnThisPage(ctx, {
      left: lines.length - drawn,
      lineHeight: lh,
      keep,
      after: style.after ?? 0,
      first: drawn === 0,
    });
    if (take === 0) {
      ctx.addPage();
      continue;
    }
    for (const line of lines.slice(drawn, drawn + take)) {
      // Baseline sits at ~80 % of the line box so that consecutive lines never overlap.
      const baseline = ctx.y + lh * 0.78;
      if (rtl) doc.text(line, ctx.box().left + indent + width, baseline, { align: 'right' });
      else doc.text(line, ctx.box().left + indent, baseline);
      ctx.y += lh;
    }
    drawn += take;
    if (drawn < lines.length) ctx.addPage();
  }
  ctx.y += style.spaceAfter ?? 0;
}

export interface TableText {
  head: string[];
  rows: string[][];
  /** Relative widths; without them, the columns share the room by their content's width. */
  weights?: number[];
  /** Width of the table in mm. */
  total: number;
  /** Font size in pt of head (bold) and body. */
  size: number;
  /** Cell padding in mm, each side. */
  padding: number;
}

export interface FittedTable {
  widths: number[];
  /** The cells as they must be drawn: sanitized, dates glued, over-long words hyphenated. */
  head: string[];
  rows: string[][];
}

/** Room autotable wants on top of the text and padding, in mm (its own rounding, then some). */
const CELL_SLACK = 0.6;

/**
 * Groups a reader takes in one glance, kept on one line by no-break spaces when the
 * column can hold them: a date ("1er sept. 2026", "15 June 2026", "Jan 2027"), a short
 * bracketed scale ("(1 à 4)"), an amount and its unit ("12 t", "40 %").
 */
const GLUE = [
  /\b\d{1,2}(?:er|st|nd|rd|th)? \p{L}{3,}\.? \d{4}\b/gu,
  /\b\p{L}{3,}\.? \d{1,2}, \d{4}\b/gu,
  /\b\p{Lu}\p{Ll}{2,}\.? \d{4}\b/gu,
  /\([^()\n]{1,12}\)/gu,
  /\d (?:€|%|t|kg|km|h)(?![\p{L}\d])/gu,
];

export function glueGroups(text: string): string {
  return GLUE.reduce((t, re) => t.replace(re, (m) => m.replace(/ /g, '\u00a0')), text);
}

/**
 * Column widths and cell texts for an autotable. Every column is made at least as wide as
 * its longest unbreakable word, head (bold) and body alike: a column sized on its head
 * alone printed "En cours de traite|ment". Dates and short groups are kept whole when the
 * table can afford it, then only words; when even the words cannot all fit, the words too
 * long for their column are broken with a visible hyphen rather than cut silently.
 */
export function fitTable(ctx: PdfContext, table: TableText): FittedTable {
  const glued = {
    head: table.head.map((h) => glueGroups(clean(ctx, h))),
    rows: table.rows.map((r) => r.map((c) => glueGroups(clean(ctx, c)))),
  };
  const plain = {
    head: table.head.map((h) => clean(ctx, h)),
    rows: table.rows.map((r) => r.map((c) => clean(ctx, c))),
  };
  const weights = table.weights ?? naturalWeights(ctx, plain, table);
  for (const texts of [glued, plain]) {
    const need = columnNeeds(ctx, texts, table);
    if (need.reduce((a, b) => a + b, 0) <= table.total) {
      return { widths: widen(weights, need, table.total), ...texts };
    }
  }
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  const widths = weights.map((w) => (w / sum) * table.total);
  const { doc } = ctx;
  const inner = (i: number) => widths[i]! - 2 * table.padding - CELL_SLACK;
  doc.setFont(FONT, 'bold');
  doc.setFontSize(table.size);
  const head = plain.head.map((h, i) => hyphenate(ctx, h, inner(i)));
  doc.setFont(FONT, 'normal');
  const rows = plain.rows.map((r) => r.map((c, i) => hyphenate(ctx, c, inner(i))));
  return { widths, head, rows };
}

/** The pieces jsPDF's line breaking never splits (it breaks at spaces and newlines only). */
function words(text: string): string[] {
  return text.split(/[ \n]+/).filter((w) => w !== '');
}

function columnNeeds(ctx: PdfContext, texts: { head: string[]; rows: string[][] }, table: TableText): number[] {
  const { doc } = ctx;
  doc.setFontSize(table.size);
  const widest = (cells: string[], bold: boolean) => {
    doc.setFont(FONT, bold ? 'bold' : 'normal');
    return Math.max(0, ...cells.flatMap(words).map((w) => doc.getTextWidth(w)));
  };
  return texts.head.map(
    (h, i) =>
      Math.max(
        widest([h], true),
        widest(
          texts.rows.map((r) => r[i] ?? ''),
          false,
        ),
      ) +
      2 * table.padding +
      CELL_SLACK,
  );
}

/** Without weights, columns share the room as autotable's "auto" does: by their text's length. */
function naturalWeights(ctx: PdfContext, texts: { head: string[]; rows: string[][] }, table: TableText): number[] {
  const { doc } = ctx;
  doc.setFontSize(table.size);
  return texts.head.map((h, i) => {
    doc.setFont(FONT, 'bold');
    let w = Math.max(...h.split('\n').map((l) => doc.getTextWidth(l)));
    doc.setFont(FONT, 'normal');
    for (const r of texts.rows) for (const l of (r[i] ?? '').split('\n')) w = Math.max(w, doc.getTextWidth(l));
    return Math.max(1, w);
  });
}

/**
 * Widths from `weights`, widened to `need` where short; the room is taken from the columns
 * with the most to spare, in proportion. Assumes the needs fit in `total`.
 */
function widen(weights: number[], need: number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  const widths = weights.map((w) => (w / sum) * total);
  for (let round = 0; round < widths.length; round++) {
    const short = widths.map((w, i) => Math.max(0, need[i]! - w));
    const missing = short.reduce((a, b) => a + b, 0);
    if (missing <= 0.01) break;
    const spare = widths.map((w, i) => (short[i]! > 0 ? 0 : Math.max(0, w - need[i]!)));
    const available = spare.reduce((a, b) => a + b, 0);
    if (available <= 0) break;
    const take = Math.min(missing, available);
    for (let i = 0; i < widths.length; i++) {
      widths[i] = widths[i]! + short[i]! * (take / missing) - spare[i]! * (take / available);
    }
  }
  return widths;
}

/**
 * Breaks each word wider than `width` (at the current font) into pieces that fit with a
 * trailing hyphen, one per line: jsPDF would otherwise cut it anywhere, with no mark.
 */
export function hyphenate(ctx: PdfContext, text: string, width: number): string {
  const { doc } = ctx;
  return text
    .split('\n')
    .map((line) =>
      line
        .split(' ')
        .map((word) => {
          if (doc.getTextWidth(word) <= width) return word;
          const pieces: string[] = [];
          let rest = Array.from(word);
          while (rest.length > 1 && doc.getTextWidth(rest.join('')) > width) {
            let n = rest.length - 1;
            while (n > 1 && doc.getTextWidth(`${rest.slice(0, n).join('')}-`) > width) n--;
            pieces.push(`${rest.slice(0, n).join('')}-`);
            rest = rest.slice(n);
          }
          pieces.push(rest.join(''));
          return pieces.join('\n');
        })
        .join(' '),
    )
    .join('\n');
}
