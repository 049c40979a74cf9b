import { z } from '../lib/zod';
import { EXPECTED_EFFECTS, RISK_CATEGORIES, RISK_RESPONSES, RISK_STATUSES, SOUTH_IMPACTS } from '../content/catalogues';
import { LIMITS, choice, choices, id, isoDate, partnerRef, riskScale, rows, text, type Strictness } from './fields';

/**
 * A risk's category or response: '' while nobody has chosen it (a risk added by hand starts
 * so, never with a value the partners did not pick). A complete risk names it, and the
 * message says which choice is missing.
 */
function riskChoice<const T extends readonly [string, ...string[]]>(m: Strictness, values: T, message: string) {
  return m === 'complete'
    ? z.enum(values, { error: message })
    : z.union([z.enum(values, { error: 'errors.choose' }), z.literal('')], { error: 'errors.choose' });
}

/** Likelihood or severity, 1–4, or '' while not chosen (drafts only). */
function riskRating(m: Strictness, message: string) {
  return m === 'complete'
    ? z.number({ error: message }).int({ error: message }).min(1, { error: message }).max(4, { error: message })
    : z.union([riskScale, z.literal('')], { error: 'errors.choose' });
}

/**
 * What one partner expects for itself. The guide asks to anticipate "les opportunités comme
 * les risques": a complete step names at least one expected effect per partner (ticked or
 * written), as it names at least one risk.
 */
export const makePartnerEffectsSchema = (m: Strictness) =>
  z
    .object({
      partnerId: id,
      effects: choices('draft', EXPECTED_EFFECTS),
      other: text(m),
    })
    .superRefine((row, ctx) => {
      if (m === 'complete' && row.effects.length === 0 && row.other.trim() === '')
        ctx.addIssue({ code: 'custom', path: ['effects'], message: 'guideUi.errors.effects' });
    });

export const makeRiskSchema = (m: Strictness) =>
  z
    .object({
      id,
      /** Id of the catalogue entry the risk was picked from, or '' when written by the user. */
      catalogueId: z
        .string({ error: 'errors.invalid' })
        .max(64, { error: 'errors.invalid' })
        .regex(/^[a-z0-9-]*$/, { error: 'errors.invalid' }),
      category: riskChoice(m, RISK_CATEGORIES, 'errors.riskCategory'),
      title: text(m, { required: true, max: LIMITS.short }),
      description: text(m),
      likelihood: riskRating(m, 'errors.riskLikelihood'),
      severity: riskRating(m, 'errors.riskSeverity'),
      response: riskChoice(m, RISK_RESPONSES, 'errors.riskResponse'),
      mitigation: text(m, { required: true }),
      ownerId: partnerRef(m),
      reviewDate: isoDate(m, { required: true }),
      status: choice(RISK_STATUSES),
      /**
       * True while likelihood, severity and response are still Cocharte's suggestion for a
       * risk picked from the catalogue; the user confirms (or changes) them to complete the
       * step. Absent in risks written by hand and in files from before it existed.
       */
      ratingSuggested: z.boolean().optional(),
    })
    .superRefine((r, ctx) => {
      if (m === 'complete' && r.ratingSuggested === true)
        ctx.addIssue({ code: 'custom', path: ['likelihood'], message: 'guideUi.errors.confirmRating' });
    });

export const makeImpactsStepSchema = (m: Strictness) =>
  z
    .object({
      byPartner: rows(makePartnerEffectsSchema(m), { max: LIMITS.list }),
      southImpacts: choices('draft', SOUTH_IMPACTS),
      otherSouthImpacts: text(m),
      risks: rows(makeRiskSchema(m)).min(m === 'draft' ? 0 : 1, { error: 'errors.atLeastOneRisk' }),
    })
    .superRefine((step, ctx) => {
      if (m === 'draft') return;
      // Opportunities before risks: the effects expected by each partner and in the South
      // complete the step as much as the risks do.
      if (step.byPartner.length === 0)
        ctx.addIssue({ code: 'custom', path: ['byPartner'], message: 'guideUi.errors.effects' });
      if (step.southImpacts.length === 0 && step.otherSouthImpacts.trim() === '')
        ctx.addIssue({ code: 'custom', path: ['southImpacts'], message: 'guideUi.errors.southImpacts' });
    });

export const riskSchema = z.lazy(() => makeRiskSchema('complete'));
export const impactsStepSchema = z.lazy(() => makeImpactsStepSchema('complete'));
export type Risk = z.output<typeof riskSchema>;
export type ImpactsStep = z.output<typeof impactsStepSchema>;
