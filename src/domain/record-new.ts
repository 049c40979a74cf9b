import type { DraftProject } from '../schemas/project.schema';
import type { Closing, Review } from '../schemas/record.schema';
import { isRated } from './risk-rating';

const inOrder = (reviews: readonly Review[]) => [...reviews].sort((a, b) => a.number - b.number);

/** The number the next review held takes: one after the reviews recorded (bilan n° N). */
export function nextReviewNumber(project: DraftProject): number {
  return project.record.reviews.length + 1;
}

/**
 * A new review prefilled from the text in force (pass the consolidated project) and the
 * last review: each milestone's last progress, each indicator's baseline carried over,
 * each risk's last status and score and its review still to come, an empty view for each
 * partner.
 */
export function newReview(project: DraftProject, { id, date }: { id: string; date: string }): Review {
  const last = inOrder(project.record.reviews).at(-1);
  const partners = project.partners.partners.map((p) => p.id);
  return {
    id,
    number: nextReviewNumber(project),
    date,
    participants: '',
    partnerIds: partners,
    milestones: project.followUp.milestones.map((m) => {
      const before = last?.milestones.find((x) => x.milestoneId === m.id);
      return { milestoneId: m.id, status: before?.status ?? 'not-started', comment: '' };
    }),
    indicators: project.followUp.indicators.map((ind) => {
      const before = last?.indicators.find((x) => x.indicatorId === ind.id);
      return { indicatorId: ind.id, baseline: before?.baseline ?? '', actual: '', comment: '' };
    }),
    // A signed charter's risks are all rated; the filter only tells the types so.
    risks: project.impacts.risks.filter(isRated).map((r) => {
      const before = last?.risks.find((x) => x.riskId === r.id);
      // A review still to come stays on the schedule (saved empty, it was cancelled); one
      // already past is for the partners to set again at this review.
      const scheduled = before ? before.nextReviewDate : r.reviewDate;
      return {
        riskId: r.id,
        status: before?.status ?? r.status,
        likelihood: before?.likelihood ?? r.likelihood,
        severity: before?.severity ?? r.severity,
        comment: '',
        nextReviewDate: scheduled > date ? scheduled : '',
      };
    }),
    wentWell: '',
    difficulties: '',
    decisions: '',
    actions: [],
    views: partners.map((partnerId) => ({ partnerId, wentWell: '', difficulties: '', proposals: '' })),
    health: [],
  };
}

/** The closing evaluation prefilled with what each partner said it expected (step 2). */
export function newClosing(project: DraftProject, date: string): Closing {
  return {
    date,
    byPartner: project.partners.partners.map((p) => ({
      partnerId: p.id,
      expected: project.motivations.byPartner.find((m) => m.partnerId === p.id)?.expectations ?? '',
      results: '',
      impacts: '',
    })),
    southExpected: project.impacts.otherSouthImpacts,
    southResults: '',
    lessons: '',
    decision: '',
    decisionDetails: '',
    replicateWhere: '',
    sharedResults: '',
    money: '',
    communication: '',
    agreedBy: [],
  };
}

/** The project with the review stored (replacing the one with the same id). */
export function withReview(project: DraftProject, review: Review): DraftProject {
  const others = project.record.reviews.filter((r) => r.id !== review.id);
  return {
    ...project,
    record: { ...project.record, reviews: [...others, review].sort((a, b) => a.number - b.number) },
  };
}

export function withClosing(project: DraftProject, closing: Closing | null): DraftProject {
  return { ...project, record: { ...project.record, closing } };
}

/**
 * Whether the end-of-term decision is taken together: every partner of the charter agreed
 * to it (a decision nobody, or only some, agreed to is not recorded as the partners').
 */
export function isDecidedTogether(project: DraftProject, closing: Pick<Closing, 'agreedBy'>): boolean {
  const agreed = new Set(closing.agreedBy);
  return project.partners.partners.every((p) => agreed.has(p.id));
}

/**
 * Whether the partners decided how the partnership ends (the closing's decision): from
 * then on the record is held — nothing falls due, no amendment or closing draft starts.
 */
export function isPartnershipClosed(project: DraftProject): boolean {
  return (project.record.closing?.decision ?? '') !== '';
}
