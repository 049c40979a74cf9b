import type { GuideKey } from '../i18n/messages/guide.fr';
import type { RameauCategory } from './catalogues';
import { GUIDE_SOURCES } from './guide-sources';
import type { Source } from './sources';

/**
 * Guidance beyond the five steps' panels, each item with its source: the principles the
 * sources repeat, RESACOOP's practical lessons, the public body's roles, the funding
 * sources, Le RAMEAU's definitions and economic-cooperation sheet, and the guide's other
 * studied cases. Components in guide-ui show them where they matter.
 */
export interface SourcedText {
  key: GuideKey;
  source: Source;
}

const sourced = (key: GuideKey): SourcedText => ({ key, source: GUIDE_SOURCES[key] });

export const PRINCIPLES: readonly SourcedText[] = [
  sourced('guide.principle.trust'),
  sourced('guide.principle.equal-partners'),
  sourced('guide.principle.partnership-place'),
];

export const RESACOOP_LESSONS: readonly SourcedText[] = [
  sourced('guide.lesson.adapt-procedures'),
  sourced('guide.lesson.solution-not-product'),
  sourced('guide.lesson.bridging-small-firms'),
  sourced('guide.lesson.proximity'),
  sourced('guide.lesson.beyond-cliches'),
  sourced('guide.lesson.bridging-structures'),
];

/** What a public body can do in a partnership, in France and in the South. */
export const PUBLIC_BODY_ROLES: readonly SourcedText[] = [
  sourced('guide.publicBody.decentralised'),
  sourced('guide.publicBody.regional-economy'),
  sourced('guide.publicBody.chambers'),
  sourced('guide.publicBody.southern-public-body'),
];

export interface FundingSource {
  id: string;
  nameKey: GuideKey;
  textKey: GuideKey;
  source: Source;
}

const FUNDING_IDS = [
  'development-aid',
  'innovation-export',
  'co-funding',
  'fasep',
  'sponsorship-tax',
  'public-fundraising',
  'consortium',
  'network-help',
] as const;

export const FUNDING_SOURCES: readonly FundingSource[] = FUNDING_IDS.map((id) => {
  const nameKey = `guide.funding.${id}.name` as const;
  return { id, nameKey, textKey: `guide.funding.${id}.text` as const, source: GUIDE_SOURCES[nameKey] };
});

export interface RameauDefinition {
  category: RameauCategory;
  definition: SourcedText;
  result: SourcedText;
}

const RAMEAU_ORDER = ['sponsorship', 'responsible-practices', 'economic-cooperation', 'societal-innovation'] as const;

export const RAMEAU_DEFINITIONS: readonly RameauDefinition[] = RAMEAU_ORDER.map((category) => ({
  category,
  definition: sourced(`guide.rameau.${category}.definition`),
  result: sourced(`guide.rameau.${category}.result`),
}));

export const RAMEAU_RATES_NOTE: SourcedText = sourced('guide.rameau.rates-note');
export const RAMEAU_RATES_OVERLAP: SourcedText = sourced('guide.rameau.rates-overlap');

/** Le RAMEAU's practical sheet on economic cooperation (seed 004), in its order. */
export const ECONOMIC_COOPERATION_SHEET: readonly SourcedText[] = (
  [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const
).map((n) => sourced(`guide.rameau.economic-sheet.${n}`));

export interface StudiedCase {
  id: string;
  direction: 'export' | 'import';
  titleKey: GuideKey;
  textKey: GuideKey;
  source: Source;
}

const CASES = [
  ['ingredient-afrique', 'import'],
  ['ngo-shoes', 'import'],
  ['libre-energie', 'export'],
  ['fonto-de-vivo', 'export'],
  ['hacse', 'export'],
  ['sce', 'export'],
  ['le-relais', 'export'],
  ['abucam', 'export'],
  ['edenmap', 'export'],
  ['talpa', 'export'],
] as const;

/**
 * The guide's studied partnerships that are not full worked examples (Terrena and
 * Guérande are), as "cases like yours" cards: only facts the guide states.
 */
export const STUDIED_CASES: readonly StudiedCase[] = CASES.map(([id, direction]) => {
  const titleKey = `guide.case.${id}.title` as const;
  return { id, direction, titleKey, textKey: `guide.case.${id}.text` as const, source: GUIDE_SOURCES[titleKey] };
});
