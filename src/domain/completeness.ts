import { unconfirmedDateIssues } from './agreement-checks';
import { STEP_IDS, type StepId } from '../content/catalogues';
import {
  completeProjectSchema,
  partnerReferenceIssues,
  stepSchemas,
  type DraftProject,
  type StepData,
} from '../schemas/project.schema';

/** A step's form values checked against the step's complete schema: the data, or the issues. */
export type StepCheck<S extends StepId> =
  | { success: true; data: StepData<S> }
  | { success: false; issues: StepCheckIssue[] };

type Checkers = { [S in StepId]: (values: unknown) => StepCheck<S> };

// One entry per step so each keeps its exact type: a complete step's output is a valid draft.
const complete: Checkers = {
  partners: (v) => asCheck(stepSchemas.complete.partners.safeParse(v)),
  motivations: (v) => asCheck(stepSchemas.complete.motivations.safeParse(v)),
  framework: (v) => asCheck(stepSchemas.complete.framework.safeParse(v)),
  followUp: (v) => asCheck(stepSchemas.complete.followUp.safeParse(v)),
  impacts: (v) => asCheck(stepSchemas.complete.impacts.safeParse(v)),
};
const draft: Checkers = {
  partners: (v) => asCheck(stepSchemas.draft.partners.safeParse(v)),
  motivations: (v) => asCheck(stepSchemas.draft.motivations.safeParse(v)),
  framework: (v) => asCheck(stepSchemas.draft.framework.safeParse(v)),
  followUp: (v) => asCheck(stepSchemas.draft.followUp.safeParse(v)),
  impacts: (v) => asCheck(stepSchemas.draft.impacts.safeParse(v)),
};

function asCheck<T>(
  r: { success: true; data: T } | { success: false; error: { issues: StepCheckIssue[] } },
): { success: true; data: T } | { success: false; issues: StepCheckIssue[] } {
  return r.success ? { success: true, data: r.data } : { success: false, issues: r.error.issues };
}
type StepCheckIssue = { path: PropertyKey[]; message: string; code: string };

// Step data is immutable once in a project: what is known about an object stays true.
// The form's submission is checked once (by the resolver); the machine's guard and the
// stepper then find the answer here instead of validating again.
const completeSteps = new WeakMap<object, boolean>();
const completeProjects = new WeakMap<object, boolean>();

/** Checks form values against the step's complete schema; a success is remembered. */
export function checkStep<S extends StepId>(step: S, values: unknown): StepCheck<S> {
  const checked = complete[step](values);
  if (checked.success) completeSteps.set(checked.data, true);
  return checked;
}

/** The values as a draft of the step (what autosave keeps), or null when they are not even that. */
export function parseDraftStep<S extends StepId>(step: S, values: unknown): StepData<S> | null {
  const checked = draft[step](values);
  return checked.success ? checked.data : null;
}

/** Whether a step's data lets the partners move on (and, with the others, sign). */
export function isStepComplete<S extends StepId>(step: S, data: StepData<S>): boolean {
  let known = completeSteps.get(data);
  if (known === undefined) {
    known = complete[step](data).success;
    completeSteps.set(data, known);
  }
  return known;
}

/**
 * A project just created, known to have no complete step without parsing one: its steps
 * hold nothing yet, which each step's complete schema refuses (completeness.test.ts). The
 * stepper of a new project asks at once, and a first parse builds the schema's internals
 * (tens of milliseconds) in the click that opens the project; the idle warm-up does it later.
 */
export function unfilled(project: DraftProject): DraftProject {
  for (const step of STEP_IDS) completeSteps.set(project[step], false);
  return project;
}

/** Every step complete and every reference to a partner resolved: the charter is whole. */
export function isProjectComplete(project: DraftProject): boolean {
  let known = completeProjects.get(project);
  if (known === undefined) {
    // Dates that contradict each other block signing until the partners confirm them.
    known =
      STEP_IDS.every((s) => isStepComplete(s, project[s])) &&
      partnerReferenceIssues(project).length === 0 &&
      unconfirmedDateIssues(project).length === 0;
    completeProjects.set(project, known);
  }
  return known;
}

/**
 * The partners may sign: the charter is whole, and no worked example's invented facts are
 * left (its people, figures and signatories stay illustrative until the partners say they
 * replaced them). A charter still made of an example prints whole, as the example reader
 * shows it, but cannot be signed.
 */
export function canBeSigned(project: DraftProject): boolean {
  return !project.illustrativeExample && isProjectComplete(project);
}

/**
 * The steps where a point beyond the step's own fields keeps the charter from being signed:
 * a worked example's invented facts (partners), date contradictions to confirm in the term
 * clause (framework), a partner left out of a list (its step). Cheap: no schema is parsed.
 */
export function stepsWithPointsToSettle(project: DraftProject): ReadonlySet<StepId> {
  const known = settleByProject.get(project);
  if (known) return known;
  const steps = new Set<StepId>();
  if (project.illustrativeExample) steps.add('partners');
  if (unconfirmedDateIssues(project).length > 0) steps.add('framework');
  for (const issue of partnerReferenceIssues(project)) {
    const step = STEP_IDS.find((s) => s === issue.path[0]);
    if (step) steps.add(step);
  }
  settleByProject.set(project, steps);
  return steps;
}

// Asked for each place of the step list at every render: once per project object.
const settleByProject = new WeakMap<object, ReadonlySet<StepId>>();

/**
 * Where the partners say a worked example's facts are replaced (step 1's hint and its
 * button): the path a missing item gives to send them there.
 */
export const ILLUSTRATIVE_PATH = 'illustrativeExample';

export interface MissingItem {
  step: StepId;
  /** Field path inside the step, e.g. `partners.0.contactEmail`. */
  path: string;
  message: string;
}

const missingByProject = new WeakMap<object, MissingItem[]>();

/** Everything that keeps the project from being signed, step by step, in form order. */
export function missingItems(project: DraftProject): MissingItem[] {
  const known = missingByProject.get(project);
  if (known) return known;
  const items = canBeSigned(project) ? [] : collectMissing(project);
  missingByProject.set(project, items);
  return items;
}

function collectMissing(project: DraftProject): MissingItem[] {
  const result = completeProjectSchema.safeParse(project);
  // A worked example's invented facts, and unconfirmed date contradictions, keep the charter
  // from being signed, like a missing field.
  const illustrative: MissingItem[] = project.illustrativeExample
    ? [{ step: 'partners', path: ILLUSTRATIVE_PATH, message: 'errors.illustrativeExample' }]
    : [];
  const dates: MissingItem[] =
    unconfirmedDateIssues(project).length > 0
      ? [{ step: 'framework', path: 'agreement.confirmedDateIssues', message: 'errors.datesContradict' }]
      : [];
  if (result.success) return [...illustrative, ...dates];
  const items: MissingItem[] = [...illustrative, ...dates];
  const seen = new Set<string>();
  for (const issue of result.error.issues) {
    const [step, ...rest] = issue.path.map(String);
    const stepId = STEP_IDS.find((s) => s === step);
    if (!stepId) continue;
    const key = `${stepId}:${rest.join('.')}:${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    items.push({ step: stepId, path: rest.join('.'), message: issue.message });
  }
  return items.sort((a, b) => STEP_IDS.indexOf(a.step) - STEP_IDS.indexOf(b.step));
}
