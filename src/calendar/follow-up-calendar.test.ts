import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { completeProject } from '../../tests/fixtures/project';
import { partnershipEnd } from '../domain/schedule';
import { scheduledReviewDates } from '../domain/record-schedule';
import { followUpCalendar } from './follow-up-calendar';

function events(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
}

describe('follow-up calendar (.ics)', () => {
  const project = completeProject();
  const ics = followUpCalendar(project, 'fr', new Date('2026-02-01T09:00:00Z'));

  it('is a valid iCalendar file with CRLF lines of at most 75 octets', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('holds every milestone with its owner, as an all-day event', () => {
    const milestone = events(ics).find((e) => e.summary.includes('Première récolte certifiée'));
    expect(milestone).toBeDefined();
    expect(milestone!.startDate.toString()).toBe('2026-06-30');
    expect(milestone!.startDate.isDate).toBe(true);
    expect(milestone!.description).toContain('Hợp tác xã Sao Biển');
  });

  it('writes the partnership reviews as one recurring event until the end', () => {
    const review = events(ics).find((e) => e.isRecurring());
    expect(review?.summary).toContain('Bilan du partenariat');
    const dates: string[] = [];
    const it = review!.iterator();
    for (let next = it.next(); next; next = it.next()) dates.push(next.toString());
    // Quarterly from 2026-03-01 for 36 months: June 2026 … March 2029.
    expect(dates[0]).toBe('2026-06-01');
    expect(dates[1]).toBe('2026-09-01');
    expect(dates.at(-1)).toBe(
      partnershipEnd(project.followUp.startDate, project.followUp.endDate, project.followUp.durationMonths),
    );
    expect(dates).toHaveLength(12);
  });

  it('puts each partnership review on the day the record schedules it, a term starting on the 31st included', () => {
    const monthEnd = {
      ...project,
      followUp: { ...project.followUp, startDate: '2026-01-31', endDate: '', durationMonths: 12 },
    };
    const dates: string[] = [];
    for (const e of events(followUpCalendar(monthEnd, 'fr')).filter((x) =>
      x.summary.includes('Bilan du partenariat'),
    )) {
      if (!e.isRecurring()) dates.push(e.startDate.toString());
      else {
        const it = e.iterator();
        for (let next = it.next(); next; next = it.next()) dates.push(next.toString());
      }
    }
    expect(dates.sort()).toEqual(scheduledReviewDates(monthEnd));
    expect(dates).toContain('2026-07-31');
  });

  it('adds each risk review with its owner and keeps accents and commas intact', () => {
    const risk = events(ics).find((e) => e.summary.includes('Risque financier à court terme'));
    expect(risk?.startDate.toString()).toBe('2026-09-01');
    expect(risk?.description).toContain('Coopérative Œuvre & Sol');
    const withComma = {
      ...project,
      followUp: {
        ...project.followUp,
        milestones: [{ id: 'x', date: '2026-05-01', title: 'Récolte, tri; séchage', partnerId: '' }],
      },
    };
    const parsed = events(followUpCalendar(withComma, 'en'));
    expect(parsed.some((e) => e.summary.startsWith('Milestone: Récolte, tri; séchage —'))).toBe(true);
  });

  it('holds « and » to their words with a no-break space, typed with a plain space or none, as the PDF does', () => {
    const typed = {
      ...project,
      followUp: {
        ...project.followUp,
        milestones: [{ id: 'x', date: '2026-05-01', title: 'Lancement «Bio» et « Équitable »', partnerId: '' }],
      },
    };
    const parsed = events(followUpCalendar(typed, 'fr'));
    expect(parsed.some((e) => e.summary.includes('Lancement «\u00a0Bio\u00a0» et «\u00a0Équitable\u00a0»'))).toBe(true);
  });

  it('ends every line with CRLF and keeps line breaks typed in a text inside its value', () => {
    // Old Mac line endings (bare CR) survive an imported file; a lone CR or LF in the
    // output would end the content line early in a strict reader.
    const typed = {
      ...project,
      partners: { ...project.partners, title: 'Charte\rNord–Sud' },
      followUp: {
        ...project.followUp,
        milestones: [{ id: 'x', date: '2026-05-01', title: 'Récolte\rtri\r\nséchage\nvente', partnerId: '' }],
      },
    };
    const out = followUpCalendar(typed, 'fr');
    expect(out.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of out.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const milestone = events(out).find((e) => e.startDate.toString() === '2026-05-01');
    expect(milestone?.summary).toContain('Récolte\ntri\nséchage\nvente');
    expect(milestone?.summary).toContain('Charte\nNord–Sud');
  });

  it('folds a long line of multi-byte characters at 75 octets, and reads back whole', () => {
    const long = `${'Hợp tác xã Sao Biển — đối tác phía Nam, '.repeat(6)}🤝 fin`;
    const out = followUpCalendar(
      {
        ...project,
        followUp: { ...project.followUp, milestones: [{ id: 'x', date: '2026-05-01', title: long, partnerId: '' }] },
      },
      'fr',
    );
    const lines = out.split('\r\n');
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.filter((l) => l.startsWith(' ')).length).toBeGreaterThan(3);
    expect(events(out).some((e) => e.summary.includes(long))).toBe(true);
  });

  it('lists nothing when no date is set yet', () => {
    const empty = {
      ...project,
      followUp: { ...project.followUp, milestones: [], startDate: '' },
      impacts: { ...project.impacts, risks: [] },
    };
    expect(events(followUpCalendar(empty, 'fr'))).toEqual([]);
  });
});
