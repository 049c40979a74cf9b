import { STEP_IDS } from '../content/catalogues';
import { isProjectComplete } from '../domain/flow';
import { isMessageKey, type MessageKey, type Translate } from '../i18n/i18n';
import { completeProjectSchema, type DraftProject } from '../schemas/project.schema';

/**
 * What keeps a charter from being signed, as lines a reader can act on: "Identifier les
 * partenaires — Ce champ est obligatoire (Partenaires › 1 › Nom)". Empty when the project
 * is complete. A charter with missing parts prints as a draft (no signature boxes), never
 * as a document ready to sign.
 */
export function missingForSignature(project: DraftProject, t: Translate): string[] {
  if (isProjectComplete(project)) return [];
  const result = completeProjectSchema.safeParse(project);
  // Complete by the schema but not by the project rules (isProjectComplete): still a draft.
  if (result.success) return [t('doc.draft.notReady')];
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const issue of result.error.issues) {
    const [step, ...rest] = issue.path.map(String);
    if (!step || !(STEP_IDS as readonly string[]).includes(step)) continue;
    const path = rest
      .map((segment) => {
        if (/^\d+$/.test(segment)) return String(Number(segment) + 1);
        const key = `${step}.${segment}`;
        return isMessageKey(key) ? t(key) : segment;
      })
      .join(' › ');
    const message = (isMessageKey(issue.message) ? t(issue.message) : issue.message).replace(/\.$/, '');
    const line = `${t(`step.${step}` as MessageKey)} — ${message}${path ? ` (${path})` : ''}`;
    if (seen.has(line)) continue;
    seen.add(line);
    lines.push(line);
  }
  return lines.length > 0 ? lines : [t('doc.draft.notReady')];
}
