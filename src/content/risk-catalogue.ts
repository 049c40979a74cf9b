import type { GuideKey } from '../i18n/messages/guide.fr';
import type { RISK_RESPONSES, RiskCategory } from './catalogues';

type RiskResponse = (typeof RISK_RESPONSES)[number];
type Scale = 1 | 2 | 3 | 4;

/**
 * One risk the guide asks partners to consider, with suggested mitigations. Texts live in
 * guide.fr.ts / guide.en.ts; a project copies the translated text when a risk is picked,
 * so the partners can then adapt it to their case.
 */
export interface RiskCatalogueEntry {
  id: string;
  category: RiskCategory;
  titleKey: GuideKey;
  descriptionKey: GuideKey;
  /** At least one concrete measure, in the order they are suggested. */
  mitigationKeys: readonly [GuideKey, ...GuideKey[]];
  /** Suggested defaults on the 1–4 scales; the partners re-rate them for their project. */
  likelihood: Scale;
  severity: Scale;
  /** Suggested response: most risks of the guide can be reduced, a few are better shared or avoided. */
  response: RiskResponse;
}

// Order follows the guide: the risks of "Envisager tous les impacts" (context, competition,
// finance, local ecosystem at three moments, vulnerable users, effects on each partner's
// own project), then the brakes ("Les freins") that can turn into risks.
export const RISK_CATALOGUE: readonly RiskCatalogueEntry[] = [
  {
    id: 'context-cultural',
    category: 'context',
    titleKey: 'guide.risk.context-cultural.title',
    descriptionKey: 'guide.risk.context-cultural.description',
    mitigationKeys: [
      'guide.risk.context-cultural.mitigation.1',
      'guide.risk.context-cultural.mitigation.2',
      'guide.risk.context-cultural.mitigation.3',
    ],
    likelihood: 2,
    severity: 2,
    response: 'reduce',
  },
  {
    id: 'context-administrative',
    category: 'context',
    titleKey: 'guide.risk.context-administrative.title',
    descriptionKey: 'guide.risk.context-administrative.description',
    mitigationKeys: [
      'guide.risk.context-administrative.mitigation.1',
      'guide.risk.context-administrative.mitigation.2',
      'guide.risk.context-administrative.mitigation.3',
    ],
    likelihood: 3,
    severity: 3,
    response: 'reduce',
  },
  {
    id: 'context-political',
    category: 'context',
    titleKey: 'guide.risk.context-political.title',
    descriptionKey: 'guide.risk.context-political.description',
    mitigationKeys: [
      'guide.risk.context-political.mitigation.1',
      'guide.risk.context-political.mitigation.2',
      'guide.risk.context-political.mitigation.3',
    ],
    likelihood: 2,
    severity: 4,
    response: 'reduce',
  },
  {
    id: 'competition-close-expertise',
    category: 'competition',
    titleKey: 'guide.risk.competition-close-expertise.title',
    descriptionKey: 'guide.risk.competition-close-expertise.description',
    mitigationKeys: [
      'guide.risk.competition-close-expertise.mitigation.1',
      'guide.risk.competition-close-expertise.mitigation.2',
      'guide.risk.competition-close-expertise.mitigation.3',
    ],
    likelihood: 2,
    severity: 2,
    response: 'reduce',
  },
  {
    id: 'financial-short-term',
    category: 'financial',
    titleKey: 'guide.risk.financial-short-term.title',
    descriptionKey: 'guide.risk.financial-short-term.description',
    mitigationKeys: [
      'guide.risk.financial-short-term.mitigation.1',
      'guide.risk.financial-short-term.mitigation.2',
      'guide.risk.financial-short-term.mitigation.3',
    ],
    likelihood: 3,
    severity: 3,
    response: 'share',
  },
  {
    id: 'ecosystem-short-term',
    category: 'ecosystem',
    titleKey: 'guide.risk.ecosystem-short-term.title',
    descriptionKey: 'guide.risk.ecosystem-short-term.description',
    mitigationKeys: [
      'guide.risk.ecosystem-short-term.mitigation.1',
      'guide.risk.ecosystem-short-term.mitigation.2',
      'guide.risk.ecosystem-short-term.mitigation.3',
    ],
    likelihood: 2,
    severity: 2,
    response: 'reduce',
  },
  {
    id: 'ecosystem-long-term',
    category: 'ecosystem',
    titleKey: 'guide.risk.ecosystem-long-term.title',
    descriptionKey: 'guide.risk.ecosystem-long-term.description',
    mitigationKeys: [
      'guide.risk.ecosystem-long-term.mitigation.1',
      'guide.risk.ecosystem-long-term.mitigation.2',
      'guide.risk.ecosystem-long-term.mitigation.3',
    ],
    likelihood: 2,
    severity: 3,
    response: 'reduce',
  },
  {
    id: 'ecosystem-withdrawal',
    category: 'ecosystem',
    titleKey: 'guide.risk.ecosystem-withdrawal.title',
    descriptionKey: 'guide.risk.ecosystem-withdrawal.description',
    mitigationKeys: [
      'guide.risk.ecosystem-withdrawal.mitigation.1',
      'guide.risk.ecosystem-withdrawal.mitigation.2',
      'guide.risk.ecosystem-withdrawal.mitigation.3',
    ],
    likelihood: 2,
    severity: 4,
    response: 'reduce',
  },
  {
    id: 'social-vulnerable-exclusion',
    category: 'social',
    titleKey: 'guide.risk.social-vulnerable-exclusion.title',
    descriptionKey: 'guide.risk.social-vulnerable-exclusion.description',
    mitigationKeys: [
      'guide.risk.social-vulnerable-exclusion.mitigation.1',
      'guide.risk.social-vulnerable-exclusion.mitigation.2',
      'guide.risk.social-vulnerable-exclusion.mitigation.3',
    ],
    likelihood: 2,
    severity: 3,
    response: 'reduce',
  },
  {
    id: 'governance-major-stakeholder',
    category: 'governance',
    titleKey: 'guide.risk.governance-major-stakeholder.title',
    descriptionKey: 'guide.risk.governance-major-stakeholder.description',
    mitigationKeys: [
      'guide.risk.governance-major-stakeholder.mitigation.1',
      'guide.risk.governance-major-stakeholder.mitigation.2',
      'guide.risk.governance-major-stakeholder.mitigation.3',
    ],
    likelihood: 2,
    severity: 2,
    response: 'reduce',
  },
  {
    id: 'governance-divisive-debate',
    category: 'governance',
    titleKey: 'guide.risk.governance-divisive-debate.title',
    descriptionKey: 'guide.risk.governance-divisive-debate.description',
    mitigationKeys: [
      'guide.risk.governance-divisive-debate.mitigation.1',
      'guide.risk.governance-divisive-debate.mitigation.2',
      'guide.risk.governance-divisive-debate.mitigation.3',
    ],
    likelihood: 2,
    severity: 3,
    response: 'reduce',
  },
  {
    id: 'governance-conflict-of-interest',
    category: 'governance',
    titleKey: 'guide.risk.governance-conflict-of-interest.title',
    descriptionKey: 'guide.risk.governance-conflict-of-interest.description',
    mitigationKeys: [
      'guide.risk.governance-conflict-of-interest.mitigation.1',
      'guide.risk.governance-conflict-of-interest.mitigation.2',
      'guide.risk.governance-conflict-of-interest.mitigation.3',
    ],
    likelihood: 2,
    severity: 3,
    response: 'avoid',
  },
  {
    id: 'relationship-information-leak',
    category: 'relationship',
    titleKey: 'guide.risk.relationship-information-leak.title',
    descriptionKey: 'guide.risk.relationship-information-leak.description',
    mitigationKeys: [
      'guide.risk.relationship-information-leak.mitigation.1',
      'guide.risk.relationship-information-leak.mitigation.2',
      'guide.risk.relationship-information-leak.mitigation.3',
    ],
    likelihood: 2,
    severity: 3,
    response: 'reduce',
  },
  {
    id: 'reputation-loss',
    category: 'reputation',
    titleKey: 'guide.risk.reputation-loss.title',
    descriptionKey: 'guide.risk.reputation-loss.description',
    mitigationKeys: [
      'guide.risk.reputation-loss.mitigation.1',
      'guide.risk.reputation-loss.mitigation.2',
      'guide.risk.reputation-loss.mitigation.3',
    ],
    likelihood: 2,
    severity: 3,
    response: 'reduce',
  },
  {
    id: 'reputation-washing',
    category: 'reputation',
    titleKey: 'guide.risk.reputation-washing.title',
    descriptionKey: 'guide.risk.reputation-washing.description',
    mitigationKeys: [
      'guide.risk.reputation-washing.mitigation.1',
      'guide.risk.reputation-washing.mitigation.2',
      'guide.risk.reputation-washing.mitigation.3',
    ],
    likelihood: 2,
    severity: 3,
    response: 'reduce',
  },
  {
    id: 'relationship-contact-turnover',
    category: 'relationship',
    titleKey: 'guide.risk.relationship-contact-turnover.title',
    descriptionKey: 'guide.risk.relationship-contact-turnover.description',
    mitigationKeys: [
      'guide.risk.relationship-contact-turnover.mitigation.1',
      'guide.risk.relationship-contact-turnover.mitigation.2',
      'guide.risk.relationship-contact-turnover.mitigation.3',
    ],
    likelihood: 3,
    severity: 2,
    response: 'reduce',
  },
  {
    id: 'financial-cost-overrun',
    category: 'financial',
    titleKey: 'guide.risk.financial-cost-overrun.title',
    descriptionKey: 'guide.risk.financial-cost-overrun.description',
    mitigationKeys: [
      'guide.risk.financial-cost-overrun.mitigation.1',
      'guide.risk.financial-cost-overrun.mitigation.2',
      'guide.risk.financial-cost-overrun.mitigation.3',
    ],
    likelihood: 2,
    severity: 3,
    response: 'reduce',
  },
  {
    id: 'financial-complex-funding',
    category: 'financial',
    titleKey: 'guide.risk.financial-complex-funding.title',
    descriptionKey: 'guide.risk.financial-complex-funding.description',
    mitigationKeys: [
      'guide.risk.financial-complex-funding.mitigation.1',
      'guide.risk.financial-complex-funding.mitigation.2',
      'guide.risk.financial-complex-funding.mitigation.3',
    ],
    likelihood: 3,
    severity: 2,
    response: 'share',
  },
  {
    id: 'relationship-mutual-prejudice',
    category: 'relationship',
    titleKey: 'guide.risk.relationship-mutual-prejudice.title',
    descriptionKey: 'guide.risk.relationship-mutual-prejudice.description',
    mitigationKeys: [
      'guide.risk.relationship-mutual-prejudice.mitigation.1',
      'guide.risk.relationship-mutual-prejudice.mitigation.2',
      'guide.risk.relationship-mutual-prejudice.mitigation.3',
    ],
    likelihood: 2,
    severity: 2,
    response: 'reduce',
  },
  {
    id: 'relationship-limited-time',
    category: 'relationship',
    titleKey: 'guide.risk.relationship-limited-time.title',
    descriptionKey: 'guide.risk.relationship-limited-time.description',
    mitigationKeys: [
      'guide.risk.relationship-limited-time.mitigation.1',
      'guide.risk.relationship-limited-time.mitigation.2',
      'guide.risk.relationship-limited-time.mitigation.3',
    ],
    likelihood: 3,
    severity: 2,
    response: 'reduce',
  },
];

export function findRiskEntry(id: string): RiskCatalogueEntry | undefined {
  return RISK_CATALOGUE.find((r) => r.id === id);
}
