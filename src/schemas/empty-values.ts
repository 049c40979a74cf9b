import { CLAUSE_IDS } from '../content/clauses';
import type { Agreement, ClauseChoice, LegalIdentity } from './agreement.schema';
import type { PartnershipRecord } from './record.schema';

/**
 * The values of a new project's parts, typed by the schemas but kept apart from them: a
 * new project is made on the first screen, and importing a schema module there would bring
 * zod and every schema with it. `empty-values.test.ts` checks each one against its schema.
 */

export function emptyLegalIdentity(): LegalIdentity {
  return {
    shortName: '',
    legalForm: '',
    registrationKind: '',
    registrationLabel: '',
    registrationNumber: '',
    registeredAddress: '',
    representativeName: '',
    representativeCapacity: '',
    representativeAuthority: '',
  };
}

export function emptyClauses(): Agreement['clauses'] {
  return Object.fromEntries(
    CLAUSE_IDS.map((c) => [c, { mode: 'default', text: '' } satisfies ClauseChoice]),
  ) as Agreement['clauses'];
}

/** The defaults of every field of the agreement schema, written out: building a zod schema per call is slow (~10 ms). */
export function emptyAgreement(): Agreement {
  return {
    clauses: emptyClauses(),
    entryIntoForce: 'signature',
    renewal: 'express',
    decisionRule: 'consensus',
    confidentialityYears: 5,
    dataController: 'each',
    dataTransfersOutsideEu: false,
    ipForeground: 'joint',
    noticeDays: 30,
    mediation: true,
    governingLaw: '',
    forum: 'court',
    venue: '',
    prevailingLanguage: '',
    annexes: [],
    signingPlace: '',
    copies: null,
    confirmedDateIssues: [],
    currency: 'EUR',
    budget: null,
    contributions: [],
    fundingSources: [],
  };
}

/** The record of a project that has none yet: files of schema version 1 get this. */
export function emptyRecord(): PartnershipRecord {
  return { reviews: [], amendments: [], closing: null };
}
