import { groupedFingerprint } from '../domain/fingerprint';
import { signatureImageFits } from '../lib/png-size';
import { signatureCaption, signatureSlotRows, type CharterModel, type SignatureSlot } from '../document/document-model';
import { COLORS, FONT, clean, flowText, lineHeight, setColor, textHeight, wrap, type PdfContext } from './pdf-context';

const GAP = 8;
const PAD = 4;
const IMAGE_H = 20;
const SLANT = 0.28;
const NAME_SIZE = 10;
const KIND_SIZE = 8;
const ROW_SIZE = 8.5;
const CAPTION_SIZE = 7;
const TYPED_SIZE = 14;
/** A blank row is tall enough to write in by hand on a printed copy. */
const BLANK_ROW = 7;
/** Room kept for a hand signature above the line when the slot is blank or drawn. */
const SIGN_AREA = IMAGE_H + 2;

type Signatures = CharterModel['signatures'];

/**
 * The full fingerprint, then one block per partner, two per row. Nothing in a block is
 * cut: names, titles, places, a typed signature and the note about another version wrap
 * and the block grows. The caller keeps the article's heading with the first row
 * (`signaturesLeadHeight`); a row that does not fit starts a page with `continued`
 * and the fingerprint drawn first, so no page holds boxes without the signature heading and
 * the version they sign.
 */
export function drawSignatures(ctx: PdfContext, signatures: Signatures, fingerprint: string, continued: string): void {
  drawFingerprint(ctx, signatures, fingerprint);
  const width = slotWidth(ctx);
  for (let i = 0; i < signatures.slots.length; i += 2) {
    const row = signatures.slots.slice(i, i + 2);
    const height = Math.max(...row.map((slot) => slotLayout(ctx, slot, signatures.labels, width).height));
    if (ctx.y + height > ctx.box().bottom) {
      ctx.addPage();
      flowText(ctx, continued, { size: 13, bold: true, color: COLORS.accent, spaceAfter: 3 });
      // A signatory reading this page on paper sees which version they sign, in full.
      drawFingerprint(ctx, signatures, fingerprint);
    }
    const box = ctx.box();
    row.forEach((slot, column) => {
      drawSlot(ctx, slotLayout(ctx, slot, signatures.labels, width), box.left + column * (width + GAP), ctx.y, height);
    });
    ctx.y += height + 4;
  }
}

/** Height of the fingerprint lines and the first row of blocks, to keep them with the heading. */
export function signaturesLeadHeight(ctx: PdfContext, signatures: Signatures, fingerprint: string): number {
  const width = slotWidth(ctx);
  const first = signatures.slots.slice(0, 2).map((slot) => slotLayout(ctx, slot, signatures.labels, width).height);
  return fingerprintHeight(ctx, signatures, fingerprint) + (first.length > 0 ? Math.max(...first) : 0);
}

function slotWidth(ctx: PdfContext): number {
  const box = ctx.box();
  return (box.right - box.left - GAP) / 2;
}

function fingerprintHeight(ctx: PdfContext, signatures: Signatures, fingerprint: string): number {
  if (!fingerprint) return 0;
  const width = ctx.box().right - ctx.box().left;
  return (
    textHeight(ctx, signatures.fingerprintLabel, { size: 8.5, bold: true, width }) +
    textHeight(ctx, groupedFingerprint(fingerprint), { size: 8.5, width }) +
    4
  );
}

function drawFingerprint(ctx: PdfContext, signatures: Signatures, fingerprint: string): void {
  if (!fingerprint) return;
  flowText(ctx, signatures.fingerprintLabel, { size: 8.5, bold: true, color: COLORS.muted });
  flowText(ctx, groupedFingerprint(fingerprint), { size: 8.5, color: COLORS.text, spaceAfter: 4 });
}

/** Everything a block shows, already wrapped to its width, and the height it needs. */
interface SlotLayout {
  slot: SignatureSlot;
  width: number;
  name: string[];
  kind: string[];
  labelWidth: number;
  rows: Array<{ label: string; value: string[] }>;
  typed: string[];
  caption: string[];
  height: number;
}

function slotLayout(ctx: PdfContext, slot: SignatureSlot, labels: Signatures['labels'], width: number): SlotLayout {
  const { doc } = ctx;
  const inner = width - 2 * PAD;
  doc.setFont(FONT, 'bold');
  doc.setFontSize(NAME_SIZE);
  const name = wrap(ctx, slot.partnerName, inner);
  doc.setFont(FONT, 'normal');
  doc.setFontSize(KIND_SIZE);
  const kind = wrap(ctx, slot.partnerKind, inner);
  doc.setFontSize(ROW_SIZE);
  const pairs = signatureSlotRows(slot, labels);
  const labelWidth = Math.max(...pairs.map(([l]) => doc.getTextWidth(clean(ctx, l)))) + 3;
  const rows = pairs.map(([label, value]) => ({
    label: clean(ctx, label),
    value: value ? wrap(ctx, value, inner - labelWidth) : [''],
  }));
  const s = markOf(slot.signed);
  doc.setFontSize(TYPED_SIZE);
  const typed = s && !(s.method === 'drawn' && s.image) ? wrap(ctx, s.name, inner - 4) : [];
  doc.setFontSize(CAPTION_SIZE);
  const caption = wrap(ctx, signatureCaption(slot.signed, labels), inner);

  const rowsHeight = rows.reduce(
    (h, r) => h + (isBlank(r.value) ? BLANK_ROW : r.value.length * lineHeight(doc, ROW_SIZE, 1.3)),
    0,
  );
  const signArea = Math.max(SIGN_AREA, typed.length * lineHeight(doc, TYPED_SIZE, 1.15) + 3);
  const height =
    PAD +
    name.length * lineHeight(doc, NAME_SIZE) +
    kind.length * lineHeight(doc, KIND_SIZE) +
    2 +
    rowsHeight +
    signArea +
    caption.length * lineHeight(doc, CAPTION_SIZE) +
    PAD;
  return { slot, width, name, kind, labelWidth, rows, typed, caption, height };
}

function drawSlot(ctx: PdfContext, layout: SlotLayout, x: number, y: number, height: number): void {
  const { doc } = ctx;
  const { width } = layout;
  doc.setDrawColor(...COLORS.rule);
  doc.setLineWidth(0.3);
  doc.roundedRect(x, y, width, height, 1.5, 1.5, 'S');

  const inner = x + PAD;
  const innerWidth = width - 2 * PAD;
  let cy = y + PAD;
  const lines = (texts: string[], size: number, left: number, factor = 1.35) => {
    const lh = lineHeight(doc, size, factor);
    for (const line of texts) {
      doc.text(line, left, cy + lh * 0.78);
      cy += lh;
    }
  };
  doc.setFont(FONT, 'bold');
  doc.setFontSize(NAME_SIZE);
  setColor(doc, COLORS.accent);
  lines(layout.name, NAME_SIZE, inner);
  doc.setFont(FONT, 'normal');
  doc.setFontSize(KIND_SIZE);
  setColor(doc, COLORS.muted);
  lines(layout.kind, KIND_SIZE, inner);
  cy += 2;

  doc.setFontSize(ROW_SIZE);
  const rowLh = lineHeight(doc, ROW_SIZE, 1.3);
  for (const row of layout.rows) {
    setColor(doc, COLORS.muted);
    if (isBlank(row.value)) {
      // Left blank on purpose: the block is filled in by hand on a printed copy, on a
      // dotted line at the foot of a row tall enough to write on.
      const base = cy + BLANK_ROW - 1.2;
      doc.text(row.label, inner, base);
      doc.setDrawColor(...COLORS.rule);
      doc.setLineDashPattern([0.6, 0.8], 0);
      doc.line(inner + layout.labelWidth, base + 0.6, inner + innerWidth, base + 0.6);
      doc.setLineDashPattern([], 0);
      cy += BLANK_ROW;
    } else {
      doc.text(row.label, inner, cy + rowLh * 0.78);
      setColor(doc, COLORS.text);
      lines(row.value, ROW_SIZE, inner + layout.labelWidth, 1.3);
    }
  }

  // The signature line sits above the caption at the bottom of the (row-shared) height.
  const captionHeight = layout.caption.length * lineHeight(doc, CAPTION_SIZE);
  const lineY = y + height - PAD - captionHeight - 1;
  const s = markOf(layout.slot.signed);
  if (s?.method === 'drawn' && s.image) drawImage(ctx, s.image, inner, lineY - IMAGE_H - 1, innerWidth, IMAGE_H);
  else if (layout.typed.length > 0) drawTyped(ctx, layout.typed, inner, lineY - 1.5);
  doc.setDrawColor(...COLORS.muted);
  doc.setLineWidth(0.3);
  doc.line(inner, lineY, inner + innerWidth, lineY);
  doc.setFont(FONT, 'normal');
  doc.setFontSize(CAPTION_SIZE);
  setColor(doc, COLORS.muted);
  cy = lineY + 0.6;
  lines(layout.caption, CAPTION_SIZE, inner);
}

/**
 * The signature whose mark (drawn image, typed name) is reproduced on the signing line: not
 * one given on another version. Under "each partner approves this charter in the version
 * identified by the fingerprint below" its mark would read as approving this text; its
 * details and the note saying which version it was given on stay in the box.
 */
function markOf(signed: SignatureSlot['signed']): SignatureSlot['signed'] {
  return signed?.otherVersionNote ? null : signed;
}

function isBlank(lines: string[]): boolean {
  return lines.length === 1 && lines[0] === '';
}

function drawImage(ctx: PdfContext, dataUrl: string, x: number, y: number, maxW: number, maxH: number): void {
  const { doc } = ctx;
  // jsPDF inflates the whole image to read it: check the header's size first (a 249 KB PNG
  // can hold 8000 × 8000 pixels). The model already leaves such images out; this guards
  // any other caller.
  if (!signatureImageFits(dataUrl)) return;
  try {
    const { width, height } = doc.getImageProperties(dataUrl);
    const scale = Math.min(maxW / width, maxH / height);
    doc.addImage(dataUrl, 'PNG', x, y + (maxH - height * scale), width * scale, height * scale);
  } catch {
    // A damaged image must not sink the whole document: the slot keeps its line, and the
    // typed details above still say who signed.
  }
}

/**
 * The typed name, slanted like handwriting (the only font embedded has no italic),
 * wrapped over as many lines as it needs; the last line sits on `lastBaseline`.
 */
function drawTyped(ctx: PdfContext, lines: string[], x: number, lastBaseline: number): void {
  const { doc } = ctx;
  doc.setFont(FONT, 'normal');
  doc.setFontSize(TYPED_SIZE);
  setColor(doc, COLORS.accent);
  const lh = lineHeight(doc, TYPED_SIZE, 1.15);
  lines.forEach((line, i) => {
    const baseline = lastBaseline - (lines.length - 1 - i) * lh;
    // jsPDF multiplies the text position by the matrix too, and PDF y runs from the page
    // bottom, so the slant shifts x by SLANT × (distance from the bottom): undo it.
    const fromBottom = doc.internal.pageSize.getHeight() - baseline;
    doc.text(line, x + 2 - SLANT * fromBottom, baseline, { angle: doc.Matrix(1, 0, SLANT, 1, 0, 0) });
  });
}
