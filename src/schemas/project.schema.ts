import { z } from '../lib/zod';
import { STEP_IDS, type StepId } from '../content/catalogues';
import { id, type Strictness } from './fields';
import { makeFollowUpStepSchema, followUpStepSchema } from './follow-up.schema';
import { makeFrameworkStepSchema, frameworkStepSchema } from './framework.schema';
import { makeImpactsStepSchema, impactsStepSchema } from './impacts.schema';
import { makeMotivationsStepSchema, motivationsStepSchema } from './motivations.schema';
import { makePartnersStepSchema, partnersStepSchema } from './partners.schema';
import { emptyRecord } from './empty-values';
import { draftRecordSchema } from './record.schema';
import { signatureSchema } from './signature.schema';

export { PROJECT_SCHEMA_VERSION } from './schema-version';

export const stepSchemas = {
  draft: {
    partners: z.lazy(() => makePartnersStepSchema('draft')),
    motivations: z.lazy(() => makeMotivationsStepSchema('draft')),
    framework: z.lazy(() => makeFrameworkStepSchema('draft')),
    followUp: z.lazy(() => makeFollowUpStepSchema('draft')),
    impacts: z.lazy(() => makeImpactsStepSchema('draft')),
  },
  // The complete schemas are the ones each step's module exports: built once, not twice.
  // Every schema here is lazy (z.lazy: built at its first parse): building zod schemas was
  // most of what the click on « new project » cost, and step 1 needs only its own.
  complete: {
    partners: partnersStepSchema,
    motivations: motivationsStepSchema,
    framework: frameworkStepSchema,
    followUp: followUpStepSchema,
    impacts: impactsStepSchema,
  },
} as const;

const makeProjectSchema = (m: Strictness) =>
  z
    .object({
      id,
      createdAt: z.iso.datetime(),
      updatedAt: z.iso.datetime(),
      /**
       * When the signed text last changed (a signature, a review or the documents' language
       * do not change it): the version's date the documents print. Absent from files written
       * before it existed, which print `updatedAt` (domain/version-date.ts).
       */
      contentChangedAt: z.iso.datetime().optional(),
      /** Language of the generated documents, chosen apart from the UI's. */
      documentLanguage: z.enum(['fr', 'en']),
      /** Fixed texts of the charter in both languages, for partnerships across languages. */
      bilingualDocuments: z.boolean().default(false),
      /** Id of the worked example the project started from, while its illustrative facts remain (content audit, issue 11). */
      illustrativeExample: z.string().max(64).optional(),
      visited: z.array(z.enum(STEP_IDS)).max(STEP_IDS.length),
      partners: stepSchemas[m].partners,
      motivations: stepSchemas[m].motivations,
      framework: stepSchemas[m].framework,
      followUp: stepSchemas[m].followUp,
      impacts: stepSchemas[m].impacts,
      signatures: z.array(signatureSchema).max(8),
      /** Reviews, amendments and closing of the signed charter; empty until it is signed. */
      record: draftRecordSchema.default(emptyRecord),
    })
    .superRefine((p, ctx) => {
      if (m === 'draft') return;
      for (const issue of partnerReferenceIssues(p)) ctx.addIssue({ code: 'custom', ...issue });
    });

export interface ReferenceIssue {
  path: (string | number)[];
  message: string;
}

type StepsOf = {
  partners: { partners: ReadonlyArray<{ id: string }> };
  motivations: { byPartner: ReadonlyArray<{ partnerId: string }> };
  framework: { roles: ReadonlyArray<{ partnerId: string }> };
  followUp: { milestones: ReadonlyArray<{ partnerId: string }> };
  impacts: { risks: ReadonlyArray<{ ownerId: string }> };
};

/**
 * What a complete project needs across steps: each per-partner section covers every
 * partner, and nothing points at a partner that was removed. A plain function so the
 * domain can ask it without parsing the whole project again (domain/completeness.ts).
 */
export function partnerReferenceIssues(p: StepsOf): ReferenceIssue[] {
  const issues: ReferenceIssue[] = [];
  const partnerIds = new Set(p.partners.partners.map((x) => x.id));
  const coverage = [
    ['motivations', 'byPartner', p.motivations.byPartner],
    ['framework', 'roles', p.framework.roles],
  ] as const;
  for (const [step, field, list] of coverage) {
    const covered = new Set(list.map((e) => e.partnerId));
    for (const pid of partnerIds) {
      if (!covered.has(pid)) issues.push({ path: [step, field], message: 'errors.partnerNotCovered' });
    }
  }
  p.followUp.milestones.forEach((ms, i) => {
    if (ms.partnerId && !partnerIds.has(ms.partnerId)) {
      issues.push({ path: ['followUp', 'milestones', i, 'partnerId'], message: 'errors.unknownPartner' });
    }
  });
  p.impacts.risks.forEach((r, i) => {
    if (!partnerIds.has(r.ownerId)) {
      issues.push({ path: ['impacts', 'risks', i, 'ownerId'], message: 'errors.riskOwner' });
    }
  });
  return issues;
}

/** What storage and import accept: the shape of a project, complete or not. */
export const draftProjectSchema = z.lazy(() => makeProjectSchema('draft'));
/** A project ready to be signed: every step valid, every reference resolved. */
export const completeProjectSchema = z.lazy(() => makeProjectSchema('complete'));

export type Project = z.output<typeof completeProjectSchema>;
export type DraftProject = z.output<typeof draftProjectSchema>;
/** One step's data as a project holds it (the draft schema's output). */
export type StepData<S extends StepId> = DraftProject[S];
export type { StepId };
