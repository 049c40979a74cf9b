import type { jsPDF } from 'jspdf';
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

/**
 * « and » hold to their words with a no-break space, as French typography wants; a plain
 * space (or none) typed by a user would let a line end on an opening «.
 */
export function guillemetSpacing(text: string): string {
  return text.replace(/«[ \u00a0\u202f]*/g, '«\u00a0').replace(/[ \u00a0\u202f]*»/g, '\u00a0»');
}

export function setColor(doc: jsPDF, rgb: Rgb): void {
  doc.setTextColor(rgb[0], rgb[1], rgb[2]);
}

/** Height in mm of one line of text at `size` pt. */
export function lineHeight(doc: jsPDF, size: number, factor = 1.35): number {
  return (size * factor) / doc.internal.scaleFactor;
}

/** Starts a new page if fewer than `height` mm remain below the cursor. */
export function ensureSpace(ctx: PdfContext, height: number): void {
  if (ctx.y + height > ctx.box().bottom) ctx.addPage();
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
  const lines = wrap(ctx, text, width);
  ensureSpace(ctx, lh * Math.min(lines.length, style.keepLines ?? 1));
  // A right-to-left paragraph (Arabic…) is set flush right over the same width; one that
  // holds on one line (a name, a title) keeps the document's alignment, beside the French
  // lines around it, its letters still running right to left.
  const rtl = isRtlParagraph(text) && lines.length > 1;
  for (const line of lines) {
    ensureSpace(ctx, lh);
    // Baseline sits at ~80 % of the line box so that consecutive lines never overlap.
    const baseline = ctx.y + lh * 0.78;
    if (rtl) doc.text(line, ctx.box().left + indent + width, baseline, { align: 'right' });
    else doc.text(line, ctx.box().left + indent, baseline);
    ctx.y += lh;
  }
  ctx.y += style.spaceAfter ?? 0;
}

/**
 * Column widths in mm from relative `weights`, widened where needed so that the longest
 * word of each head fits on one line (bold, at `size`): a narrow column broke
 * "Probabilité" into "Probabilit|é". The room is taken from the columns with the most to
 * spare, in proportion; if the heads cannot all fit, the weights are kept.
 */
export function fitColumnWidths(
  ctx: PdfContext,
  head: string[],
  weights: number[],
  total: number,
  size: number,
  padding: number,
): number[] {
  const { doc } = ctx;
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  const widths = weights.map((w) => (w / sum) * total);
  doc.setFont(FONT, 'bold');
  doc.setFontSize(size);
  const need = head.map(
    (h) =>
      Math.max(
        0,
        ...clean(ctx, h)
          .split(/[\s\u00a0\n]+/)
          .map((word) => doc.getTextWidth(word)),
      ) +
      2 * padding +
      0.6,
  );
  if (need.reduce((a, b) => a + b, 0) > total) return widths;
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
