// Table cells that mix weights, sizes and colours (a bold title over a muted category
// over a description). autotable draws one style per cell, so these cells are wrapped
// here, given blank placeholder lines for the row height, and drawn in didDrawCell.
import { COLORS, FONT, clean, hyphenate, setColor, type PdfContext, type Rgb } from './pdf-context';

export interface RichLine {
  text: string;
  bold: boolean;
  /** Font size in pt. */
  size: number;
  color: Rgb;
}

export interface RichPart {
  text: string;
  bold?: boolean;
  size?: number;
  color?: Rgb;
}

const DEFAULT_SIZE = 8;

/** Wraps each non-empty part to `width` mm in its own style. */
export function richLines(ctx: PdfContext, width: number, parts: RichPart[]): RichLine[] {
  const { doc } = ctx;
  const out: RichLine[] = [];
  for (const part of parts) {
    const text = clean(ctx, part.text).trim();
    if (text === '') continue;
    const style = { bold: part.bold ?? false, size: part.size ?? DEFAULT_SIZE, color: part.color ?? COLORS.text };
    doc.setFont(FONT, style.bold ? 'bold' : 'normal');
    doc.setFontSize(style.size);
    // A word longer than the column is broken with a hyphen, not cut anywhere.
    for (const para of hyphenate(ctx, text, width).split('\n')) {
      for (const line of doc.splitTextToSize(para, width) as string[]) out.push({ text: line, ...style });
    }
  }
  return out;
}

/** Draws lines from the cell's top padding, each advancing by its own line height. */
export function drawRichLines(ctx: PdfContext, lines: RichLine[], x: number, top: number, firstSize: number): void {
  const { doc } = ctx;
  const k = doc.internal.scaleFactor;
  const factor = doc.getLineHeightFactor();
  // Same first baseline as autotable's own cells: top padding + ~0.85 em.
  let y = top + ((lines[0]?.size ?? firstSize) / k) * 0.85;
  for (const line of lines) {
    doc.setFont(FONT, line.bold ? 'bold' : 'normal');
    doc.setFontSize(line.size);
    setColor(doc, line.color);
    doc.text(line.text, x, y);
    y += (line.size * factor) / k;
  }
}
