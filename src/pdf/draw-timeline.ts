import type { TimelineBlock } from '../document/document-model';
import { COLORS, FONT, clean, ensureSpace, setColor, type PdfContext, type Rgb } from './pdf-context';

const HEIGHT = 44;
/** Room the timeline takes on its page, drawn whole. */
export const TIMELINE_HEIGHT = HEIGHT + 2;
/** Markers closer than this (mm) are stacked so their numbers stay legible. */
const MIN_GAP = 5.5;
const LANES = 3;
/** Orange of the risk reviews' triangles. */
const RISK_REVIEW: Rgb = [214, 120, 40];

function dayNumber(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
}

/** Milestones as numbered dots above a dated axis, reviews as ticks below it. */
export function drawTimeline(ctx: PdfContext, block: TimelineBlock): void {
  const { doc } = ctx;
  ensureSpace(ctx, TIMELINE_HEIGHT);
  const box = ctx.box();
  // Inset by a marker's radius, so the dots at either end stay inside the margins too.
  const left = box.left + 2.5;
  const right = box.right - 2.5;
  const y0 = ctx.y;
  const axisY = y0 + 24;
  const from = dayNumber(block.from);
  const span = Math.max(1, dayNumber(block.to) - from);
  const xOf = (iso: string) => left + ((dayNumber(iso) - from) / span) * (right - left);

  doc.setFont(FONT, 'bold');
  doc.setFontSize(10);
  setColor(doc, COLORS.text);
  doc.text(clean(ctx, block.title), box.left, y0 + 4);

  doc.setDrawColor(...COLORS.accent);
  doc.setLineWidth(0.6);
  doc.line(left, axisY, right, axisY);

  doc.setFont(FONT, 'normal');
  doc.setFontSize(6.5);
  setColor(doc, COLORS.muted);
  doc.setLineWidth(0.2);
  let lastLabelEnd = -Infinity;
  for (const tick of block.ticks) {
    const x = xOf(tick.date);
    doc.line(x, axisY - 1, x, axisY + 1);
    const label = clean(ctx, tick.label);
    const w = doc.getTextWidth(label);
    // Centred under its tick, but slid inwards at either end of the axis: "janv. 2026"
    // centred on the first tick started in the left margin.
    const start = Math.min(Math.max(x - w / 2, box.left), box.right - w);
    if (start > lastLabelEnd + 1) {
      doc.text(label, start, axisY + 10.5);
      lastLabelEnd = start + w;
    }
  }

  const reviews = block.events.filter((e) => e.kind === 'review');
  for (const e of reviews) {
    const x = xOf(e.date);
    const fill = e.marker === '' ? COLORS.muted : RISK_REVIEW;
    doc.setFillColor(fill[0], fill[1], fill[2]);
    doc.triangle(x, axisY + 1.2, x - 1.3, axisY + 4, x + 1.3, axisY + 4, 'F');
  }

  const laneEnds: number[] = Array.from({ length: LANES }, () => -Infinity);
  doc.setFontSize(6.5);
  for (const e of block.events.filter((x) => x.kind === 'milestone')) {
    const x = xOf(e.date);
    let lane = laneEnds.findIndex((end) => x - end >= MIN_GAP);
    if (lane < 0) lane = laneEnds.indexOf(Math.min(...laneEnds));
    laneEnds[lane] = x;
    const cy = axisY - 4 - lane * 5.5;
    doc.setDrawColor(...COLORS.accent);
    doc.setLineWidth(0.2);
    if (lane > 0) doc.line(x, axisY, x, cy + 2.2);
    doc.setFillColor(...COLORS.accent);
    doc.circle(x, cy, 2.2, 'F');
    doc.setFont(FONT, 'bold');
    doc.setTextColor(255, 255, 255);
    doc.text(e.marker, x, cy + 0.8, { align: 'center' });
  }

  const legendY = y0 + HEIGHT - 4;
  doc.setFont(FONT, 'normal');
  doc.setFontSize(7.5);
  doc.setFillColor(...COLORS.accent);
  doc.circle(box.left + 2, legendY - 1, 1.5, 'F');
  setColor(doc, COLORS.text);
  doc.text(clean(ctx, block.legend.milestone), box.left + 5, legendY);
  let x = box.left + 10 + doc.getTextWidth(clean(ctx, block.legend.milestone)) + 4;
  // Only the kinds of review the axis shows: grey triangles are the periodic partnership
  // reviews, orange ones the risk reviews.
  const kinds: Array<[boolean, Rgb, string]> = [
    [reviews.some((e) => e.marker === ''), COLORS.muted, block.legend.partnershipReview],
    [reviews.some((e) => e.marker !== ''), RISK_REVIEW, block.legend.riskReview],
  ];
  for (const [shown, fill, label] of kinds) {
    if (!shown) continue;
    doc.setFillColor(fill[0], fill[1], fill[2]);
    doc.triangle(x, legendY - 2.4, x - 1.3, legendY + 0.2, x + 1.3, legendY + 0.2, 'F');
    doc.text(clean(ctx, label), x + 3, legendY);
    x += 3 + doc.getTextWidth(clean(ctx, label)) + 6;
  }
  ctx.y = y0 + HEIGHT + 2;
}
