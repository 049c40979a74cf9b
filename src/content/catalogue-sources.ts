import * as c from './catalogues';
import { COCHARTE, from, guide, type Source } from './sources';

const RAMEAU_TYPES = from(
  'rameau-typology',
  'Les réalités partenariales entre associations et entreprises : différents types de partenariats',
);

/**
 * Where each closed list of catalogues.ts comes from, with the items that come from
 * elsewhere than the rest of their list. Lists that are Cocharte's own (scales, responses,
 * frequencies…) say so: the guide rates nothing and sets no rhythm.
 */
export interface CatalogueSource {
  /** The message-key prefix of the list's labels (`<prefix>.<id>`). */
  prefix: string;
  ids: readonly (string | number)[];
  source: Source;
  /** Items whose source differs from the list's. */
  items?: Readonly<Record<string, Source>>;
}

export const CATALOGUE_SOURCES: readonly CatalogueSource[] = [
  { prefix: 'partnerKind', ids: c.PARTNER_KINDS, source: COCHARTE },
  {
    prefix: 'partnershipKind',
    ids: c.PARTNERSHIP_KINDS,
    source: guide('Identifier les partenaires'),
    items: {
      'responsible-practices': RAMEAU_TYPES,
      'economic-cooperation': RAMEAU_TYPES,
      'societal-innovation': RAMEAU_TYPES,
    },
  },
  { prefix: 'rameau', ids: Object.keys(c.RAMEAU_CATEGORIES), source: RAMEAU_TYPES },
  {
    prefix: 'rameauAim',
    ids: Object.keys(c.RAMEAU_CATEGORIES),
    source: from('rameau-economic', 'Les pratiques partenariales des entreprises'),
  },
  { prefix: 'rameauSubtype', ids: c.RAMEAU_SUBTYPES, source: RAMEAU_TYPES },
  {
    prefix: 'offer',
    ids: c.ASSOCIATION_OFFER_IDS,
    source: guide('Pratiques inspirantes pour l’export vers le Sud'),
    items: {
      'supply-chain': guide('Pratiques inspirantes pour l’import vers la France'),
      commercialisation: guide('Pratiques inspirantes pour l’import vers la France'),
      'responsible-purchasing': guide('Pratiques inspirantes pour l’import vers la France'),
    },
  },
  {
    prefix: 'direction',
    ids: c.DIRECTIONS,
    source: guide('Pratiques inspirantes pour l’export vers le Sud'),
    items: { import: guide('Pratiques inspirantes pour l’import vers la France'), local: COCHARTE },
  },
  // The guide names urban or rural areas; "mixed" is Cocharte's, for zones that are both.
  {
    prefix: 'setting',
    ids: c.AREA_SETTINGS,
    source: guide('Identifier les partenaires'),
    items: { mixed: COCHARTE },
  },
  { prefix: 'timeHorizon', ids: c.TIME_HORIZONS, source: COCHARTE },
  { prefix: 'value', ids: c.SHARED_VALUES, source: COCHARTE },
  { prefix: 'logoUse', ids: c.LOGO_USES, source: COCHARTE },
  { prefix: 'reviewFrequency', ids: c.REVIEW_FREQUENCIES, source: COCHARTE },
  {
    prefix: 'effect',
    ids: c.EXPECTED_EFFECTS,
    source: guide('Envisager tous les impacts'),
    items: {
      'operating-capacity': guide('Impacts sur les associations'),
      legitimacy: guide('Impacts sur les associations'),
    },
  },
  { prefix: 'southImpact', ids: c.SOUTH_IMPACTS, source: guide('Impacts dans les pays du Sud') },
  { prefix: 'riskCategory', ids: c.RISK_CATEGORIES, source: COCHARTE },
  // The 1–4 scales, the matrix and the four responses are the app's, not the guide's.
  { prefix: 'riskResponse', ids: c.RISK_RESPONSES, source: COCHARTE },
  { prefix: 'riskStatus', ids: c.RISK_STATUSES, source: COCHARTE },
  { prefix: 'riskScale', ids: c.RISK_SCALE, source: COCHARTE },
  { prefix: 'step', ids: c.STEP_IDS, source: guide('Les premières étapes de la coopération') },
];

/** The source of one catalogue item, e.g. `catalogueSourceOf('effect', 'legitimacy')`. */
export function catalogueSourceOf(prefix: string, id: string | number): Source | undefined {
  const list = CATALOGUE_SOURCES.find((l) => l.prefix === prefix);
  if (!list || !(list.ids as readonly (string | number)[]).includes(id)) return undefined;
  return list.items?.[String(id)] ?? list.source;
}

/** A closed list's source, and the items that come from elsewhere grouped by their source. */
export function sourcesOfList(
  prefix: string,
): { source: Source; exceptions: { source: Source; ids: string[] }[] } | undefined {
  const list = CATALOGUE_SOURCES.find((l) => l.prefix === prefix);
  if (!list) return undefined;
  const exceptions: { source: Source; ids: string[] }[] = [];
  for (const id of list.ids.map(String)) {
    const source = list.items?.[id];
    if (!source) continue;
    const same = exceptions.find((e) => JSON.stringify(e.source) === JSON.stringify(source));
    if (same) same.ids.push(id);
    else exceptions.push({ source, ids: [id] });
  }
  return { source: list.source, exceptions };
}
