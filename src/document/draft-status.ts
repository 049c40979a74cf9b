import { isProjectComplete, missingItems } from '../domain/completeness';
import { isMessageKey, type MessageKey, type Translate } from '../i18n/i18n';
import type { DraftProject } from '../schemas/project.schema';

/**
 * What keeps a charter from being signed, as lines a reader can act on: "Identifier les
 * partenaires — Ce champ est obligatoire (Partenaires › 1 › Nom)". Empty when the project
 * is complete. A charter with missing parts prints as a draft (no signature boxes), never
 * as a document ready to sign. The items themselves come from the domain's one rule.
 */
export function missingForSignature(project: DraftProject, t: Translate): string[] {
  if (isProjectComplete(project)) return [];
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const item of missingItems(project)) {
    const path = item.path
      .split('.')
      .filter(Boolean)
      .map((segment) => {
        if (/^\d+$/.test(segment)) return String(Number(segment) + 1);
        const key = `${item.step}.${segment}`;
        return isMessageKey(key) ? t(key) : segment;
      })
      .join(' › ');
    const message = (isMessageKey(item.message) ? t(item.message) : item.message).replace(/\.$/, '');
    const line = `${t(`step.${item.step}` as MessageKey)} — ${message}${path ? ` (${path})` : ''}`;
    if (seen.has(line)) continue;
    seen.add(line);
    lines.push(line);
  }
  return lines.length > 0 ? lines : [t('doc.draft.notReady')];
}
