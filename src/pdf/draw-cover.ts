import type { CharterModel } from '../document/document-model';
import { COLORS, flowText, textHeight, type PdfContext, type Rgb, type TextStyle } from './pdf-context';

const TOP = 40;
const STATUS_H = 20;

/**
 * The cover: title, the partners, the status box and the preamble, on one page whatever
 * their number and length. Sizes shrink step by step (down to 60 %) until it all fits,
 * so eight partners with 200-character names never spill onto page 2.
 */
export function drawCover(ctx: PdfContext, model: CharterModel): void {
  const { doc } = ctx;
  const pageW = doc.internal.pageSize.getWidth();
  doc.setFillColor(...COLORS.accent);
  doc.rect(0, 0, pageW, 8, 'F');

  let scale = 1;
  while (scale > 0.6 && TOP + coverHeight(ctx, model, scale) > ctx.box().bottom) scale -= 0.05;
  const s = styles(scale);
  const box = ctx.box();

  ctx.y = TOP * (scale < 1 ? 0.75 : 1);
  flowText(ctx, model.documentTitle.toUpperCase(), s.documentTitle);
  // With no title yet the model falls back on the document title: say it once.
  if (model.partnershipTitle !== model.documentTitle) flowText(ctx, model.partnershipTitle, s.title);
  else ctx.y += s.title.spaceAfter;

  flowText(ctx, model.cover.between, s.between);
  for (const p of model.cover.partners) {
    flowText(ctx, p.name, s.name);
    flowText(ctx, placeLine(p), s.place);
  }

  ctx.y += 6 * scale;
  const statusTop = ctx.y;
  const { tone } = model.cover;
  const fill: Rgb = tone === 'draft' ? [250, 228, 226] : tone === 'signed' ? [226, 242, 228] : [246, 241, 222];
  doc.setFillColor(fill[0], fill[1], fill[2]);
  doc.setDrawColor(...COLORS.rule);
  doc.roundedRect(box.left, statusTop, box.right - box.left, STATUS_H, 2, 2, 'FD');
  ctx.y = statusTop + 3;
  flowText(ctx, model.cover.status, { size: 11, bold: true, indent: 5 });
  flowText(ctx, model.cover.version, { size: 9, color: COLORS.muted, indent: 5 });
  if (model.cover.fingerprintLine)
    flowText(ctx, model.cover.fingerprintLine, { size: 8.5, color: COLORS.muted, indent: 5 });
  ctx.y = statusTop + STATUS_H + 8 * scale;
  // A worked example, or a project started from one, says on its cover that its facts are partly invented.
  if (model.cover.illustrativeNote) flowText(ctx, model.cover.illustrativeNote, s.note);
  // …and, as the example reader on screen, which facts come from which source.
  const sources = model.cover.illustrativeSources;
  if (sources) {
    flowText(ctx, sources.title, s.sourcesTitle);
    flowText(ctx, sources.text, s.sources);
  }

  flowText(ctx, model.cover.preamble, s.preamble);
}

function placeLine(p: CharterModel['cover']['partners'][number]): string {
  return [p.kind, p.place].filter((s) => s !== '').join(' · ');
}

function styles(k: number) {
  const style = (size: number, rest: TextStyle = {}): TextStyle => ({ ...rest, size: size * k });
  return {
    documentTitle: style(12, { bold: true, color: COLORS.accent, spaceAfter: 3 * k }),
    title: { ...style(22, { bold: true, balance: true }), spaceAfter: 10 * k },
    between: style(10, { color: COLORS.muted, spaceAfter: 3 * k }),
    name: style(12.5, { bold: true, indent: 4 }),
    place: style(9.5, { color: COLORS.muted, indent: 4, spaceAfter: 3.5 * k }),
    preamble: style(9.5, { color: COLORS.text }),
    note: style(9, { bold: true, spaceAfter: 2 * k }),
    sourcesTitle: style(8.5, { bold: true, color: COLORS.muted }),
    sources: style(8.5, { color: COLORS.muted, spaceAfter: 3 * k }),
  } satisfies Record<string, TextStyle> & { title: { spaceAfter: number } };
}

function coverHeight(ctx: PdfContext, model: CharterModel, k: number): number {
  const s = styles(k);
  const h = (text: string, style: TextStyle) => textHeight(ctx, text, style) + (style.spaceAfter ?? 0);
  let total = (k < 1 ? -TOP * 0.25 : 0) + h(model.documentTitle.toUpperCase(), s.documentTitle);
  total += model.partnershipTitle !== model.documentTitle ? h(model.partnershipTitle, s.title) : s.title.spaceAfter;
  total += h(model.cover.between, s.between);
  for (const p of model.cover.partners) total += h(p.name, s.name) + h(placeLine(p), s.place);
  // The example's note and sources count too, or a long partner list pushed the preamble off the page.
  if (model.cover.illustrativeNote) total += h(model.cover.illustrativeNote, s.note);
  const sources = model.cover.illustrativeSources;
  if (sources) total += h(sources.title, s.sourcesTitle) + h(sources.text, s.sources);
  return total + 6 * k + STATUS_H + 8 * k + h(model.cover.preamble, s.preamble);
}
