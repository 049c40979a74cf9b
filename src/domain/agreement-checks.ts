import type { DraftProject } from '../schemas/project.schema';
import { isValidIsoDate } from '../schemas/fields';
import { addMonths, partnershipEnd } from './schedule';

type FollowUp = DraftProject['followUp'];

/**
 * Dates that contradict each other. Each issue's id carries the values it is about, so a
 * confirmation stored in the project lapses as soon as one of those dates changes.
 */
export type DateIssue =
  | { id: string; kind: 'endBeforeStart'; confirmable: false; start: string; end: string }
  | {
      id: string;
      kind: 'durationMismatch';
      confirmable: true;
      start: string;
      end: string;
      durationMonths: number;
      /** The end the duration gives. */
      endFromDuration: string;
    }
  | {
      id: string;
      kind: 'milestoneOutside';
      confirmable: true;
      milestoneId: string;
      title: string;
      date: string;
      start: string;
      end: string;
    };

const DAY_MS = 86_400_000;

function dayNumber(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
}

function addDays(iso: string, days: number): string {
  return new Date((dayNumber(iso) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** start ≤ end, for two valid dates; true when either is missing (nothing to contradict). */
export function isStartOnOrBeforeEnd(start: string, end: string): boolean {
  if (!isValidIsoDate(start) || !isValidIsoDate(end)) return true;
  return start <= end;
}

/**
 * The length of a period whose end day is included ("du 1er janvier 2026 au 31 décembre
 * 2027" is 24 months): whole months, then the days left. null if a date is missing or the
 * period runs backwards.
 */
export function periodLength(start: string, end: string): { months: number; days: number } | null {
  if (!isValidIsoDate(start) || !isValidIsoDate(end) || end < start) return null;
  const endExclusive = addDays(end, 1);
  let months = 0;
  while (addMonths(start, months + 1) <= endExclusive) months++;
  const days = dayNumber(endExclusive) - dayNumber(addMonths(start, months));
  return { months, days };
}

/** A few days' slack: "24 months" from 4 January matches an end on 3 or 4 January. */
const DURATION_SLACK_DAYS = 3;

/** Whether an end date and a duration in months say the same thing. */
export function durationMatchesEnd(start: string, end: string, durationMonths: number): boolean {
  if (!isValidIsoDate(start) || !isValidIsoDate(end)) return true;
  const fromDuration = addMonths(start, durationMonths);
  return Math.abs(dayNumber(fromDuration) - dayNumber(addDays(end, 1))) <= DURATION_SLACK_DAYS;
}

/** Every contradiction between the partnership's dates, in the order a reader meets them. */
export function dateIssues(followUp: FollowUp): DateIssue[] {
  const { startDate: start, endDate: end, durationMonths } = followUp;
  const issues: DateIssue[] = [];
  if (!isStartOnOrBeforeEnd(start, end)) {
    issues.push({ id: `endBeforeStart:${start}:${end}`, kind: 'endBeforeStart', confirmable: false, start, end });
    // With the period upside down, the other checks would only repeat the same mistake.
    return issues;
  }
  if (
    isValidIsoDate(start) &&
    isValidIsoDate(end) &&
    durationMonths &&
    !durationMatchesEnd(start, end, durationMonths)
  ) {
    issues.push({
      id: `durationMismatch:${start}:${end}:${durationMonths}`,
      kind: 'durationMismatch',
      confirmable: true,
      start,
      end,
      durationMonths,
      endFromDuration: addMonths(start, durationMonths),
    });
  }
  const periodEnd = partnershipEnd(start, end, durationMonths);
  for (const m of followUp.milestones) {
    if (!isValidIsoDate(m.date)) continue;
    const before = isValidIsoDate(start) && m.date < start;
    const after = periodEnd !== '' && m.date > periodEnd;
    if (before || after) {
      issues.push({
        id: `milestoneOutside:${m.id}:${m.date}:${start}:${periodEnd}`,
        kind: 'milestoneOutside',
        confirmable: true,
        milestoneId: m.id,
        title: m.title.trim(),
        date: m.date,
        start,
        end: periodEnd,
      });
    }
  }
  return issues;
}

/**
 * The contradictions the partners have not confirmed yet: each keeps the charter from
 * being signed. (An end before the start cannot be confirmed; the follow-up step's own
 * schema already refuses it.)
 */
export function unconfirmedDateIssues(project: DraftProject): DateIssue[] {
  return openDateIssues(project.followUp, project.framework.agreement.confirmedDateIssues).filter((i) => i.confirmable);
}

/**
 * The contradictions still open: those that cannot be confirmed (an end before the start,
 * corrected at step 4) and those not confirmed in `confirmed` (the project's list, or a
 * form's before it is saved).
 */
export function openDateIssues(followUp: FollowUp, confirmed: readonly string[]): DateIssue[] {
  return dateIssues(followUp).filter((i) => !i.confirmable || !confirmed.includes(i.id));
}
