// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { emptyHealthAnswer } from '../domain/record-health';
import { newClosing, newReview } from '../domain/record-new';
import { draftAmendment, redraftAmendment, signAmendment } from '../domain/record-amendments';
import { budgetChange, signature, signedThreePartnerProject } from '../testing/record-fixtures';
import { recordMachine } from './record.machine';

describe('record machine', () => {
  it('records a review, then each partner’s health check on it, back on the review', async () => {
    const project = await signedThreePartnerProject();
    const actor = createActor(recordMachine, { input: { project } }).start();
    expect(actor.getSnapshot().matches('home')).toBe(true);
    actor.send({ type: 'review.open', reviewId: null });
    actor.send({ type: 'review.saved', review: newReview(project, { id: 'rev1', date: '2026-10-05' }) });
    expect(actor.getSnapshot().matches('home')).toBe(true);
    // A health check needs an existing review.
    actor.send({ type: 'health.open', reviewId: 'nope', partnerId: 'asso' });
    expect(actor.getSnapshot().matches('home')).toBe(true);
    for (const partnerId of ['asso', 'south', 'asso']) {
      actor.send({ type: 'health.open', reviewId: 'rev1', partnerId });
      expect(actor.getSnapshot().context.partnerId).toBe(partnerId);
      actor.send({
        type: 'health.answered',
        reviewId: 'rev1',
        answer: { ...emptyHealthAnswer(partnerId, '2026-10-01'), comment: partnerId },
      });
      expect(actor.getSnapshot().matches('review')).toBe(true);
    }
    const health = actor.getSnapshot().context.project.record.reviews[0]!.health;
    // Answering again replaces the partner's own answer, never another's.
    expect(health.map((h) => h.partnerId).sort()).toEqual(['asso', 'south']);
  });

  it('opens only a review or a partner’s health check that exist: an address may name anything', async () => {
    const project = await signedThreePartnerProject();
    const actor = createActor(recordMachine, { input: { project } }).start();
    actor.send({ type: 'review.open', reviewId: null });
    actor.send({ type: 'review.saved', review: newReview(project, { id: 'rev1', date: '2026-10-05' }) });
    // A review nobody recorded: the record stays on its home, no blank form under a forged id.
    actor.send({ type: 'review.open', reviewId: 'stale' });
    expect(actor.getSnapshot().matches('home')).toBe(true);
    actor.send({ type: 'review.open', reviewId: 'rev1' });
    expect(actor.getSnapshot().context.reviewId).toBe('rev1');
    // A partner who is no party to the charter: no health check in their name.
    actor.send({ type: 'health.open', reviewId: 'rev1', partnerId: 'intruder' });
    expect(actor.getSnapshot().matches('review')).toBe(true);
    actor.send({ type: 'health.open', reviewId: 'rev1', partnerId: 'south' });
    expect(actor.getSnapshot().matches('health')).toBe(true);
  });

  it('closes a health check unanswered back to the review it was opened from', async () => {
    const project = await signedThreePartnerProject();
    const actor = createActor(recordMachine, { input: { project } }).start();
    actor.send({ type: 'review.open', reviewId: null });
    actor.send({ type: 'review.saved', review: newReview(project, { id: 'rev1', date: '2026-10-05' }) });
    actor.send({ type: 'review.open', reviewId: 'rev1' });
    actor.send({ type: 'health.open', reviewId: 'rev1', partnerId: 'south' });
    actor.send({ type: 'health.close' });
    expect(actor.getSnapshot().matches('review')).toBe(true);
    // The review, and whose check was open: its button takes focus back.
    expect(actor.getSnapshot().context).toMatchObject({ reviewId: 'rev1', partnerId: 'south' });
    expect(actor.getSnapshot().context.project.record.reviews[0]!.health).toEqual([]);
    // Elsewhere, it means nothing.
    actor.send({ type: 'record.home' });
    actor.send({ type: 'health.close' });
    expect(actor.getSnapshot().matches('home')).toBe(true);
  });

  it('drafts an amendment, keeps its new text anywhere, reviews it, and discards it only while nobody signed', async () => {
    const project = await signedThreePartnerProject();
    const actor = createActor(recordMachine, { input: { project } }).start();
    const draft = await draftAmendment(project, { id: 'am1', date: '2027-05-02', title: '', reason: '', changes: [] });
    actor.send({ type: 'amendment.drafted', amendment: draft });
    expect(actor.getSnapshot().matches('drafting')).toBe(true);
    expect(actor.getSnapshot().context.amendmentId).toBe('am1');
    // One draft at a time: a second one is refused.
    actor.send({ type: 'record.home' });
    actor.send({ type: 'amendment.drafted', amendment: { ...draft, id: 'am2', number: 2 } });
    expect(actor.getSnapshot().matches('home')).toBe(true);
    expect(actor.getSnapshot().context.project.record.amendments.map((a) => a.id)).toEqual(['am1']);

    // A change saved after the editor closed is still kept.
    const stored = () => actor.getSnapshot().context.project;
    const changed = await redraftAmendment(stored(), draft, [budgetChange(project)]);
    actor.send({ type: 'amendment.saved', amendment: changed });
    expect(stored().record.amendments[0]?.changes).toHaveLength(1);
    actor.send({ type: 'amendment.edit', amendmentId: 'am1' });
    expect(actor.getSnapshot().matches('drafting')).toBe(true);
    actor.send({ type: 'amendment.open', amendmentId: 'am1' });
    expect(actor.getSnapshot().matches('amendment')).toBe(true);

    // Once a partner signed, the draft is neither edited, re-texted nor discarded.
    const signed = await signAmendment({ ...changed, title: 'Budget' }, signature('asso', '2027-05-03'));
    actor.send({ type: 'amendment.saved', amendment: signed });
    actor.send({ type: 'amendment.edit', amendmentId: 'am1' });
    expect(actor.getSnapshot().matches('amendment')).toBe(true);
    actor.send({ type: 'record.home' });
    actor.send({ type: 'amendment.saved', amendment: { ...changed, title: 'Autre chose' } });
    actor.send({ type: 'amendment.discarded', amendmentId: 'am1' });
    expect(stored().record.amendments[0]?.signatures).toHaveLength(1);
    expect(stored().record.amendments[0]?.title).toBe('Budget');
    // While it waits for the others' signatures, no second amendment is drafted: only the
    // last one may wait (the record's home offers none either).
    actor.send({ type: 'amendment.drafted', amendment: { ...draft, id: 'am2', number: 2 } });
    expect(actor.getSnapshot().matches('home')).toBe(true);
    expect(stored().record.amendments.map((a) => a.id)).toEqual(['am1']);

    // An unsigned draft goes, after which a new one can be drafted.
    const other = createActor(recordMachine, { input: { project } }).start();
    other.send({ type: 'amendment.drafted', amendment: draft });
    other.send({ type: 'amendment.discarded', amendmentId: 'am1' });
    expect(other.getSnapshot().matches('home')).toBe(true);
    expect(other.getSnapshot().context.project.record.amendments).toEqual([]);
    other.send({ type: 'amendment.drafted', amendment: draft });
    expect(other.getSnapshot().matches('drafting')).toBe(true);
  });

  it('keeps what the forms send as they close, wherever the record is, apart from what is held', async () => {
    const project = await signedThreePartnerProject();
    const actor = createActor(recordMachine, { input: { project } }).start();
    const record = () => actor.getSnapshot().context.project.record;
    actor.send({ type: 'review.open', reviewId: null });
    actor.send({ type: 'review.saved', review: newReview(project, { id: 'rev1', date: '2026-10-05' }) });
    actor.send({ type: 'review.open', reviewId: 'rev1' });
    actor.send({ type: 'health.open', reviewId: 'rev1', partnerId: 'asso' });
    // The review's last keystrokes arrive once the health check is open.
    const edited = { ...record().reviews[0]!, participants: 'Élise' };
    actor.send({ type: 'review.drafted', review: edited });
    actor.send({
      type: 'health.drafted',
      reviewId: 'rev1',
      answer: { ...emptyHealthAnswer('asso', '2026-10-01'), comment: 'en cours' },
    });
    expect(record().drafts?.reviews).toEqual([edited]);
    expect(record().drafts?.health[0]?.answer.comment).toBe('en cours');
    expect(record().reviews[0]!.participants).toBe('');
    // Erased by the partners: back to the review it was opened from, the held answers untouched.
    actor.send({ type: 'draft.discarded', draft: { kind: 'health', reviewId: 'rev1', partnerId: 'asso' } });
    expect(actor.getSnapshot().matches('review')).toBe(true);
    expect(record().drafts?.health).toEqual([]);
    actor.send({ type: 'health.open', reviewId: 'rev1', partnerId: 'asso' });
    actor.send({
      type: 'health.drafted',
      reviewId: 'rev1',
      answer: { ...emptyHealthAnswer('asso', '2026-10-01'), comment: 'en cours' },
    });
    // A health draft needs a held review.
    actor.send({ type: 'health.drafted', reviewId: 'nope', answer: emptyHealthAnswer('asso', '2026-10-01') });
    expect(record().drafts?.health).toHaveLength(1);
    actor.send({
      type: 'health.answered',
      reviewId: 'rev1',
      answer: { ...emptyHealthAnswer('asso', '2026-10-01'), comment: 'fait' },
    });
    expect(record().drafts?.health).toEqual([]);
    actor.send({ type: 'review.saved', review: edited });
    expect(record().reviews[0]!.participants).toBe('Élise');
    expect(record().drafts).toBeUndefined();
    // The closing's draft, until the decision is held; none after it.
    actor.send({ type: 'closing.open' });
    actor.send({ type: 'closing.drafted', closing: { ...newClosing(project, '2029-03-20'), lessons: 'x' } });
    expect(record().drafts?.closing?.lessons).toBe('x');
    const closing = { ...newClosing(project, '2029-03-20'), decision: 'close' as const };
    actor.send({ type: 'closing.saved', closing });
    expect(record().drafts).toBeUndefined();
    actor.send({ type: 'closing.drafted', closing: { ...closing, lessons: 'after' } });
    expect(record().drafts).toBeUndefined();
  });
});
