// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { emptyHealthAnswer } from '../domain/record-health';
import { newReview } from '../domain/record-new';
import { signedThreePartnerProject } from '../testing/record-fixtures';
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
});
