import { createTranslator, type Locale } from '../i18n/i18n';
import type { DraftProject } from '../schemas/project.schema';
import { REVIEW_INTERVAL_MONTHS, partnershipEnd } from '../domain/schedule';
import { recordCalendarEvents, scheduledReviewDates } from '../domain/record-schedule';
import { guillemetSpacing } from '../document/typography';

const compactDate = (iso: string) => iso.replace(/-/g, '');

const nextDay = (iso: string) => {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

/**
 * RFC 5545 text escaping: backslash, semicolon, comma and line breaks. Every kind of line
 * break (CRLF, LF, and the bare CR of old Mac text, which an imported file can carry) becomes
 * an escaped "\n": a raw CR or LF would end the content line in the middle of the value.
 * Other control characters are not allowed in a TEXT value (RFC 5545 §3.3.11), so they go.
 */
function escapeText(s: string): string {
  // Spaced as every document prints « and » (document/typography.ts).
  return guillemetSpacing(s)
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, '\\n')
    .replace(/[\u0000-\u001f\u007f]/g, '');
}

/** A UID is not escaped text: keep it to characters that need no escaping at all. */
const safeUid = (s: string) => s.replace(/[^A-Za-z0-9@._-]/g, '_');

/** Folds a content line at 75 octets without splitting a UTF-8 character. */
function fold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = encoder.encode(ch).length;
    if (size + n > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

interface CalendarEvent {
  uid: string;
  date: string;
  summary: string;
  description: string;
  rrule?: string;
}

/**
 * The follow-up schedule as an iCalendar file that Outlook, Google Calendar and
 * Thunderbird import: milestones and risk reviews as all-day events, and the partnership
 * reviews as one recurring event (one event each when a monthly rule could not keep their days).
 */
export function followUpCalendar(project: DraftProject, locale: Locale, now = new Date()): string {
  const t = createTranslator(locale);
  const title = project.partners.title || t('home.untitled');
  const partnerName = (id: string) => project.partners.partners.find((p) => p.id === id)?.name ?? '';
  const everyone = project.partners.partners
    .map((p) => p.name)
    .filter(Boolean)
    .join(', ');
  const events: CalendarEvent[] = [];

  for (const m of project.followUp.milestones) {
    if (!m.date) continue;
    const owner = partnerName(m.partnerId) || everyone;
    events.push({
      uid: `milestone-${m.id}-${project.id}@cocharte`,
      date: m.date,
      summary: t('calendar.milestone', { title: m.title, project: title }),
      description: t('calendar.owner', { owner }),
    });
  }

  // The reviews the record schedules (domain/record-schedule.ts), on the same days.
  const { startDate, reviewFrequency } = project.followUp;
  const reviewDates = scheduledReviewDates(project);
  const review = {
    summary: t('calendar.review', { project: title }),
    description: t('calendar.owner', { owner: everyone }),
  };
  if (reviewFrequency && reviewDates.length > 0 && Number(startDate.slice(8, 10)) <= 28) {
    const interval = REVIEW_INTERVAL_MONTHS[reviewFrequency];
    const end = partnershipEnd(startDate, project.followUp.endDate, project.followUp.durationMonths);
    const until = end ? `;UNTIL=${compactDate(end)}` : ';COUNT=12';
    events.push({
      uid: `review-${project.id}@cocharte`,
      date: reviewDates[0]!,
      ...review,
      rrule: `FREQ=MONTHLY;INTERVAL=${interval}${until}`,
    });
  } else {
    // From the 29th on, a monthly rule keeps the first date's day and skips or shifts the
    // months without it; the schedule keeps each month's last day instead: one event each.
    for (const [i, date] of reviewDates.entries())
      events.push({ uid: `review-${i + 1}-${project.id}@cocharte`, date, ...review });
  }

  for (const r of project.impacts.risks) {
    if (!r.reviewDate) continue;
    events.push({
      uid: `risk-${r.id}-${project.id}@cocharte`,
      date: r.reviewDate,
      summary: t('calendar.risk', { title: r.title, project: title }),
      description: t('calendar.owner', { owner: partnerName(r.ownerId) || everyone }),
    });
  }

  // After signing: the risk reviews set at each review (bilan) and the actions decided there.
  for (const e of recordCalendarEvents(project)) {
    const risk = e.kind === 'risk';
    events.push({
      uid: `${e.uid}-${project.id}@cocharte`,
      date: e.date,
      summary: risk
        ? t('calendar.risk', { title: e.title, project: title })
        : t('record.calendar.action', { title: e.title, project: title }),
      description: t('calendar.owner', { owner: partnerName(e.ownerId) || everyone }),
    });
  }

  // A review (bilan) may set a risk's next review on the day the charter already had: the
  // same event twice would double the reminder.
  const seen = new Set<string>();
  const unique = events.filter((e) => {
    const key = `${e.date} ${e.summary}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });

  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Cocharte//Partnership follow-up//FR',
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${escapeText(title)}`,
    ...unique.flatMap((e) => [
      'BEGIN:VEVENT',
      `UID:${safeUid(e.uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compactDate(e.date)}`,
      `DTEND;VALUE=DATE:${compactDate(nextDay(e.date))}`,
      ...(e.rrule ? [`RRULE:${e.rrule}`] : []),
      `SUMMARY:${escapeText(e.summary)}`,
      `DESCRIPTION:${escapeText(e.description)}`,
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
