import type { Translate } from '../i18n/i18n';
import type { RiskCatalogueEntry } from '../content/risk-catalogue';
import type { StepData } from '../schemas/project.schema';
import { emptyRisk } from './new-project';

type DraftRisk = StepData<'impacts'>['risks'][number];

/**
 * A draft risk prefilled from a catalogue entry, in the language of `t` (the document
 * language, so the checklist reads in one language). Suggested mitigations become one line
 * each; owner and review date are left for the partners to decide. The rating is
 * Cocharte's suggestion, not the guide's: it is marked `ratingSuggested` until the
 * partners confirm or change it.
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
    likelihood: entry.suggestedRating.likelihood,
    severity: entry.suggestedRating.severity,
    response: entry.suggestedRating.response,
    ratingSuggested: true,
    mitigation: entry.mitigations.map((m) => t(m.key)).join('\n'),
    ...overrides,
  });
}
