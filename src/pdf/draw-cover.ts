import type { CharterModel } from '../document/document-model';
import { COLORS, flowText, type PdfContext, type Rgb } from './pdf-context';

export function drawCover(ctx: PdfContext, model: CharterModel): void {
  const { doc } = ctx;
  const box = ctx.box();
  const pageW = doc.internal.pageSize.getWidth();
  doc.setFillColor(...COLORS.accent);
  doc.rect(0, 0, pageW, 8, 'F');

  ctx.y = 40;
  flowText(ctx, model.documentTitle.toUpperCase(), { size: 12, bold: true, color: COLORS.accent, spaceAfter: 3 });
  flowText(ctx, model.partnershipTitle, { size: 22, bold: true, spaceAfter: 10 });

  flowText(ctx, model.cover.between, { size: 10, color: COLORS.muted, spaceAfter: 3 });
  for (const p of model.cover.partners) {
    flowText(ctx, p.name, { size: 12.5, bold: true, indent: 4 });
    flowText(ctx, [p.kind, p.place].filter((s) => s !== '').join(' · '), {
      size: 9.5,
      color: COLORS.muted,
      indent: 4,
      spaceAfter: 3.5,
    });
  }

  ctx.y += 6;
  const statusTop = ctx.y;
  const signed = model.cover.signedCount;
  const all = signed > 0 && signed === model.cover.partnerCount;
  const fill: Rgb = all ? [226, 242, 228] : [246, 241, 222];
  doc.setFillColor(fill[0], fill[1], fill[2]);
  doc.setDrawColor(...COLORS.rule);
  doc.roundedRect(box.left, statusTop, box.right - box.left, 20, 2, 2, 'FD');
  ctx.y = statusTop + 3;
  flowText(ctx, model.cover.status, { size: 11, bold: true, indent: 5 });
  flowText(ctx, model.cover.version, { size: 9, color: COLORS.muted, indent: 5 });
  if (model.cover.fingerprintLine)
    flowText(ctx, model.cover.fingerprintLine, { size: 8.5, color: COLORS.muted, indent: 5 });
  ctx.y = statusTop + 28;
  // A worked example, or a project started from one, says on its cover that its facts are partly invented.
  if (model.cover.illustrativeNote) flowText(ctx, model.cover.illustrativeNote, { size: 9, bold: true });

  flowText(ctx, model.cover.preamble, { size: 9.5, color: COLORS.text });
}
