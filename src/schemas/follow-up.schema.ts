import { z } from '../lib/zod';
import { REVIEW_FREQUENCIES } from '../content/catalogues';
import { LIMITS, id, isoDate, optionalChoice, partnerRef, rows, text, type Strictness } from './fields';

export const makeMilestoneSchema = (m: Strictness) =>
  z.object({
    id,
    date: isoDate(m, { required: true }),
    title: text(m, { required: true, max: LIMITS.short }),
    /** '' when the milestone concerns every partner. */
    partnerId: partnerRef('draft'),
  });

export const makeIndicatorSchema = (m: Strictness) =>
  z.object({
    id,
    name: text(m, { required: true, max: LIMITS.short }),
    target: text(m, { required: true, max: LIMITS.short }),
  });

export const makeFollowUpStepSchema = (m: Strictness) =>
  z
    .object({
      startDate: isoDate(m, { required: true }),
      endDate: isoDate(m),
      durationMonths: z.union(
        [
          z
            .number({ error: 'errors.duration' })
            .int({ error: 'errors.duration' })
            .min(1, { error: 'errors.duration' })
            .max(600, { error: 'errors.duration' }),
          z.null(),
        ],
        { error: 'errors.duration' },
      ),
      reviewFrequency: optionalChoice(m, REVIEW_FREQUENCIES, { required: true }),
      milestones: rows(makeMilestoneSchema(m)),
      indicators: rows(makeIndicatorSchema(m)),
      difficultyProcess: text(m, { required: true }),
    })
    .superRefine((step, ctx) => {
      if (m === 'draft') return;
      if (!step.endDate && step.durationMonths === null) {
        ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'errors.endOrDuration' });
      }
      if (step.endDate && step.startDate && step.endDate < step.startDate) {
        ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'errors.endBeforeStart' });
      }
    });

export const followUpStepSchema = z.lazy(() => makeFollowUpStepSchema('complete'));
export type Milestone = z.output<ReturnType<typeof makeMilestoneSchema>>;
export type Indicator = z.output<ReturnType<typeof makeIndicatorSchema>>;
export type FollowUpStep = z.output<typeof followUpStepSchema>;
