import { scheduledReviewDates } from '../domain/record-schedule';
import { addMonths, partnershipEnd } from '../domain/schedule';
import { isValidIsoDate } from '../schemas/fields';
import type { TimelineBlock } from './document-model';
import type { ModelContext } from './model-helpers';

/** Beyond this a monthly review over decades would turn the axis into a solid bar. */
const MAX_REVIEWS = 60;

function monthsBetween(from: string, to: string): number {
  const [fy, fm] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const [ty, tm] = [Number(to.slice(0, 4)), Number(to.slice(5, 7))];
  return (ty - fy) * 12 + (tm - fm);
}

/** An event placed on the axis, before its date and words for a text-only calendar are added. */
type PlacedEvent = Omit<TimelineBlock['events'][number], 'dateText' | 'text'> & { text?: string };

/**
 * Milestones (numbered as in the milestones table) and review dates (periodic partnership
 * reviews and risk reviews) on one axis; null when there are no dates to place.
 */
export function buildTimeline(ctx: ModelContext): TimelineBlock | null {
  const { followUp, impacts } = ctx.project;
  const start = followUp.startDate;
  if (!isValidIsoDate(start)) return null;

  const milestones: PlacedEvent[] = followUp.milestones
    .map((m, i) => ({ date: m.date, kind: 'milestone' as const, marker: String(i + 1), label: m.title.trim() }))
    .filter((e) => isValidIsoDate(e.date));
  const riskReviews: PlacedEvent[] = impacts.risks
    .map((r, i) => ({
      date: r.reviewDate,
      kind: 'review' as const,
      marker: `R${i + 1}`,
      label: r.title.trim(),
      // Without the drawing's legend, "R3 Dossier refusé" would read as an event planned that day.
      text: ctx.mono('doc.label.riskReviewItem', { n: i + 1, title: r.title.trim() }),
    }))
    .filter((e) => isValidIsoDate(e.date));

  const datesSeen = [start, ...milestones.map((e) => e.date), ...riskReviews.map((e) => e.date)].sort();
  let to = partnershipEnd(start, followUp.endDate, followUp.durationMonths) || datesSeen[datesSeen.length - 1]!;
  const from = datesSeen[0]!;
  if (to <= from) to = addMonths(from, 12);
  if (datesSeen[datesSeen.length - 1]! > to) to = datesSeen[datesSeen.length - 1]!;

  // The reviews the record will schedule (domain/record-schedule.ts), within the axis.
  const periodic: PlacedEvent[] = scheduledReviewDates(ctx.project)
    .filter((date) => date <= to)
    .slice(0, MAX_REVIEWS)
    .map((date) => ({ date, kind: 'review', marker: '', label: ctx.t('doc.label.reviewFrequency') }));

  const events = [...milestones, ...periodic, ...riskReviews]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map(({ text, ...e }) => ({
      ...e,
      dateText: ctx.date(e.date),
      text: text ?? [e.marker, e.label].filter(Boolean).join(' '),
    }));
  if (events.length === 0) return null;

  return {
    type: 'timeline',
    title: ctx.t('doc.label.timeline'),
    from,
    to,
    ticks: monthTicks(from, to, ctx.locale),
    events,
    legend: {
      milestone: ctx.t('doc.label.milestones'),
      partnershipReview: ctx.t('doc.label.partnershipReviews'),
      riskReview: ctx.t('doc.label.reviewDates'),
    },
  };
}

function monthTicks(from: string, to: string, locale: string): TimelineBlock['ticks'] {
  const span = monthsBetween(from, to);
  // Past twenty years (a date typed with a two-digit year, « 0020 »), whole years apart enough
  // for some twenty labels: a tick a year would be a solid bar.
  const step = span <= 8 ? 1 : span <= 24 ? 3 : span <= 60 ? 6 : 12 * Math.max(1, Math.ceil(span / 240));
  const format = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const ticks: TimelineBlock['ticks'] = [];
  // Ticks fall on month starts aligned to the step, so labels read as calendar quarters or halves.
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7)) - 1;
  m = Math.ceil(m / step) * step;
  for (;;) {
    y += Math.floor(m / 12);
    m %= 12;
    // Four digits, as the dates compared with it: « 20-04-01 » sorts after « 2029-… » and
    // the loop ran on to the year 10000, which no Date holds (the documents failed).
    const date = `${String(y).padStart(4, '0')}-${String(m + 1).padStart(2, '0')}-01`;
    if (y > 9999 || date > to) break;
    if (date >= from) ticks.push({ date, label: format.format(new Date(`${date}T12:00:00Z`)) });
    m += step;
  }
  return ticks;
}
