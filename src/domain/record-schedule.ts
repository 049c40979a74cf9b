import type { DraftProject } from '../schemas/project.schema';
import type { Review } from '../schemas/record.schema';
import { REVIEW_INTERVAL_MONTHS, addMonths, partnershipEnd } from './schedule';
import { isPartnershipClosed, nextReviewNumber } from './record-new';

/**
 * What the partnership has to do next, from the charter's schedule and what the record
 * holds: the next review (on the agreed rhythm, guide 000 step 4), the risks to review,
 * the milestones, the actions decided at reviews, and the closing at the end of term.
 * The date is passed in (a clock injected by the caller), so it is testable and the app
 * can say what is due and overdue when it is opened, offline.
 */
export type DueKind = 'review' | 'risk' | 'milestone' | 'action' | 'closing';

export interface DueItem {
  kind: DueKind;
  /** Id of the risk, milestone or action; the review number for a review. */
  ref: string;
  date: string;
  title: string;
  /** Partner in charge ('' for all). */
  ownerId: string;
  overdue: boolean;
}

/** The calendar day of an instant, in UTC (the app's dates are calendar days). */
export function isoDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const inOrder = (reviews: readonly Review[]) => [...reviews].sort((a, b) => a.number - b.number);

/**
 * The scheduled review dates: start + one interval, + two… up to the end of term (or 12
 * of them without an end). Review N is due on the Nth date.
 */
export function scheduledReviewDates(project: DraftProject): string[] {
  const { startDate, endDate, durationMonths, reviewFrequency } = project.followUp;
  if (!startDate || !reviewFrequency) return [];
  const interval = REVIEW_INTERVAL_MONTHS[reviewFrequency];
  const end = partnershipEnd(startDate, endDate, durationMonths);
  const out: string[] = [];
  for (let k = 1; k <= 600; k++) {
    const d = addMonths(startDate, k * interval);
    if (end ? d > end : k > 12) break;
    out.push(d);
  }
  return out;
}

/** The date of the next review to hold: the scheduled date after as many as were recorded. */
export function nextReviewDate(project: DraftProject): string {
  return scheduledReviewDates(project)[nextReviewNumber(project) - 1] ?? '';
}

/**
 * Everything due up to `today + horizonDays`, overdue first then by date. Items already
 * settled (a milestone done or dropped, a risk closed, an action done) are left out.
 */
export function dueItems(project: DraftProject, today: string, horizonDays = 31): DueItem[] {
  const until = addDays(today, horizonDays);
  const reviews = inOrder(project.record.reviews);
  const items: DueItem[] = [];
  const push = (item: Omit<DueItem, 'overdue'>) => {
    if (item.date && item.date <= until) items.push({ ...item, overdue: item.date < today });
  };
  const closed = isPartnershipClosed(project);
  // Once the partners decided at the end of term, the schedule of this charter is over.
  if (closed) return [];

  if (!closed) {
    const next = nextReviewDate(project);
    push({ kind: 'review', ref: String(reviews.length + 1), date: next, title: '', ownerId: '' });
  }

  for (const risk of project.impacts.risks) {
    const last = [...reviews].reverse().find((r) => r.risks.some((x) => x.riskId === risk.id));
    const state = last?.risks.find((x) => x.riskId === risk.id);
    if ((state?.status ?? risk.status) === 'closed' || closed) continue;
    // A reassessment sets the next review date; reassessed without one, the next
    // partnership review covers it.
    const date = state ? state.nextReviewDate : risk.reviewDate;
    if (date) push({ kind: 'risk', ref: risk.id, date, title: risk.title, ownerId: risk.ownerId });
  }

  for (const m of project.followUp.milestones) {
    const last = [...reviews].reverse().find((r) => r.milestones.some((x) => x.milestoneId === m.id));
    const status = last?.milestones.find((x) => x.milestoneId === m.id)?.status;
    if (status === 'done' || status === 'dropped' || closed) continue;
    push({ kind: 'milestone', ref: m.id, date: m.date, title: m.title, ownerId: m.partnerId });
  }

  for (const r of reviews) {
    for (const a of r.actions) {
      if (a.done) continue;
      push({ kind: 'action', ref: a.id, date: a.dueDate, title: a.text, ownerId: a.ownerId });
    }
  }

  const end = partnershipEnd(project.followUp.startDate, project.followUp.endDate, project.followUp.durationMonths);
  if (!closed && end) push({ kind: 'closing', ref: 'closing', date: end, title: '', ownerId: '' });

  return items.sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.date.localeCompare(b.date));
}

export interface RecordCalendarEvent {
  kind: 'risk' | 'action';
  /** Stable across exports, so calendars update the event instead of adding another. */
  uid: string;
  date: string;
  title: string;
  ownerId: string;
}

/**
 * Dates the record adds to the follow-up calendar: each risk review set at a review
 * (bilan), and each action decided there and not yet done.
 */
export function recordCalendarEvents(project: DraftProject): RecordCalendarEvent[] {
  const out: RecordCalendarEvent[] = [];
  for (const r of inOrder(project.record.reviews)) {
    for (const x of r.risks) {
      const risk = project.impacts.risks.find((k) => k.id === x.riskId);
      if (!risk || !x.nextReviewDate || x.status === 'closed') continue;
      out.push({
        kind: 'risk',
        uid: `risk-${risk.id}-review-${r.number}`,
        date: x.nextReviewDate,
        title: risk.title,
        ownerId: risk.ownerId,
      });
    }
    for (const a of r.actions) {
      if (a.done || !a.dueDate) continue;
      out.push({ kind: 'action', uid: `action-${a.id}`, date: a.dueDate, title: a.text, ownerId: a.ownerId });
    }
  }
  return out;
}
