import { assign, setup } from 'xstate';
import type { DraftProject } from '../schemas/project.schema';
import type { Amendment, Closing, HealthAnswer, Review } from '../schemas/record.schema';
import {
  canDraftAmendment,
  checkChainNow,
  isAmendmentLocked,
  withAmendment,
  withoutDraftAmendment,
} from '../domain/record-amendments';
import {
  withClosingDraft,
  withHealthDraft,
  withHeldClosing,
  withHeldHealth,
  withHeldReview,
  withReviewDraft,
  withoutDraft,
  type DraftRef,
} from '../domain/record-drafts';
import { isPartnershipClosed } from '../domain/record-new';

/**
 * The screens of a signed charter's record (issue 13): its home, a review (bilan), one
 * partner's health check, an amendment and the closing. Pure: data arrives validated in
 * the events (the forms use the record's zod schemas) and the project in context is what
 * the app stores; the app reads `context.project` after each `*.saved` event.
 */
export interface RecordContext {
  project: DraftProject;
  reviewId: string | null;
  /**
   * The partner whose health check is open, kept once it closes: the review it was opened
   * from gives focus back to that partner's button.
   */
  partnerId: string | null;
  amendmentId: string | null;
}

export type RecordEvent =
  | { type: 'record.home' }
  | { type: 'review.open'; reviewId: string | null }
  | { type: 'health.open'; reviewId: string; partnerId: string }
  /** Back from a health check, unanswered: to the review it was opened from. */
  | { type: 'health.close' }
  | { type: 'amendment.open'; amendmentId: string | null }
  /** A new draft amendment (no signature, no change yet) is stored and its text opens for editing. */
  | { type: 'amendment.drafted'; amendment: Amendment }
  /** The text of a draft nobody signed yet opens again for editing. */
  | { type: 'amendment.edit'; amendmentId: string }
  /** The partners drop a draft nobody signed. */
  | { type: 'amendment.discarded'; amendmentId: string }
  | { type: 'closing.open' }
  /** The consolidated text in force, read as the charter's page. */
  | { type: 'inForce.open' }
  | { type: 'review.saved'; review: Review }
  /**
   * A review, a health check or the closing report as typed so far (checked as a draft):
   * kept in `record.drafts`, wherever the record is, since a form sends its last keystrokes
   * as it closes, after the screen changed.
   */
  | { type: 'review.drafted'; review: Review }
  | { type: 'health.drafted'; reviewId: string; answer: HealthAnswer }
  | { type: 'closing.drafted'; closing: Closing }
  /** The partners erase a draft: back where its form was opened from (a health check: its review). */
  | { type: 'draft.discarded'; draft: DraftRef }
  | { type: 'health.answered'; reviewId: string; answer: HealthAnswer }
  | { type: 'amendment.saved'; amendment: Amendment }
  | { type: 'closing.saved'; closing: Closing }
  /** The project changed elsewhere (a merge, another tab): take it as is. */
  | { type: 'project.replaced'; project: DraftProject };

export const recordMachine = setup({
  types: {
    context: {} as RecordContext,
    events: {} as RecordEvent,
    input: {} as { project: DraftProject },
  },
  actions: {
    saveReview: assign(({ context }, params: { review: Review }) => ({
      project: withHeldReview(context.project, params.review),
    })),
    saveHealth: assign(({ context }, params: { reviewId: string; answer: HealthAnswer }) => ({
      project: withHeldHealth(context.project, params.reviewId, params.answer),
    })),
    draftReview: assign(({ context }, params: { review: Review }) => ({
      project: withReviewDraft(context.project, params.review),
    })),
    draftHealth: assign(({ context }, params: { reviewId: string; answer: HealthAnswer }) => ({
      project: withHealthDraft(context.project, params.reviewId, params.answer),
    })),
    draftClosing: assign(({ context }, params: { closing: Closing }) => ({
      project: withClosingDraft(context.project, params.closing),
    })),
    saveAmendment: assign(({ context }, params: { amendment: Amendment }) => ({
      project: withAmendment(context.project, params.amendment),
    })),
    saveClosing: assign(({ context }, params: { closing: Closing }) => ({
      project: withHeldClosing(context.project, params.closing),
    })),
    discardAmendment: assign(({ context }, params: { amendmentId: string }) => ({
      project: withoutDraftAmendment(context.project, params.amendmentId),
      amendmentId: null,
    })),
    discardDraft: assign(({ context }, params: { draft: DraftRef }) => ({
      project: withoutDraft(context.project, params.draft),
    })),
    replaceProject: assign((_, params: { project: DraftProject }) => ({ project: params.project })),
  },
  guards: {
    // One amendment at a time, and none once the partners decided how the partnership ends.
    canDraft: ({ context }, params: { amendment: Amendment }) =>
      canDraftAmendment(context.project) &&
      !isAmendmentLocked(params.amendment) &&
      params.amendment.number === context.project.record.amendments.length + 1,
    isUnsignedDraft: ({ context }, params: { amendmentId: string }) =>
      context.project.record.amendments.some((a) => a.id === params.amendmentId && !isAmendmentLocked(a)),
    /** A new text for a stored draft nobody signed, itself unsigned. */
    isDraftText: ({ context }, params: { amendment: Amendment }) =>
      !isAmendmentLocked(params.amendment) &&
      context.project.record.amendments.some((a) => a.id === params.amendment.id && !isAmendmentLocked(a)),
    hasReview: ({ context }, params: { reviewId: string }) =>
      context.project.record.reviews.some((r) => r.id === params.reviewId),
    // An address may name any review or partner (a stale or forged link): a form opens only
    // for a new review or a held one, a health check only for a partner to the text in
    // force (the partners its review offers).
    canOpenReview: ({ context }, params: { reviewId: string | null }) =>
      params.reviewId === null || context.project.record.reviews.some((r) => r.id === params.reviewId),
    canOpenHealth: ({ context }, params: { reviewId: string; partnerId: string }) =>
      context.project.record.reviews.some((r) => r.id === params.reviewId) &&
      checkChainNow(context.project).current.partners.partners.some((p) => p.id === params.partnerId),
  },
}).createMachine({
  id: 'record',
  context: ({ input }) => ({ project: input.project, reviewId: null, partnerId: null, amendmentId: null }),
  initial: 'home',
  on: {
    'record.home': { target: '.home' },
    'review.open': {
      target: '.review',
      guard: { type: 'canOpenReview', params: ({ event }) => ({ reviewId: event.reviewId }) },
      actions: assign(({ event }) => ({ reviewId: event.reviewId })),
    },
    'health.open': {
      target: '.health',
      guard: {
        type: 'canOpenHealth',
        params: ({ event }) => ({ reviewId: event.reviewId, partnerId: event.partnerId }),
      },
      actions: assign(({ event }) => ({ reviewId: event.reviewId, partnerId: event.partnerId })),
    },
    'amendment.open': {
      target: '.amendment',
      actions: assign(({ event }) => ({ amendmentId: event.amendmentId })),
    },
    'amendment.drafted': {
      target: '.drafting',
      guard: { type: 'canDraft', params: ({ event }) => ({ amendment: event.amendment }) },
      actions: [
        { type: 'saveAmendment', params: ({ event }) => ({ amendment: event.amendment }) },
        assign(({ event }) => ({ amendmentId: event.amendment.id })),
      ],
    },
    'amendment.edit': {
      target: '.drafting',
      guard: { type: 'isUnsignedDraft', params: ({ event }) => ({ amendmentId: event.amendmentId }) },
      actions: assign(({ event }) => ({ amendmentId: event.amendmentId })),
    },
    'amendment.discarded': {
      target: '.home',
      guard: { type: 'isUnsignedDraft', params: ({ event }) => ({ amendmentId: event.amendmentId }) },
      actions: { type: 'discardAmendment', params: ({ event }) => ({ amendmentId: event.amendmentId }) },
    },
    // A draft's changes may arrive after its editor closed (a form's last draft, sent as
    // the editor unmounts):
    // wherever the record is, an unsigned draft's new text is kept.
    'amendment.saved': {
      guard: { type: 'isDraftText', params: ({ event }) => ({ amendment: event.amendment }) },
      actions: { type: 'saveAmendment', params: ({ event }) => ({ amendment: event.amendment }) },
    },
    'closing.open': { target: '.closing' },
    'review.drafted': { actions: { type: 'draftReview', params: ({ event }) => ({ review: event.review }) } },
    'health.drafted': {
      guard: { type: 'hasReview', params: ({ event }) => ({ reviewId: event.reviewId }) },
      actions: { type: 'draftHealth', params: ({ event }) => ({ reviewId: event.reviewId, answer: event.answer }) },
    },
    // Once the partners decided how the partnership ends, the report is held: no draft of it.
    'closing.drafted': {
      guard: ({ context }) => !isPartnershipClosed(context.project),
      actions: { type: 'draftClosing', params: ({ event }) => ({ closing: event.closing }) },
    },
    'inForce.open': { target: '.inForce' },
    'project.replaced': { actions: { type: 'replaceProject', params: ({ event }) => ({ project: event.project }) } },
  },
  states: {
    home: {},
    inForce: {},
    review: {
      on: {
        'draft.discarded': {
          target: 'home',
          actions: { type: 'discardDraft', params: ({ event }) => ({ draft: event.draft }) },
        },
        'review.saved': {
          target: 'home',
          actions: { type: 'saveReview', params: ({ event }) => ({ review: event.review }) },
        },
      },
    },
    // Opened only from a review (its health section): leaving it, answered or not, returns
    // to that review, whose id stays in the context.
    health: {
      on: {
        'health.close': { target: 'review' },
        'draft.discarded': {
          target: 'review',
          actions: { type: 'discardDraft', params: ({ event }) => ({ draft: event.draft }) },
        },
        'health.answered': {
          target: 'review',
          actions: [
            { type: 'saveHealth', params: ({ event }) => ({ reviewId: event.reviewId, answer: event.answer }) },
            assign(({ event }) => ({ reviewId: event.reviewId })),
          ],
        },
      },
    },
    // The partners edit a working copy of the text in force; each save recomputes the
    // draft's changes. Its review and signatures are the amendment screen.
    drafting: {},
    amendment: {
      on: {
        // Saving (a draft or a signature) stays on the amendment: partners sign one by one.
        'amendment.saved': {
          actions: [
            { type: 'saveAmendment', params: ({ event }) => ({ amendment: event.amendment }) },
            assign(({ event }) => ({ amendmentId: event.amendment.id })),
          ],
        },
      },
    },
    closing: {
      on: {
        'draft.discarded': {
          target: 'home',
          actions: { type: 'discardDraft', params: ({ event }) => ({ draft: event.draft }) },
        },
        'closing.saved': {
          target: 'home',
          actions: { type: 'saveClosing', params: ({ event }) => ({ closing: event.closing }) },
        },
      },
    },
  },
});
