import type { DraftProject } from '../schemas/project.schema';
import type { Closing, HealthAnswer, RecordDrafts, Review } from '../schemas/record.schema';
import { newReview, nextReviewNumber, withClosing, withReview } from './record-new';

/**
 * The record's work in progress (`record.drafts`, src/schemas/record.schema.ts): what the
 * partners typed in a review, a health check or the closing report and did not save yet.
 * A draft lives only there, apart from what was held: a review counts once « Enregistrer »
 * moved it to `record.reviews` (withHeldReview), never before.
 */

const noDrafts = (): RecordDrafts => ({ reviews: [], health: [], closing: null });

const draftsOf = (project: DraftProject): RecordDrafts => project.record.drafts ?? noDrafts();

/** The project with these drafts; with none left, the record is stored as it was before drafts existed. */
function withDrafts(project: DraftProject, drafts: RecordDrafts): DraftProject {
  const { drafts: _dropped, ...record } = project.record;
  const empty = drafts.reviews.length === 0 && drafts.health.length === 0 && drafts.closing === null;
  return { ...project, record: empty ? record : { ...record, drafts } };
}

/** The draft of a review not held yet (« Nouveau bilan »), if one is being written. */
export function newReviewDraft(project: DraftProject): Review | null {
  const held = new Set(project.record.reviews.map((r) => r.id));
  return draftsOf(project).reviews.find((d) => !held.has(d.id)) ?? null;
}

/** Whether the held review `reviewId` has unsaved edits. */
export function hasReviewDraft(project: DraftProject, reviewId: string): boolean {
  return draftsOf(project).reviews.some((d) => d.id === reviewId);
}

/**
 * The review as its form opens: its draft if one is being written, else the held review,
 * else a new one from the text in force (`current`). A held review's health answers are
 * always the held ones (answered from the review while its draft waited); a new review
 * takes the next number, whatever was held since its draft began.
 */
export function reviewToEdit(
  project: DraftProject,
  current: DraftProject,
  reviewId: string | null,
  fresh: { id: string; date: string },
): Review {
  const held = reviewId ? project.record.reviews.find((r) => r.id === reviewId) : undefined;
  if (held) {
    const draft = draftsOf(project).reviews.find((d) => d.id === held.id);
    return draft ? { ...draft, number: held.number, health: held.health } : held;
  }
  const draft = newReviewDraft(project);
  const number = nextReviewNumber(project);
  return draft ? { ...draft, number, health: [] } : newReview(current, fresh);
}

/** The project with this review's work in progress kept (replacing its previous draft). */
export function withReviewDraft(project: DraftProject, review: Review): DraftProject {
  const drafts = draftsOf(project);
  const held = new Set(project.record.reviews.map((r) => r.id));
  // One new review at a time: a new draft replaces any other draft of a review not held.
  const others = drafts.reviews.filter((d) => d.id !== review.id && (held.has(review.id) || held.has(d.id)));
  return withDrafts(project, { ...drafts, reviews: [...others, review] });
}

/** The review held (« Enregistrer le bilan »): stored, and its draft gone. */
export function withHeldReview(project: DraftProject, review: Review): DraftProject {
  const saved = withReview(project, review);
  const drafts = draftsOf(saved);
  return withDrafts(saved, { ...drafts, reviews: drafts.reviews.filter((d) => d.id !== review.id) });
}

/** A partner's health-check answers being given for a review, if any. */
export function healthDraft(project: DraftProject, reviewId: string, partnerId: string): HealthAnswer | null {
  return (
    draftsOf(project).health.find((h) => h.reviewId === reviewId && h.answer.partnerId === partnerId)?.answer ?? null
  );
}

const otherHealth = (drafts: RecordDrafts, reviewId: string, partnerId: string) =>
  drafts.health.filter((h) => h.reviewId !== reviewId || h.answer.partnerId !== partnerId);

export function withHealthDraft(project: DraftProject, reviewId: string, answer: HealthAnswer): DraftProject {
  const drafts = draftsOf(project);
  return withDrafts(project, {
    ...drafts,
    health: [...otherHealth(drafts, reviewId, answer.partnerId), { reviewId, answer }],
  });
}

/** The partner's answers held in the review, and their draft gone. */
export function withHeldHealth(project: DraftProject, reviewId: string, answer: HealthAnswer): DraftProject {
  const review = project.record.reviews.find((r) => r.id === reviewId);
  if (!review) return project;
  const health = [...review.health.filter((h) => h.partnerId !== answer.partnerId), answer];
  const saved = withReview(project, { ...review, health });
  const drafts = draftsOf(saved);
  return withDrafts(saved, { ...drafts, health: otherHealth(drafts, reviewId, answer.partnerId) });
}

export function closingDraft(project: DraftProject): Closing | null {
  return draftsOf(project).closing;
}

export function withClosingDraft(project: DraftProject, closing: Closing): DraftProject {
  return withDrafts(project, { ...draftsOf(project), closing });
}

/** The closing report held, and its draft gone. */
export function withHeldClosing(project: DraftProject, closing: Closing): DraftProject {
  const saved = withClosing(project, closing);
  return withDrafts(saved, { ...draftsOf(saved), closing: null });
}

/** Which draft: a review's, a partner's health check on a review, or the closing report. */
export type DraftRef =
  | { kind: 'review'; reviewId: string }
  | { kind: 'health'; reviewId: string; partnerId: string }
  | { kind: 'closing' };

/** The project without that draft (the partners erased it): what was held stays as it is. */
export function withoutDraft(project: DraftProject, which: DraftRef): DraftProject {
  const drafts = draftsOf(project);
  if (which.kind === 'review')
    return withDrafts(project, { ...drafts, reviews: drafts.reviews.filter((d) => d.id !== which.reviewId) });
  if (which.kind === 'health')
    return withDrafts(project, { ...drafts, health: otherHealth(drafts, which.reviewId, which.partnerId) });
  return withDrafts(project, { ...drafts, closing: null });
}
