import { STEP_IDS, type StepId } from '../content/catalogues';
import type { DraftProject } from '../schemas/project.schema';

/**
 * The worked examples mark what they invent in words (« Personne fictive », « Rôle fictif
 * (exemple) », « Fictional person », « groupement fictif ») and give e-mail addresses on
 * the domains reserved for examples (RFC 2606: example.org, .com, .net), which no one can
 * own. Either left in a project means an example's invented fact is still there.
 */
const INVENTED_WORD = /\b(fictive?|fictifs?|fictives|fictional|fictitious)\b/iu;
const EXAMPLE_ADDRESS = /@(?:[^\s@]+\.)?example\.(?:org|com|net)\b/iu;

export interface ExampleLeftover {
  step: StepId;
  /** Field path inside the step, as the forms and the missing items write it. */
  path: string;
}

const known = new WeakMap<object, ExampleLeftover[]>();

/**
 * The fields of the five steps still holding an example's invented fact, in form order:
 * a project started from an example cannot be declared replaced while any is left.
 */
export function exampleLeftovers(project: DraftProject): ExampleLeftover[] {
  const cached = known.get(project);
  if (cached) return cached;
  const found: ExampleLeftover[] = [];
  const visit = (step: StepId, value: unknown, path: string[]) => {
    if (typeof value === 'string') {
      if (INVENTED_WORD.test(value) || EXAMPLE_ADDRESS.test(value)) found.push({ step, path: path.join('.') });
    } else if (Array.isArray(value)) value.forEach((v, i) => visit(step, v, [...path, String(i)]));
    else if (value !== null && typeof value === 'object')
      for (const [key, v] of Object.entries(value)) visit(step, v, [...path, key]);
  };
  for (const step of STEP_IDS) visit(step, project[step], []);
  known.set(project, found);
  return found;
}
