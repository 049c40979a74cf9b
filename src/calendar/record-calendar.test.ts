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
});
