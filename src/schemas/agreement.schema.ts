import { z } from '../lib/zod';
import {
  CLAUSE_IDS,
  CLAUSE_MODES,
  CONTRIBUTION_KINDS,
  CURRENCIES,
  DATA_CONTROLLERS,
  DECISION_RULES,
  DISPUTE_FORUMS,
  ENTRY_INTO_FORCE,
  FUNDING_STATUSES,
  IP_FOREGROUND,
  REGISTRATION_KINDS,
  RENEWAL_KINDS,
  TIME_BASED_CONTRIBUTIONS,
  type ClauseId,
} from '../content/clauses';
import { emptyClauses } from './empty-values';
import { LIMITS, id, partnerRef, rows, text, type Strictness } from './fields';

// The empty values live apart from the schemas (see empty-values.ts); re-exported for their callers.
export { emptyAgreement, emptyClauses, emptyLegalIdentity } from './empty-values';

// Every field here arrived after the first release: each has a default, so project files
// written before it still import, and reading them adds nothing the partners did not write.

/** Digits only: SIRET and SIREN are often typed in groups ("123 456 789 00012"). */
export function registrationDigits(value: string): string {
  return value.replace(/[\s.\u00a0\u202f-]/g, '');
}

/** The Luhn check the INSEE applies to SIREN and SIRET numbers. */
function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** La Poste's establishments share SIREN 356 000 000; their SIRETs follow another check (digit sum ÷ 5). */
const LA_POSTE_SIREN = '356000000';

/** A SIRET: 14 digits passing the Luhn check (La Poste's own rule for its establishments). */
export function isValidSiret(value: string): boolean {
  const digits = registrationDigits(value);
  if (!/^\d{14}$/.test(digits)) return false;
  if (digits.startsWith(LA_POSTE_SIREN) && digits !== `${LA_POSTE_SIREN}00048`) {
    const sum = [...digits].reduce((s, d) => s + Number(d), 0);
    return sum % 5 === 0;
  }
  return luhn(digits);
}

/** An RNA number of a French association: W, then the département (digits, 2A/2B), then digits — 10 characters. */
export function isValidRna(value: string): boolean {
  return /^W[0-9][0-9AB][0-9]{7}$/i.test(registrationDigits(value));
}

export const makeLegalIdentitySchema = (m: Strictness) =>
  z
    .object({
      /** Short name used in the charter: "ci-après « … »". Defaults to the name when empty. */
      shortName: text(m, { max: LIMITS.short }).default(''),
      legalForm: text(m, { max: LIMITS.short }).default(''),
      registrationKind: z.union([z.enum(REGISTRATION_KINDS), z.literal('')], { error: 'errors.choose' }).default(''),
      /** The register's name for an identifier abroad (RCCM, ICE…). */
      registrationLabel: text(m, { max: LIMITS.short }).default(''),
      registrationNumber: text(m, { max: LIMITS.short }).default(''),
      registeredAddress: text(m, { max: LIMITS.short * 2 }).default(''),
      representativeName: text(m, { max: LIMITS.short }).default(''),
      representativeCapacity: text(m, { max: LIMITS.short }).default(''),
      /** On what authority the representative signs, e.g. a board resolution. */
      representativeAuthority: text(m, { max: LIMITS.short * 2 }).default(''),
    })
    .superRefine((legal, ctx) => {
      // A draft keeps whatever was typed; a number in the wrong format blocks only signing.
      if (m === 'draft' || legal.registrationNumber.trim() === '') return;
      if (legal.registrationKind === 'siret' && !isValidSiret(legal.registrationNumber)) {
        ctx.addIssue({ code: 'custom', path: ['registrationNumber'], message: 'errors.siret' });
      }
      if (legal.registrationKind === 'rna' && !isValidRna(legal.registrationNumber)) {
        ctx.addIssue({ code: 'custom', path: ['registrationNumber'], message: 'errors.rna' });
      }
    });

export type LegalIdentity = z.output<ReturnType<typeof makeLegalIdentitySchema>>;

const makeClauseSchema = (m: Strictness) => {
  const base = z.object({
    mode: z.enum(CLAUSE_MODES, { error: 'errors.choose' }).default('default'),
    /** The partners' own wording, used when mode is 'custom'. */
    text: text(m).default(''),
  });
  // Checks run only where they can fail: a draft accepts anything well-formed, and
  // storage parses drafts on every keystroke.
  return m === 'draft'
    ? base
    : base.refine((c) => c.mode !== 'custom' || c.text.trim() !== '', { error: 'errors.required', path: ['text'] });
};

const makeClausesSchema = (m: Strictness) => {
  // One schema serves every clause (zod schemas are immutable): building fifteen identical
  // ones made opening a project measurably slower.
  const clause = makeClauseSchema(m).default({ mode: 'default', text: '' });
  return z
    .object(
      Object.fromEntries(CLAUSE_IDS.map((c) => [c, clause])) as {
        [K in ClauseId]: z.ZodDefault<
          z.ZodObject<{
            mode: z.ZodDefault<z.ZodEnum<{ [M in (typeof CLAUSE_MODES)[number]]: M }>>;
            text: z.ZodDefault<ReturnType<typeof text>>;
          }>
        >;
      },
    )
    .default(emptyClauses);
};

export type ClauseChoice = { mode: (typeof CLAUSE_MODES)[number]; text: string };

/** An amount of money: never negative, '' in the form becomes null. */
const amount = z
  .number({ error: 'errors.number' })
  .min(0, { error: 'errors.number' })
  .max(1e12, { error: 'errors.number' })
  .nullable();

export const makeContributionSchema = (m: Strictness) =>
  z
    .object({
      id,
      partnerId: partnerRef(m),
      kind: z.enum(CONTRIBUTION_KINDS, { error: 'errors.choose' }),
      description: text(m, { max: LIMITS.short * 2 }),
      /** Money and in-kind contributions: their value. */
      amount: amount.default(null),
      /** Staff time and skills sponsorship: days × daily rate. */
      days: amount.default(null),
      dailyRate: amount.default(null),
    })
    .superRefine((c, ctx) => {
      if (m === 'draft') return;
      if (TIME_BASED_CONTRIBUTIONS.has(c.kind)) {
        if (c.days === null) ctx.addIssue({ code: 'custom', path: ['days'], message: 'errors.required' });
        if (c.dailyRate === null) ctx.addIssue({ code: 'custom', path: ['dailyRate'], message: 'errors.required' });
      } else if (c.amount === null) {
        ctx.addIssue({ code: 'custom', path: ['amount'], message: 'errors.required' });
      }
    });

export const makeFundingSourceSchema = (m: Strictness) =>
  z.object({
    id,
    name: text(m, { required: true, max: LIMITS.short }),
    amount: amount.default(null),
    status: z.enum(FUNDING_STATUSES, { error: 'errors.choose' }).default('sought'),
  });

export const makeAnnexSchema = (m: Strictness) =>
  z.object({
    id,
    title: text(m, { required: true, max: LIMITS.short }),
  });

export const makeAgreementSchema = (m: Strictness) =>
  z.object({
    clauses: makeClausesSchema(m),
    entryIntoForce: z.enum(ENTRY_INTO_FORCE, { error: 'errors.choose' }).default('signature'),
    renewal: z.enum(RENEWAL_KINDS, { error: 'errors.choose' }).default('express'),
    decisionRule: z.enum(DECISION_RULES, { error: 'errors.choose' }).default('consensus'),
    confidentialityYears: z
      .number({ error: 'errors.years' })
      .int({ error: 'errors.years' })
      .min(0, { error: 'errors.years' })
      .max(30, { error: 'errors.years' })
      .default(5),
    dataController: z.enum(DATA_CONTROLLERS, { error: 'errors.choose' }).default('each'),
    dataTransfersOutsideEu: z.boolean({ error: 'errors.invalid' }).default(false),
    ipForeground: z.enum(IP_FOREGROUND, { error: 'errors.choose' }).default('joint'),
    /** Days a party in breach has to remedy it after formal notice, before termination. */
    noticeDays: z
      .number({ error: 'errors.noticeDays' })
      .int({ error: 'errors.noticeDays' })
      .min(8, { error: 'errors.noticeDays' })
      .max(365, { error: 'errors.noticeDays' })
      .default(30),
    mediation: z.boolean({ error: 'errors.invalid' }).default(true),
    /** '' prints French law. */
    governingLaw: text(m, { max: LIMITS.short }).default(''),
    forum: z.enum(DISPUTE_FORUMS, { error: 'errors.choose' }).default('court'),
    /** The court or the arbitration seat, e.g. "tribunal judiciaire de Nantes". */
    venue: text(m, { max: LIMITS.short }).default(''),
    /** '' means the document language prevails. */
    prevailingLanguage: z.union([z.enum(['fr', 'en']), z.literal('')], { error: 'errors.choose' }).default(''),
    annexes: rows(makeAnnexSchema(m), { max: 20 }).default([]),
    signingPlace: text(m, { max: LIMITS.short }).default(''),
    /** null: one original per partner. */
    copies: z
      .number({ error: 'errors.copies' })
      .int({ error: 'errors.copies' })
      .min(1, { error: 'errors.copies' })
      .max(20, { error: 'errors.copies' })
      .nullable()
      .default(null),
    /** Date contradictions the partners have read and confirmed (ids from domain/agreement-checks). */
    confirmedDateIssues: z.array(z.string().max(200)).max(100).default([]),
    currency: z.enum(CURRENCIES, { error: 'errors.choose' }).default('EUR'),
    /** Total cost of the project, to check the funding plan covers it; null when not given. */
    budget: amount.default(null),
    contributions: rows(makeContributionSchema(m)).default([]),
    fundingSources: rows(makeFundingSourceSchema(m), { max: 30 }).default([]),
  });

export type Agreement = z.output<ReturnType<typeof makeAgreementSchema>>;
export type Contribution = z.output<ReturnType<typeof makeContributionSchema>>;
export type FundingSource = z.output<ReturnType<typeof makeFundingSourceSchema>>;
