// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseProjectFile, serializeProject } from '../persistence/project-file';
import { reviewedProject } from '../testing/record-fixtures';
import type { DraftProject } from '../schemas/project.schema';
import { emptyHealthAnswer, healthTrend } from './record-health';
import { mergeRecords } from './record-merge';
import {
  closingDraft,
  healthDraft,
  newReviewDraft,
  reviewToEdit,
  withClosingDraft,
  withHealthDraft,
  withHeldClosing,
  withHeldHealth,
  withHeldReview,
  withReviewDraft,
} from './record-drafts';
import { newClosing, newReview } from './record-new';
import { dueItems, nextReviewDate, recordCalendarEvents, scheduledReviewDates } from './record-schedule';
import { recordStatus } from './record-status';

/** The reviewed project with work in progress everywhere: a new review, edits to review 2, a health check, the closing. */
async function withWorkInProgress(): Promise<{ held: DraftProject; drafted: DraftProject }> {
  const held = await reviewedProject();
  const second = held.record.reviews[1]!;
  let drafted = withReviewDraft(held, {
    ...newReview(held, { id: 'rev3', date: '2027-10-03' }),
    participants: 'Élise',
    actions: [{ id: 'a9', text: 'Relancer la banque', ownerId: '', dueDate: '2027-10-20', done: false }],
  });
  drafted = withReviewDraft(drafted, { ...second, date: '2027-09-30', participants: 'Personne' });
  drafted = withHealthDraft(drafted, second.id, { ...emptyHealthAnswer('asso', '2027-10-01'), comment: 'À revoir' });
  drafted = withClosingDraft(drafted, { ...newClosing(held, '2029-03-20'), lessons: 'Anticiper.' });
  return { held, drafted };
}

describe('work in progress in the record', () => {
  it('is never counted as held: status, due reminders, schedule, calendar and health trend ignore it', async () => {
    const { held, drafted } = await withWorkInProgress();
    expect(drafted.record.reviews).toEqual(held.record.reviews);
    expect(drafted.record.closing).toBeNull();
    expect(recordStatus(drafted)).toEqual(recordStatus(held));
    for (const today of ['2027-06-01', '2027-10-03', '2029-03-01'])
      expect(dueItems(drafted, today)).toEqual(dueItems(held, today));
    expect(scheduledReviewDates(drafted)).toEqual(scheduledReviewDates(held));
    expect(nextReviewDate(drafted)).toBe(nextReviewDate(held));
    expect(recordCalendarEvents(drafted)).toEqual(recordCalendarEvents(held));
    expect(healthTrend(drafted.record.reviews)).toEqual(healthTrend(held.record.reviews));
  });

  it('comes back as the form opens: a held review’s edits keep its held health answers', async () => {
    const { held, drafted } = await withWorkInProgress();
    const second = held.record.reviews[1]!;
    const fresh = { id: 'other', date: '2027-10-04' };
    expect(reviewToEdit(drafted, drafted, second.id, fresh)).toMatchObject({
      id: second.id,
      number: 2,
      participants: 'Personne',
      health: second.health,
    });
    expect(reviewToEdit(drafted, drafted, null, fresh)).toMatchObject({ id: 'rev3', number: 3, participants: 'Élise' });
    expect(reviewToEdit(held, held, null, fresh)).toMatchObject({ id: 'other', number: 3, participants: '' });
    expect(healthDraft(drafted, second.id, 'asso')?.comment).toBe('À revoir');
    expect(closingDraft(drafted)?.lessons).toBe('Anticiper.');
  });

  it('leaves once saved, and a record without any is stored as before drafts existed', async () => {
    const { held, drafted } = await withWorkInProgress();
    const second = held.record.reviews[1]!;
    let saved = withHeldReview(drafted, reviewToEdit(drafted, drafted, null, { id: 'x', date: '2027-10-03' }));
    expect(saved.record.reviews.map((r) => r.number)).toEqual([1, 2, 3]);
    expect(newReviewDraft(saved)).toBeNull();
    saved = withHeldHealth(saved, second.id, { ...emptyHealthAnswer('asso', '2027-10-01'), comment: 'Vu' });
    expect(healthDraft(saved, second.id, 'asso')).toBeNull();
    saved = withHeldReview(saved, second);
    expect(saved.record.drafts).toMatchObject({ reviews: [], health: [], closing: { lessons: 'Anticiper.' } });
    saved = withHeldClosing(saved, { ...newClosing(held, '2029-03-20'), decision: 'close' });
    expect(saved.record.closing?.decision).toBe('close');
    expect('drafts' in saved.record).toBe(false);
  });

  it('one new review at a time: a new draft replaces the previous new one, not a held review’s edits', async () => {
    const { held, drafted } = await withWorkInProgress();
    const again = withReviewDraft(drafted, {
      ...newReview(held, { id: 'rev4', date: '2027-10-05' }),
      participants: 'Lan',
    });
    expect(again.record.drafts?.reviews.map((r) => r.id).sort()).toEqual(['rev4', held.record.reviews[1]!.id].sort());
  });

  it('is stored in the project file and read back; a merge keeps this device’s drafts', async () => {
    const { held, drafted } = await withWorkInProgress();
    const read = parseProjectFile(serializeProject(drafted));
    if (!read.ok) throw new Error(read.error);
    expect(read.project.record.drafts).toEqual(drafted.record.drafts);
    const plain = parseProjectFile(serializeProject(held));
    if (!plain.ok) throw new Error(plain.error);
    expect(plain.project.record).toEqual(held.record);
    expect(mergeRecords(drafted.record, held.record).drafts).toEqual(drafted.record.drafts);
    expect('drafts' in mergeRecords(held.record, drafted.record)).toBe(false);
  });
});
