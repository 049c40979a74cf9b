import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { reviewedProject } from '../testing/record-fixtures';
import { followUpCalendar } from './follow-up-calendar';

function events(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
}

describe('follow-up calendar of a reviewed partnership', () => {
  it('carries the risk reviews and actions set at reviews, with the partnership’s name', async () => {
    const project = await reviewedProject();
    const ics = followUpCalendar(project, 'fr', new Date('2026-10-06T09:00:00Z'));
    const list = events(ics);
    const title = project.partners.title;
    const risk = list.find((e) => e.uid.startsWith('risk-r1-review-1'));
    expect(risk?.startDate.toString()).toBe('2027-02-01');
    expect(risk?.summary).toContain(title);
    const action = list.find((e) => e.uid.startsWith('action-a1'));
    expect(action?.summary).toBe(`Action\u00a0: Préparer le dossier douanier (${title})`);
    expect(action?.startDate.toString()).toBe('2026-12-01');
    expect(action?.description).toContain('Coopérative Sel d’Œuvre SAS');
    // Every event names the partnership.
    expect(list.every((e) => e.summary.includes(title))).toBe(true);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('lists a risk review once when a review set it on the day the charter already had', async () => {
    const project = await reviewedProject();
    const r1 = project.impacts.risks.find((r) => r.id === 'r1')!;
    // The charter's own review of the risk falls on the day the review set.
    const same = {
      ...project,
      impacts: {
        ...project.impacts,
        risks: project.impacts.risks.map((r) => (r === r1 ? { ...r, reviewDate: '2027-02-01' } : r)),
      },
    };
    const list = events(followUpCalendar(same, 'fr', new Date('2026-10-06T09:00:00Z')));
    const onThatDay = list.filter((e) => e.startDate.toString() === '2027-02-01' && e.summary.includes(r1.title));
    expect(onThatDay).toHaveLength(1);
  });
});
