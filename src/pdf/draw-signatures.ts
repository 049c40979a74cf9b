import { groupedFingerprint } from '../domain/fingerprint';
import { signatureSlotRows, type CharterModel, type SignatureSlot } from '../document/document-model';
import { signatureImageFits } from '../lib/png-size';
import { COLORS, FONT, clean, ensureSpace, flowText, setColor, type PdfContext } from './pdf-context';

const SLOT_H = 62;
const GAP = 8;
const IMAGE_H = 20;
const SLANT = 0.28;

type Signatures = CharterModel['signatures'];

/** The full fingerprint, then one block per partner, two per row. */
export function drawSignatures(ctx: PdfContext, signatures: Signatures, fingerprint: string): void {
  if (fingerprint) {
    ensureSpace(ctx, 14);
    flowText(ctx, signatures.fingerprintLabel, { size: 8.5, bold: true, color: COLORS.muted });
    // Four groups of 16 keep the 64 digits on one line and easy to compare aloud.
    flowText(ctx, groupedFingerprint(fingerprint), { size: 8.5, color: COLORS.text, spaceAfter: 4 });
  }
  const box = ctx.box();
  const width = (box.right - box.left - GAP) / 2;
  signatures.slots.forEach((slot, i) => {
    const column = i % 2;
    if (column === 0) ensureSpace(ctx, SLOT_H);
    const x = box.left + column * (width + GAP);
    drawSlot(ctx, slot, signatures.labels, x, ctx.y, width);
    if (column === 1 || i === signatures.slots.length - 1) ctx.y += SLOT_H + 4;
  });
}

function drawSlot(
  ctx: PdfContext,
  slot: SignatureSlot,
  labels: Signatures['labels'],
  x: number,
  y: number,
  width: number,
): void {
  const { doc } = ctx;
  doc.setDrawColor(...COLORS.rule);
  doc.setLineWidth(0.3);
  doc.roundedRect(x, y, width, SLOT_H, 1.5, 1.5, 'S');

  const inner = x + 4;
  const innerWidth = width - 8;
  doc.setFont(FONT, 'bold');
  doc.setFontSize(10);
  setColor(doc, COLORS.accent);
  const nameLines = (doc.splitTextToSize(clean(ctx, slot.partnerName), innerWidth) as string[]).slice(0, 2);
  doc.text(nameLines, inner, y + 6);
  let cy = y + 6 + nameLines.length * 4.6;
  doc.setFont(FONT, 'normal');
  doc.setFontSize(8);
  setColor(doc, COLORS.muted);
  doc.text(clean(ctx, slot.partnerKind), inner, cy);
  cy += 5;

  const s = slot.signed;
  const rows = signatureSlotRows(slot, labels);
  doc.setFontSize(8.5);
  const labelWidth = Math.max(...rows.map(([l]) => doc.getTextWidth(clean(ctx, l)))) + 3;
  for (const [label, value] of rows) {
    setColor(doc, COLORS.muted);
    doc.setFont(FONT, 'normal');
    doc.text(clean(ctx, label), inner, cy);
    if (value) {
      setColor(doc, COLORS.text);
      doc.text(
        (doc.splitTextToSize(clean(ctx, value), innerWidth - labelWidth) as string[])[0] ?? '',
        inner + labelWidth,
        cy,
      );
    } else {
      // Left blank on purpose: the block is filled in by hand on a printed copy.
      doc.setDrawColor(...COLORS.rule);
      doc.setLineDashPattern([0.6, 0.8], 0);
      doc.line(inner + labelWidth, cy + 0.8, inner + innerWidth, cy + 0.8);
      doc.setLineDashPattern([], 0);
    }
    cy += 4.6;
  }

  const areaTop = y + SLOT_H - IMAGE_H - 6;
  const lineY = y + SLOT_H - 5;
  if (s?.method === 'drawn' && s.image) drawImage(ctx, s.image, inner, areaTop, innerWidth, IMAGE_H);
  else if (s) drawTyped(ctx, s.name, inner, lineY - 4, innerWidth);
  doc.setDrawColor(...COLORS.muted);
  doc.setLineWidth(0.3);
  doc.line(inner, lineY, inner + innerWidth, lineY);
  doc.setFont(FONT, 'normal');
  doc.setFontSize(7);
  setColor(doc, COLORS.muted);
  const caption = s?.otherVersionNote ?? s?.imageNote ?? (s?.method === 'typed' ? labels.typed : labels.signature);
  doc.text((doc.splitTextToSize(clean(ctx, caption), innerWidth) as string[])[0] ?? '', inner, lineY + 3.2);
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

/** The typed name, slanted like handwriting: the only font embedded has no italic. */
function drawTyped(ctx: PdfContext, name: string, x: number, baseline: number, maxW: number): void {
  const { doc } = ctx;
  doc.setFont(FONT, 'normal');
  let size = 17;
  const text = clean(ctx, name);
  doc.setFontSize(size);
  while (size > 9 && doc.getTextWidth(text) > maxW - 4) doc.setFontSize((size -= 1));
  setColor(doc, COLORS.accent);
  // jsPDF multiplies the text position by the matrix too, and PDF y runs from the page
  // bottom, so the slant shifts x by SLANT × (distance from the bottom): undo it.
  const fromBottom = doc.internal.pageSize.getHeight() - baseline;
  doc.text(text, x + 2 - SLANT * fromBottom, baseline, { angle: doc.Matrix(1, 0, SLANT, 1, 0, 0) });
}
