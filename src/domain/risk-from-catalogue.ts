import type { Translate } from '../i18n/i18n';
import type { RiskCatalogueEntry } from '../content/risk-catalogue';
import type { StepData } from '../schemas/project.schema';
import { emptyRisk } from './new-project';

type DraftRisk = StepData<'impacts'>['risks'][number];

/**
 * A draft risk prefilled from a catalogue entry, in the language of `t` (the document
 * language, so the checklist reads in one language). Suggested mitigations become one line
 * each; owner and review date are left for the partners to decide.
 */
export function riskFromCatalogue(
  entry: RiskCatalogueEntry,
  t: Translate,
  overrides: Partial<DraftRisk> = {},
): DraftRisk {
  return emptyRisk({
    catalogueId: entry.id,
    category: entry.category,
    title: t(entry.titleKey),
    description: t(entry.descriptionKey),
    likelihood: entry.likelihood,
    severity: entry.severity,
    response: entry.response,
    mitigation: entry.mitigationKeys.map((k) => t(k)).join('\n'),
    ...overrides,
  });
}
