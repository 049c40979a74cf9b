import { TIME_BASED_CONTRIBUTIONS, type Currency } from '../content/clauses';
import { numberFormat } from '../lib/number-format';
import type { Agreement, Contribution } from '../schemas/agreement.schema';

/** The days and daily rate a contribution of time is valued from; null for money or goods, or while either is missing. */
export function timeBasis(
  c: Pick<Contribution, 'kind' | 'days' | 'dailyRate'>,
): { days: number; dailyRate: number } | null {
  if (!TIME_BASED_CONTRIBUTIONS.has(c.kind) || c.days === null || c.dailyRate === null) return null;
  return { days: c.days, dailyRate: c.dailyRate };
}

/** What a contribution is worth: days × daily rate for time, else its amount; null when not valued yet. */
export function contributionValue(c: Pick<Contribution, 'kind' | 'amount' | 'days' | 'dailyRate'>): number | null {
  if (TIME_BASED_CONTRIBUTIONS.has(c.kind)) {
    const basis = timeBasis(c);
    return basis === null ? null : basis.days * basis.dailyRate;
  }
  return c.amount;
}

/** Rounds to cents, so 0.1 + 0.2 sums print as 0.30 and compare as equal. */
function cents(n: number): number {
  return Math.round(n * 100) / 100;
}

export interface FundingPlan {
  /** Total valued contributions per partner id, in the order partners are listed. */
  byPartner: Array<{ partnerId: string; total: number }>;
  contributions: number;
  granted: number;
  sought: number;
  refused: number;
  /** Contributions plus the sources granted or still sought (refused ones do not count). */
  resources: number;
  /** The project's cost as the partners gave it, or null. */
  costs: number | null;
  /** Costs not covered by the resources; 0 when covered or when no cost was given. */
  gap: number;
}

export function fundingPlan(agreement: Agreement, partnerIds: readonly string[]): FundingPlan {
  const byPartner = partnerIds.map((partnerId) => ({
    partnerId,
    total: cents(
      agreement.contributions
        .filter((c) => c.partnerId === partnerId)
        .reduce((sum, c) => sum + (contributionValue(c) ?? 0), 0),
    ),
  }));
  const contributions = cents(byPartner.reduce((s, p) => s + p.total, 0));
  const sumOf = (status: string) =>
    cents(agreement.fundingSources.filter((f) => f.status === status).reduce((s, f) => s + (f.amount ?? 0), 0));
  const granted = sumOf('granted');
  const sought = sumOf('sought');
  const refused = sumOf('refused');
  const resources = cents(contributions + granted + sought);
  const costs = agreement.budget;
  const gap = costs === null ? 0 : Math.max(0, cents(costs - resources));
  return { byPartner, contributions, granted, sought, refused, resources, costs, gap };
}

export type FundingIssue =
  | { kind: 'notCovered'; gap: number; costs: number; resources: number }
  /** Covered only if sources still awaiting an answer come through. */
  | { kind: 'dependsOnSought'; sought: number };

/** What the review says about the funding plan; never blocking, the partners decide. */
export function fundingIssues(agreement: Agreement, partnerIds: readonly string[]): FundingIssue[] {
  const plan = fundingPlan(agreement, partnerIds);
  if (plan.costs === null) return [];
  if (plan.gap > 0) return [{ kind: 'notCovered', gap: plan.gap, costs: plan.costs, resources: plan.resources }];
  if (plan.sought > 0 && plan.contributions + plan.granted < plan.costs) {
    return [{ kind: 'dependsOnSought', sought: plan.sought }];
  }
  return [];
}

/** "12 500,00 €", "1 500 000 F CFA": the currency's own decimals, the locale's grouping. */
export function formatMoney(locale: string, currency: Currency, amount: number): string {
  return numberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { style: 'currency', currency }).format(amount);
}
