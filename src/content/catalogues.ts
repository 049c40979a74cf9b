// Closed lists, most of them from the guide (each list's source is in catalogue-sources.ts).
// Projects store these ids, never labels, so a charter can be
// rendered in another language than the one it was drafted in. Labels live in i18n/messages.

export const PARTNER_KINDS = ['association', 'company', 'southern', 'public', 'research', 'other'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

export const PARTNERSHIP_KINDS = [
  'financial-sponsorship',
  'skills-sponsorship',
  'in-kind-donation',
  'expertise',
  'logistic-support',
  'responsible-practices',
  'economic-cooperation',
  'societal-innovation',
] as const;
export type PartnershipKind = (typeof PARTNERSHIP_KINDS)[number];

/**
 * Le RAMEAU's four categories of partnership between general interest and economy, each
 * with what it aims at and its sub-types (Le RAMEAU, seeds 003 and 004 — not the guide).
 */
export const RAMEAU_CATEGORIES = {
  sponsorship: ['innovative-experiments', 'collective-sponsorship', 'territorial-sponsorship', 'sector-consolidation'],
  'responsible-practices': ['responsible-purchasing', 'sponsoring', 'sector-csr', 'know-how-contribution'],
  'economic-cooperation': ['territorial-codevelopment', 'know-how-transfer', 'social-joint-venture', 'consortium'],
  'societal-innovation': ['research-development', 'co-innovation', 'scaling', 'public-policy'],
} as const;
export type RameauCategory = keyof typeof RAMEAU_CATEGORIES;
/**
 * Ids no longer offered but still accepted, so older project files import: 'common-offer'
 * was shown as a sub-type, while Le RAMEAU uses "une offre commune" to define economic
 * cooperation itself. Its label now says so.
 */
export const RAMEAU_LEGACY_SUBTYPES = ['common-offer'] as const;
// Spelt out (not flattened from RAMEAU_CATEGORIES) so the list keeps its exact literal
// type for z.enum without a cast; a content test checks both stay in line.
export const RAMEAU_SUBTYPES = [
  ...RAMEAU_CATEGORIES.sponsorship,
  ...RAMEAU_CATEGORIES['responsible-practices'],
  ...RAMEAU_CATEGORIES['economic-cooperation'],
  ...RAMEAU_CATEGORIES['societal-innovation'],
  ...RAMEAU_LEGACY_SUBTYPES,
] as const;

/**
 * What an association can bring to a company (guide 000, "Pratiques inspirantes"), for
 * projects exporting towards the South and for those importing into France.
 */
export const ASSOCIATION_OFFERS = {
  export: [
    'context-watch',
    'introductions',
    'market-studies',
    'admin-logistics',
    'local-ownership',
    'csr-support',
    'association-client',
  ],
  import: ['supply-chain', 'commercialisation', 'responsible-purchasing'],
} as const;
export const ASSOCIATION_OFFER_IDS = [...ASSOCIATION_OFFERS.export, ...ASSOCIATION_OFFERS.import] as [
  (typeof ASSOCIATION_OFFERS)['export'][number],
  ...(typeof ASSOCIATION_OFFERS)['export' | 'import'][number][],
];

export const DIRECTIONS = ['export', 'import', 'local'] as const;
export const AREA_SETTINGS = ['urban', 'rural', 'mixed'] as const;

export const TIME_HORIZONS = ['under-1y', '1-3y', '3-5y', 'over-5y'] as const;
export type TimeHorizon = (typeof TIME_HORIZONS)[number];

export const SHARED_VALUES = [
  'solidarity',
  'transparency',
  'mutual-respect',
  'fair-sharing',
  'sustainability',
  'local-ownership',
  'professionalism',
  'long-term-commitment',
  'innovation',
] as const;

export const LOGO_USES = ['none', 'with-approval', 'agreed-list'] as const;

export const REVIEW_FREQUENCIES = ['monthly', 'quarterly', 'half-yearly', 'yearly'] as const;
export type ReviewFrequency = (typeof REVIEW_FREQUENCIES)[number];

export const EXPECTED_EFFECTS = [
  'commercial-benefits',
  'business-model',
  'reputation',
  'ethical-quality',
  'skills',
  'staff-motivation',
  'new-location',
  'practice-change',
  'sustainable-model',
  // Gains the guide observed for associations ("Impacts sur les associations").
  'operating-capacity',
  'legitimacy',
  // An effect on a partner's own project ("Quels effets le projet partenarial peut-il avoir
  // sur le projet de chacun des acteurs ?"), not a risk.
  'major-stakeholder',
] as const;

export const SOUTH_IMPACTS = [
  'producer-income',
  'supply-chains',
  'know-how',
  'jobs',
  'essential-services',
  'environmental-practices',
] as const;

export const RISK_CATEGORIES = [
  'context',
  'competition',
  'financial',
  'ecosystem',
  'social',
  'governance',
  'reputation',
  'relationship',
  // Cocharte's additions (source 'cocharte', see catalogue-sources): risks the guide's
  // categories leave out — equipment, logistics, day-to-day running — and anything else.
  'technical',
  'operational',
  'other',
] as const;
export type RiskCategory = (typeof RISK_CATEGORIES)[number];

export const RISK_RESPONSES = ['avoid', 'reduce', 'share', 'accept'] as const;
export const RISK_STATUSES = ['open', 'in-hand', 'closed'] as const;

/** 1 = low … 4 = very high, for both likelihood and severity. */
export const RISK_SCALE = [1, 2, 3, 4] as const;

export { STEP_IDS, type StepId } from './step-ids';
