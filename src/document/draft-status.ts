import { canBeSigned, missingItems } from '../domain/completeness';
import { isMessageKey, type MessageKey, type Translate } from '../i18n/i18n';
import { fieldPathLabel } from './field-path-label';
import type { DraftProject } from '../schemas/project.schema';

/**
 * What keeps a charter from being signed, as lines a reader can act on: "Identifier les
 * partenaires — Ce champ est obligatoire (Partenaire 1 › Nom de l’organisation)". Empty
 * when the project can be signed. A charter that cannot be signed prints as a draft (no
 * signature boxes), never as a document ready to sign. The items come from the domain.
 */
export function missingForSignature(project: DraftProject, t: Translate): string[] {
  // The rule that opens signing, not completeness alone: a worked example stays a draft.
  if (canBeSigned(project)) return [];
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const item of missingItems(project)) {
    const path = fieldPathLabel(project, item.step, item.path, t);
    const message = (isMessageKey(item.message) ? t(item.message) : item.message).replace(/\.$/, '');
    const line = `${t(`step.${item.step}` as MessageKey)} — ${message}${path ? ` (${path})` : ''}`;
    if (seen.has(line)) continue;
    seen.add(line);
    lines.push(line);
  }
  return lines.length > 0 ? lines : [t('doc.draft.notReady')];
}
