import type { GuideKey } from '../i18n/messages/guide.fr';
import type { RISK_RESPONSES, RiskCategory } from './catalogues';
import { GUIDE_SOURCES } from './guide-sources';
import { COCHARTE, type Source } from './sources';

type RiskResponse = (typeof RISK_RESPONSES)[number];
type Scale = 1 | 2 | 3 | 4;

/** One measure for a risk, with where it comes from (most are Cocharte's own suggestions). */
export interface Mitigation {
  key: GuideKey;
  source: Source;
}

/**
 * One risk the guide lists under "Envisager tous les impacts", with measures the partners
 * may take. Texts live in guide.fr.ts / guide.en.ts; a project copies the translated text
 * when a risk is picked, so the partners can then adapt it to their case.
 *
 * The guide rates nothing: the likelihood, severity and response below are Cocharte's
 * suggestion (`suggestedRating.source` says so), shown as such and confirmed by the user.
 */
export interface RiskCatalogueEntry {
  id: string;
  category: RiskCategory;
  titleKey: GuideKey;
  descriptionKey: GuideKey;
  /** Where the risk itself comes from. */
  source: Source;
  /** At least one concrete measure, in the order they are suggested. */
  mitigations: readonly [Mitigation, ...Mitigation[]];
  /** Cocharte's starting point on the 1–4 scales; the partners confirm or change it. */
  suggestedRating: { likelihood: Scale; severity: Scale; response: RiskResponse; source: Source };
}

/** The measures of a risk, with the source recorded for each text in GUIDE_SOURCES. */
function measures(id: string, count: number): [Mitigation, ...Mitigation[]] {
  const list = Array.from({ length: count }, (_, i) => {
    const key = `guide.risk.${id}.mitigation.${i + 1}` as GuideKey;
    return { key, source: GUIDE_SOURCES[key] };
  });
  return list as [Mitigation, ...Mitigation[]];
}

function entry(
  id: string,
  category: RiskCategory,
  mitigationCount: number,
  rating: [Scale, Scale, RiskResponse],
): RiskCatalogueEntry {
  const titleKey = `guide.risk.${id}.title` as GuideKey;
  return {
    id,
    category,
    titleKey,
    descriptionKey: `guide.risk.${id}.description` as GuideKey,
    source: GUIDE_SOURCES[titleKey],
    mitigations: measures(id, mitigationCount),
    suggestedRating: { likelihood: rating[0], severity: rating[1], response: rating[2], source: COCHARTE },
  };
}

// In the guide's order ("Quels risques peuvent être envisagés ?" then "Quels effets le projet
// partenarial peut-il avoir sur le projet de chacun des acteurs ?"). The brakes ("Les freins")
// are not here: they are obstacles to starting a partnership, shown as brakes in the guidance,
// not scored risks. A project that still names a former id (e.g. 'financial-cost-overrun')
// imports as before: catalogueId is free text, and an unknown id is shown as written.
export const RISK_CATALOGUE: readonly RiskCatalogueEntry[] = [
  entry('context-cultural', 'context', 3, [2, 2, 'reduce']),
  entry('context-administrative', 'context', 3, [3, 3, 'reduce']),
  entry('context-political', 'context', 3, [2, 4, 'reduce']),
  entry('competition-close-expertise', 'competition', 4, [2, 2, 'reduce']),
  entry('financial-short-term', 'financial', 5, [3, 3, 'share']),
  entry('ecosystem-short-term', 'ecosystem', 3, [2, 2, 'reduce']),
  entry('ecosystem-long-term', 'ecosystem', 3, [2, 3, 'reduce']),
  entry('ecosystem-withdrawal', 'ecosystem', 3, [2, 4, 'reduce']),
  entry('social-vulnerable-exclusion', 'social', 3, [2, 3, 'reduce']),
  entry('governance-divisive-debate', 'governance', 3, [2, 3, 'reduce']),
];

export function findRiskEntry(id: string): RiskCatalogueEntry | undefined {
  return RISK_CATALOGUE.find((r) => r.id === id);
}
