import { STEP_IDS, type StepId } from '../../content/catalogues';
import { unconfirmedDateIssues } from '../../domain/agreement-checks';
import { completeProjectSchema, type DraftProject } from '../../schemas/project.schema';

export interface MissingItem {
  step: StepId;
  /** Field path inside the step, e.g. `partners.0.contactEmail`. */
  path: string;
  message: string;
}

/** Everything that keeps the project from being signed, step by step, in form order. */
export function missingItems(project: DraftProject): MissingItem[] {
  const result = completeProjectSchema.safeParse(project);
  // Unconfirmed date contradictions keep the charter from being signed, like a missing field.
  const dates: MissingItem[] =
    unconfirmedDateIssues(project).length > 0
      ? [{ step: 'framework', path: 'agreement.confirmedDateIssues', message: 'errors.datesContradict' }]
      : [];
  if (result.success) return dates;
  const items: MissingItem[] = [...dates];
  const seen = new Set<string>();
  for (const issue of result.error.issues) {
    const [step, ...rest] = issue.path.map(String);
    if (!step || !(STEP_IDS as readonly string[]).includes(step)) continue;
    const key = `${step}:${rest.join('.')}:${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    items.push({ step: step as StepId, path: rest.join('.'), message: issue.message });
  }
  return items.sort((a, b) => STEP_IDS.indexOf(a.step) - STEP_IDS.indexOf(b.step));
}
