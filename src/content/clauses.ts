// The clauses of a convention de partenariat that Cocharte offers, as data. The wordings and
// their plain explanations are Cocharte's own legal proposals (COCHARTE_LEGAL), not the
// guide's: the guide says what a partnership charter should settle, not how a lawyer would
// word it, and none of it is legal advice. Texts live in i18n/messages/agreement.*.ts under
// `clause.<id>.*`.
import { COCHARTE_LEGAL, type Source } from './sources';

export const CLAUSE_IDS = [
  'object',
  'term',
  'commitments',
  'contributions',
  'governance',
  'communication',
  'confidentiality',
  'personalData',
  'intellectualProperty',
  'liability',
  'forceMajeure',
  'amendment',
  'termination',
  'disputes',
  'language',
] as const;
export type ClauseId = (typeof CLAUSE_IDS)[number];

/** Use Cocharte's wording, write one's own, or leave an optional clause out of the charter. */
export const CLAUSE_MODES = ['default', 'custom', 'omit'] as const;
export type ClauseMode = (typeof CLAUSE_MODES)[number];

export interface ClauseDefinition {
  id: ClauseId;
  /** An optional clause may be left out; the others are part of every convention. */
  optional: boolean;
  /**
   * Where the clause's wording and its explanation come from, shown under the explanation:
   * Cocharte's proposal, to be checked by a lawyer (the seeds hold no clause wording).
   */
  source: Source;
}

const OPTIONAL: ReadonlySet<ClauseId> = new Set([
  'communication',
  'confidentiality',
  'personalData',
  'intellectualProperty',
  'liability',
  'forceMajeure',
  'language',
]);

export const CLAUSES: readonly ClauseDefinition[] = CLAUSE_IDS.map((id) => ({
  id,
  optional: OPTIONAL.has(id),
  source: COCHARTE_LEGAL,
}));

export function clauseDefinition(id: ClauseId): ClauseDefinition {
  return CLAUSES.find((c) => c.id === id) as ClauseDefinition;
}

export const ENTRY_INTO_FORCE = ['signature', 'startDate'] as const;
export const RENEWAL_KINDS = ['none', 'express', 'tacit'] as const;
export const DECISION_RULES = ['consensus', 'majority', 'unanimity'] as const;
export const DATA_CONTROLLERS = ['each', 'joint'] as const;
export const IP_FOREGROUND = ['joint', 'creator', 'open'] as const;
export const DISPUTE_FORUMS = ['court', 'arbitration'] as const;

/** Legal registration of a partner: SIRET or RNA in France, any identifier elsewhere. */
export const REGISTRATION_KINDS = ['siret', 'rna', 'other'] as const;
export type RegistrationKind = (typeof REGISTRATION_KINDS)[number];

export const CONTRIBUTION_KINDS = ['money', 'inKind', 'staffTime', 'skillsSponsorship'] as const;
export type ContributionKind = (typeof CONTRIBUTION_KINDS)[number];

/** Contributions valued in days × daily rate rather than as one amount. */
export const TIME_BASED_CONTRIBUTIONS: ReadonlySet<ContributionKind> = new Set(['staffTime', 'skillsSponsorship']);

export const FUNDING_STATUSES = ['sought', 'granted', 'refused'] as const;
export type FundingStatus = (typeof FUNDING_STATUSES)[number];

/** Currencies of the guide's countries first (euro, CFA francs, dirham, dinar…), then common ones. */
export const CURRENCIES = [
  'EUR',
  'XOF',
  'XAF',
  'MAD',
  'TND',
  'DZD',
  'MGA',
  'GNF',
  'HTG',
  'VND',
  'USD',
  'GBP',
  'CHF',
  'CAD',
] as const;
export type Currency = (typeof CURRENCIES)[number];
