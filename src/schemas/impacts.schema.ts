import { z } from '../lib/zod';
import { EXPECTED_EFFECTS, RISK_CATEGORIES, RISK_RESPONSES, RISK_STATUSES, SOUTH_IMPACTS } from '../content/catalogues';
import { LIMITS, choice, choices, id, isoDate, partnerRef, riskScale, rows, text, type Strictness } from './fields';

export const makePartnerEffectsSchema = (m: Strictness) =>
  z.object({
    partnerId: id,
    effects: choices('draft', EXPECTED_EFFECTS),
    other: text(m),
  });

export const makeRiskSchema = (m: Strictness) =>
  z.object({
    id,
    /** Id of the catalogue entry the risk was picked from, or '' when written by the user. */
    catalogueId: z
      .string()
      .max(64)
      .regex(/^[a-z0-9-]*$/, { error: 'errors.invalid' }),
    category: choice(RISK_CATEGORIES),
    title: text(m, { required: true, max: LIMITS.short }),
    description: text(m),
    likelihood: riskScale,
    severity: riskScale,
    response: choice(RISK_RESPONSES),
    mitigation: text(m, { required: true }),
    ownerId: partnerRef(m),
    reviewDate: isoDate(m, { required: true }),
    status: choice(RISK_STATUSES),
  });

export const makeImpactsStepSchema = (m: Strictness) =>
  z.object({
    byPartner: rows(makePartnerEffectsSchema(m), { max: LIMITS.list }),
    southImpacts: choices('draft', SOUTH_IMPACTS),
    otherSouthImpacts: text(m),
    risks: rows(makeRiskSchema(m)).min(m === 'draft' ? 0 : 1, { error: 'errors.atLeastOneRisk' }),
  });

export const riskSchema = makeRiskSchema('complete');
export const impactsStepSchema = makeImpactsStepSchema('complete');
export type Risk = z.output<typeof riskSchema>;
export type ImpactsStep = z.output<typeof impactsStepSchema>;

/** Level shown in the matrix: likelihood × severity, 1–16. */
export function riskLevel(r: Pick<Risk, 'likelihood' | 'severity'>): 'low' | 'medium' | 'high' | 'critical' {
  const score = r.likelihood * r.severity;
  if (score >= 12) return 'critical';
  if (score >= 8) return 'high';
  if (score >= 4) return 'medium';
  return 'low';
}
