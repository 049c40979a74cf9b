// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { reviewedProject, signedThreePartnerProject } from '../testing/record-fixtures';
import { firstNumber, indicatorHistory, riskHistory } from './record-history';
import { dueItems, nextReviewDate, scheduledReviewDates } from './record-schedule';
import { emptyHealthAnswer, healthGaps, healthTrend, lowScores } from './record-health';
import { mergeRecords } from './record-merge';
import { newReview, withReview } from './record-new';

describe('indicator and risk history', () => {
  it('lists each indicator’s readings review after review, with its first baseline', async () => {
    const project = await reviewedProject();
    const [income, tonnes] = indicatorHistory(project, project.record.reviews);
    expect(income!.baseline).toBe('120 € par mois');
    expect(income!.points.map((p) => [p.reviewNumber, p.actual, p.value])).toEqual([
      [1, '126 € par mois', 126],
      [2, '138 € par mois', 138],
    ]);
    // The second review carried the baseline over without anyone typing it again.
    expect(income!.points[1]!.baseline).toBe('120 € par mois');
    expect(tonnes!.points.map((p) => p.value)).toEqual([12, 31]);
  });

  it('reads numbers written the French way', () => {
    expect(firstNumber('12,5 t')).toBe(12.5);
    expect(firstNumber('15\u00a0000 € par an')).toBe(15000);
    expect(firstNumber('+20 %')).toBe(20);
    expect(firstNumber('aucun')).toBeNull();
  });

  it('follows each risk from its signed score through every reassessment', async () => {
    const project = await reviewedProject();
    const r1 = riskHistory(project, project.record.reviews).find((h) => h.riskId === 'r1')!;
    const signed = project.impacts.risks.find((r) => r.id === 'r1')!;
    expect(r1.points.map((p) => [p.reviewNumber, p.likelihood, p.severity, p.status])).toEqual([
      [0, signed.likelihood, signed.severity, signed.status],
      [1, 2, 3, 'open'],
      [2, 1, 2, 'closed'],
    ]);
    expect(r1.move).toBe(2 - Number(signed.likelihood) * Number(signed.severity));
  });
});

describe('what is due', () => {
  it('schedules reviews on the agreed rhythm up to the end of term', async () => {
    const project = await signedThreePartnerProject();
    const dates = scheduledReviewDates(project);
    expect(dates.slice(0, 3)).toEqual(['2026-10-01', '2027-04-01', '2027-10-01']);
    expect(dates.at(-1)! <= '2029-03-31').toBe(true);
  });

  it('says the first review is overdue once its date has passed, and moves on once recorded', async () => {
    const project = await signedThreePartnerProject();
    const due = dueItems(project, '2026-10-20');
    expect(due.find((d) => d.kind === 'review')).toMatchObject({
      kind: 'review',
      ref: '1',
      date: '2026-10-01',
      overdue: true,
    });
    const reviewed = withReview(project, newReview(project, { id: 'x', date: '2026-10-20' }));
    expect(nextReviewDate(reviewed)).toBe('2027-04-01');
    expect(dueItems(reviewed, '2026-10-20').some((d) => d.kind === 'review')).toBe(false);
  });

  it('lists open actions, risks to review and milestones not done, and forgets the settled ones', async () => {
    const project = await reviewedProject();
    const due = dueItems(project, '2027-06-01', 0);
    const kinds = due.map((d) => `${d.kind}:${d.ref}`);
    expect(kinds).toContain('action:a1');
    expect(kinds).toContain('milestone:m2');
    expect(kinds).toContain('milestone:m3');
    // Milestone 1 was done at the first review; risk 1 was closed at the second.
    expect(kinds).not.toContain('milestone:m1');
    expect(kinds).not.toContain('risk:r1');
    // Due on the day itself is due, not yet overdue.
    expect(due.filter((d) => !d.overdue).map((d) => d.ref)).toEqual(['m3']);
  });
});

describe('health check', () => {
  it('turns gaps between partners into discussion points, widest first', async () => {
    const project = await reviewedProject();
    const gaps = healthGaps(project.record.reviews[1]!.health);
    expect(gaps).toEqual([
      {
        question: 'southVoice',
        low: { partnerId: 'south', score: 2 },
        high: { partnerId: 'company', score: 5 },
        gap: 3,
      },
    ]);
    expect(lowScores(project.record.reviews[1]!.health, project.record.reviews[1]!.partnerIds)).toEqual([]);
  });

  it('draws the trend of the mean score across reviews', async () => {
    const project = await reviewedProject();
    const trend = healthTrend(project.record.reviews);
    expect(trend.map((p) => p.reviewNumber)).toEqual([1, 2]);
    expect(trend[0]!.mean).toBeCloseTo(11 / 3);
    expect(trend[1]!.mean).toBeGreaterThan(trend[0]!.mean);
  });
});

describe('merging records answered on separate devices', () => {
  it('puts together the health check each partner answered on its own copy', async () => {
    const base = await signedThreePartnerProject();
    const review = newReview(base, { id: 'rev1', date: '2026-10-05' });
    const mine = { ...review, health: [{ ...emptyHealthAnswer('asso', '2026-10-01'), comment: 'asso' }] };
    const theirs = { ...review, health: [{ ...emptyHealthAnswer('south', '2026-10-02'), comment: 'south' }] };
    const merged = mergeRecords(withReview(base, mine).record, withReview(base, theirs).record);
    expect(merged.reviews).toHaveLength(1);
    expect(merged.reviews[0]!.health.map((h) => h.partnerId)).toEqual(['asso', 'south']);
  });
});

describe('a new review', () => {
  it('keeps each risk’s review still to come, so saving the review does not cancel it', async () => {
    const signed = await signedThreePartnerProject();
    const risk = signed.impacts.risks[0]!;
    const before = { ...signed, impacts: { ...signed.impacts, risks: [{ ...risk, reviewDate: '2027-03-15' }] } };
    const review = newReview(before, { id: 'rev1', date: '2026-12-01' });
    expect(review.risks[0]!.nextReviewDate).toBe('2027-03-15');
    // Saved as prefilled, the risk's review is still on the schedule.
    const after = withReview(before, review);
    expect(dueItems(after, '2026-12-02', 400).map((i) => [i.kind, i.date])).toContainEqual(['risk', '2027-03-15']);
    // A review date already past is the partners' to set again at this review.
    const overdue = { ...signed, impacts: { ...signed.impacts, risks: [{ ...risk, reviewDate: '2026-10-01' }] } };
    expect(newReview(overdue, { id: 'rev1', date: '2026-12-01' }).risks[0]!.nextReviewDate).toBe('');
  });
});
