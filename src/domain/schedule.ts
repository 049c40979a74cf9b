import type { ReviewFrequency } from '../content/catalogues';
import { isValidIsoDate } from '../schemas/fields';

/** Months between two reviews of the partnership. */
export const REVIEW_INTERVAL_MONTHS: Record<ReviewFrequency, number> = {
  monthly: 1,
  quarterly: 3,
  'half-yearly': 6,
  yearly: 12,
};

/** A calendar date plus whole months, kept within the month (31 January + 1 month = 28 or 29 February). */
export function addMonths(iso: string, months: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d.toISOString().slice(0, 10);
}

/** The partnership's end: its end date, else start + duration, else ''. */
export function partnershipEnd(start: string, end: string, durationMonths: number | null): string {
  if (isValidIsoDate(end)) return end;
  if (isValidIsoDate(start) && durationMonths) return addMonths(start, durationMonths);
  return '';
}
