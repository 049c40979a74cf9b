import { z } from '../lib/zod';
import { STEP_IDS } from '../content/catalogues';
import { id, type Strictness } from './fields';
import { makeFollowUpStepSchema } from './follow-up.schema';
import { makeFrameworkStepSchema } from './framework.schema';
import { makeImpactsStepSchema } from './impacts.schema';
import { makeMotivationsStepSchema } from './motivations.schema';
import { makePartnersStepSchema } from './partners.schema';
import { draftRecordSchema, emptyRecord } from './record.schema';
import { signatureSchema } from './signature.schema';

// 2: the partnership record after signing (`record`), issue 13.
export const PROJECT_SCHEMA_VERSION = 2;

export const stepSchemas = {
  draft: {
    partners: makePartnersStepSchema('draft'),
    motivations: makeMotivationsStepSchema('draft'),
    framework: makeFrameworkStepSchema('draft'),
    followUp: makeFollowUpStepSchema('draft'),
    impacts: makeImpactsStepSchema('draft'),
  },
  complete: {
    partners: makePartnersStepSchema('complete'),
    motivations: makeMotivationsStepSchema('complete'),
    framework: makeFrameworkStepSchema('complete'),
    followUp: makeFollowUpStepSchema('complete'),
    impacts: makeImpactsStepSchema('complete'),
  },
} as const;

const makeProjectSchema = (m: Strictness) =>
  z
    .object({
      id,
      createdAt: z.iso.datetime(),
      updatedAt: z.iso.datetime(),
      /** Language of the generated documents, chosen apart from the UI's. */
      documentLanguage: z.enum(['fr', 'en']),
      /** Fixed texts of the charter in both languages, for partnerships across languages. */
      bilingualDocuments: z.boolean().default(false),
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
      const partnerIds = new Set(p.partners.partners.map((x) => x.id));
      // Each per-partner section must cover every partner, and nothing may point at a
      // partner that was removed.
      const coverage = [
        ['motivations', 'byPartner', p.motivations.byPartner],
        ['framework', 'roles', p.framework.roles],
      ] as const;
      for (const [step, field, list] of coverage) {
        const covered = new Set(list.map((e) => e.partnerId));
        for (const pid of partnerIds) {
          if (!covered.has(pid))
            ctx.addIssue({ code: 'custom', path: [step, field], message: 'errors.partnerNotCovered' });
        }
      }
      p.followUp.milestones.forEach((ms, i) => {
        if (ms.partnerId && !partnerIds.has(ms.partnerId)) {
          ctx.addIssue({
            code: 'custom',
            path: ['followUp', 'milestones', i, 'partnerId'],
            message: 'errors.unknownPartner',
          });
        }
      });
      p.impacts.risks.forEach((r, i) => {
        if (!partnerIds.has(r.ownerId)) {
          ctx.addIssue({ code: 'custom', path: ['impacts', 'risks', i, 'ownerId'], message: 'errors.riskOwner' });
        }
      });
    });

/** What storage and import accept: the shape of a project, complete or not. */
export const draftProjectSchema = makeProjectSchema('draft');
/** A project ready to be signed: every step valid, every reference resolved. */
export const completeProjectSchema = makeProjectSchema('complete');

export type Project = z.output<typeof completeProjectSchema>;
export type DraftProject = z.output<typeof draftProjectSchema>;
export type StepData<S extends keyof typeof stepSchemas.draft> = z.output<(typeof stepSchemas.draft)[S]>;
