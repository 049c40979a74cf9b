import { z } from '../lib/zod';
import { RISK_STATUSES } from '../content/catalogues';
import { LIMITS, id, isoDate, optionalChoice, partnerRef, riskScale, rows, text, type Strictness } from './fields';
import { signatureSchema } from './signature.schema';

export { emptyRecord } from './empty-values';

/**
 * The partnership record: what happens after the charter is signed (issue 13). The guide's
 * fourth step asks partners to review the partnership regularly, "sans passer sous silence
 * les difficultés rencontrées" (guide 000, « Programmer le suivi dans le temps »), and says
 * that reaching the results may lead to making the experience last, growing it or
 * duplicating it elsewhere (guide 000, « Des partenariats à impacts positifs »).
 *
 * Like the steps, each piece is built twice: `draft` for storage and import, `complete`
 * for what must be filled before a review is recorded or a closing decided.
 */

export const MILESTONE_PROGRESS = ['not-started', 'in-progress', 'done', 'late', 'dropped'] as const;
export type MilestoneProgressStatus = (typeof MILESTONE_PROGRESS)[number];

/**
 * The health-check questions (Cocharte's own, see src/domain/record-health.ts for what
 * each draws on). Answered on a 1–5 scale: 1 = not at all, 5 = fully.
 */
export const HEALTH_QUESTION_IDS = [
  'trust',
  'sharedGoals',
  'balance',
  'communication',
  'southVoice',
  'governance',
  'valueForUs',
  'valueForSouth',
] as const;
export type HealthQuestionId = (typeof HEALTH_QUESTION_IDS)[number];

import { CLOSING_DECISIONS } from './closing-decisions';
export { CLOSING_DECISIONS, type ClosingDecision } from './closing-decisions';

const fingerprintHex = z.string().regex(/^[0-9a-f]{64}$/, { error: 'errors.invalid' });

/** 1–5, or null while a partner has not answered that question. */
const healthScore = (m: Strictness) => {
  const score = z.number({ error: 'errors.choose' }).int().min(1, { error: 'errors.choose' }).max(5, {
    error: 'errors.choose',
  });
  return m === 'draft' ? z.union([score, z.null()]) : score;
};

export const makeHealthAnswerSchema = (m: Strictness) =>
  z.object({
    partnerId: partnerRef(m),
    answeredOn: isoDate(m, { required: true }),
    scores: z.object(
      Object.fromEntries(HEALTH_QUESTION_IDS.map((q) => [q, healthScore(m)])) as Record<
        HealthQuestionId,
        ReturnType<typeof healthScore>
      >,
    ),
    comment: text(m),
  });

export const makeMilestoneProgressSchema = (m: Strictness) =>
  z.object({
    milestoneId: id,
    status: optionalChoice(m, MILESTONE_PROGRESS, { required: true }),
    comment: text(m),
  });

/**
 * An indicator's reading at a review. Values are text because the charter's targets are
 * (« 6 bassins sur 9 », « 20 t ») ; the history reads the first number in them.
 */
export const makeIndicatorReadingSchema = (m: Strictness) =>
  z.object({
    indicatorId: id,
    baseline: text(m, { max: LIMITS.short }),
    actual: text(m, { required: true, max: LIMITS.short }),
    comment: text(m),
  });

/** A risk as reassessed at a review: its status and new score, so the matrix shows the move. */
export const makeRiskReviewSchema = (m: Strictness) =>
  z.object({
    riskId: id,
    status: z.enum(RISK_STATUSES, { error: 'errors.choose' }),
    likelihood: riskScale,
    severity: riskScale,
    comment: text(m),
    nextReviewDate: isoDate(m),
  });

export const makeActionSchema = (m: Strictness) =>
  z.object({
    id,
    text: text(m, { required: true, max: LIMITS.short }),
    /** '' when the action falls to every partner. */
    ownerId: partnerRef('draft'),
    dueDate: isoDate(m, { required: true }),
    done: z.boolean().default(false),
  });

/** What one partner writes on its own before the meeting, shown side by side at the review. */
export const makePartnerViewSchema = (m: Strictness) =>
  z.object({
    partnerId: partnerRef(m),
    wentWell: text(m),
    difficulties: text(m),
    proposals: text(m),
  });

export const makeReviewSchema = (m: Strictness) =>
  z.object({
    id,
    /** 1 for the first review ("bilan no 1"), numbered in the order they are recorded. */
    number: z.number().int().min(1),
    date: isoDate(m, { required: true }),
    /** Names and roles of the people present. */
    participants: text(m, { required: m === 'complete', max: LIMITS.text }),
    /** Which partners took part. */
    partnerIds: z.array(id).max(LIMITS.list),
    milestones: rows(makeMilestoneProgressSchema(m)),
    indicators: rows(makeIndicatorReadingSchema(m)),
    risks: rows(makeRiskReviewSchema(m)),
    wentWell: text(m),
    difficulties: text(m),
    decisions: text(m),
    actions: rows(makeActionSchema(m)),
    views: rows(makePartnerViewSchema(m), { max: LIMITS.list }),
    health: rows(makeHealthAnswerSchema(m), { max: LIMITS.list }),
  });

/**
 * A changed value is a field or a row of a project, a few levels deep. One nested deeper
 * (50 000 lists, by hand) overflowed the stack of everything that reads it (the chain check,
 * the fingerprint): refused at the door. Counted without recursion, for the same reason.
 */
const MAX_CHANGED_VALUE_DEPTH = 16;
function shallowEnough(value: unknown): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [v, depth] = item;
    if (v === null || typeof v !== 'object') continue;
    if (depth >= MAX_CHANGED_VALUE_DEPTH) return false;
    for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return true;
}
const changedValue = () => z.unknown().refine(shallowEnough, { error: 'errors.invalid' });

/**
 * One field-by-field change, as the comparison (src/merge/diff-projects.ts) reports it.
 * `path` names rows by their key; `before`/`after` are the stored values (undefined for an
 * added/removed row) and the texts are what partners read and sign, in the document
 * language of the day the amendment was drafted.
 */
export const fieldChangeSchema = z.lazy(() =>
  z.object({
    id: z.string().min(1).max(500),
    path: z
      .array(z.union([z.string().max(200), z.number().int()]))
      .min(1)
      .max(12),
    kind: z.enum(['changed', 'added', 'removed']),
    label: z.string().max(LIMITS.text),
    before: changedValue(),
    after: changedValue(),
    beforeText: z.string().max(LIMITS.text * 4),
    afterText: z.string().max(LIMITS.text * 4),
  }),
);

export const makeAmendmentSchema = (m: Strictness) =>
  z.object({
    id,
    /** Avenant no 1, 2… */
    number: z.number().int().min(1),
    date: isoDate(m, { required: true }),
    title: text(m, { required: true, max: LIMITS.short }),
    reason: text(m, { required: m === 'complete' }),
    /** Content fingerprint of the version this amendment changes (the original or the previous amendment's result). */
    amends: fingerprintHex,
    /** Content fingerprint of the consolidated text once the changes are applied. */
    resulting: fingerprintHex,
    changes: z.array(fieldChangeSchema).max(LIMITS.rows * 4),
    /** Its own signatures, on the amendment's fingerprint (src/domain/record-amendments.ts). */
    signatures: z.array(signatureSchema).max(LIMITS.list),
  });

export const makeClosingPartnerSchema = (m: Strictness) =>
  z.object({
    partnerId: partnerRef(m),
    /** What the partner expected (prefilled from its motivations and expected effects). */
    expected: text(m),
    results: text(m, { required: m === 'complete' }),
    impacts: text(m),
  });

export const makeClosingSchema = (m: Strictness) =>
  z.object({
    date: isoDate(m, { required: true }),
    byPartner: rows(makeClosingPartnerSchema(m), { max: LIMITS.list }),
    southExpected: text(m),
    southResults: text(m, { required: m === 'complete' }),
    lessons: text(m, { required: m === 'complete' }),
    decision: optionalChoice(m, CLOSING_DECISIONS, { required: true }),
    decisionDetails: text(m),
    /** For "replicate": where (other territories, other products — guide 000). */
    replicateWhere: text(m, { max: LIMITS.short }),
    /** What the termination arrangements say happens to shared results, money and communication. */
    sharedResults: text(m),
    money: text(m),
    communication: text(m),
    /** Partners who agreed to the decision. */
    agreedBy: z.array(id).max(LIMITS.list),
  });

/**
 * What the partners are still writing, kept as they type so a reload, a crash or a detour
 * to a health check loses nothing: a review (a new one, or edits to a held one, by the
 * review's id), a partner's health-check answers and the closing report. Always checked
 * with the draft strictness, whatever the record's: only « Enregistrer » checks them as
 * complete and moves them to `reviews`, a review's `health` or `closing`. Kept apart from
 * those so that nothing counting what the partners held (the home's history, the PDFs,
 * the due reminders, the calendar) ever reads a draft. Optional: a record with no draft
 * is stored exactly as before.
 */
export const makeRecordDraftsSchema = () =>
  z.object({
    reviews: rows(makeReviewSchema('draft'), { max: 200 }),
    health: rows(z.object({ reviewId: id, answer: makeHealthAnswerSchema('draft') }), { max: LIMITS.rows }),
    closing: z.union([makeClosingSchema('draft'), z.null()]),
  });

export const makeRecordSchema = (m: Strictness) =>
  z.object({
    reviews: rows(makeReviewSchema(m), { max: 200 }),
    amendments: rows(makeAmendmentSchema(m), { max: 50 }),
    closing: z.union([makeClosingSchema(m), z.null()]),
    drafts: makeRecordDraftsSchema().optional(),
  });

// Lazy (built at their first parse): a project opens without them, and most never need them.
export const draftRecordSchema = z.lazy(() => makeRecordSchema('draft'));
export const reviewSchema = z.lazy(() => makeReviewSchema('complete'));
export const amendmentSchema = z.lazy(() => makeAmendmentSchema('complete'));
export const closingSchema = z.lazy(() => makeClosingSchema('complete'));
export const draftReviewSchema = z.lazy(() => makeReviewSchema('draft'));
export const draftHealthAnswerSchema = z.lazy(() => makeHealthAnswerSchema('draft'));
export const draftClosingSchema = z.lazy(() => makeClosingSchema('draft'));

export type PartnershipRecord = z.output<ReturnType<typeof makeRecordSchema>>;
export type Review = z.output<ReturnType<typeof makeReviewSchema>>;
export type CompleteReview = z.output<typeof reviewSchema>;
export type HealthAnswer = z.output<ReturnType<typeof makeHealthAnswerSchema>>;
export type IndicatorReading = z.output<ReturnType<typeof makeIndicatorReadingSchema>>;
export type RiskReview = z.output<ReturnType<typeof makeRiskReviewSchema>>;
export type MilestoneProgress = z.output<ReturnType<typeof makeMilestoneProgressSchema>>;
export type ReviewAction = z.output<ReturnType<typeof makeActionSchema>>;
export type PartnerView = z.output<ReturnType<typeof makePartnerViewSchema>>;
export type FieldChange = z.output<typeof fieldChangeSchema>;
export type Amendment = z.output<ReturnType<typeof makeAmendmentSchema>>;
export type Closing = z.output<ReturnType<typeof makeClosingSchema>>;
export type RecordDrafts = z.output<ReturnType<typeof makeRecordDraftsSchema>>;
