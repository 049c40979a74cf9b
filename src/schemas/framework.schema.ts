import { z } from '../lib/zod';
import { LOGO_USES } from '../content/catalogues';
import { emptyAgreement, makeAgreementSchema } from './agreement.schema';
import { LIMITS, id, isoDate, optionalChoice, rows, text, type Strictness } from './fields';

export const makePartnerRoleSchema = (m: Strictness) =>
  z.object({
    partnerId: id,
    role: text(m, { required: true }),
    commitments: text(m, { required: true }),
    money: text(m, { max: LIMITS.short }),
    staffTime: text(m, { max: LIMITS.short }),
    goods: text(m, { max: LIMITS.short * 2 }),
    expertise: text(m, { max: LIMITS.short * 2 }),
    validatedBy: text(m, { required: true, max: LIMITS.short }),
    validationDate: isoDate(m),
  });

export const makeFrameworkStepSchema = (m: Strictness) =>
  z.object({
    purpose: text(m, { required: true }),
    roles: rows(makePartnerRoleSchema(m), { max: LIMITS.list }),
    governance: text(m, { required: true }),
    steeringCommittee: text(m),
    communication: text(m, { required: true }),
    logoUse: optionalChoice(m, LOGO_USES),
    confidentiality: text(m, { required: true }),
    amendment: text(m, { required: true }),
    exit: text(m, { required: true }),
    /** The clauses of the convention, the contributions and the funding plan. */
    agreement: makeAgreementSchema(m).default(emptyAgreement),
  });

export const frameworkStepSchema = z.lazy(() => makeFrameworkStepSchema('complete'));
export type PartnerRole = z.output<ReturnType<typeof makePartnerRoleSchema>>;
export type FrameworkStep = z.output<typeof frameworkStepSchema>;
