import { newId } from '../lib/ids';
import { unfilled } from './completeness';
import type { PartnerKind } from '../content/catalogues';
import { emptyAgreement, emptyLegalIdentity, emptyRecord } from '../schemas/empty-values';
import type { DraftProject, StepData } from '../schemas/project.schema';

type DraftPartner = StepData<'partners'>['partners'][number];
type DraftRisk = StepData<'impacts'>['risks'][number];

export function emptyPartner(kind: PartnerKind): DraftPartner {
  return {
    id: newId(),
    name: '',
    kind,
    country: '',
    city: '',
    contactName: '',
    contactRole: '',
    contactEmail: '',
    contactPhone: '',
    contribution: '',
    offers: [],
    legal: emptyLegalIdentity(),
  };
}

export function emptyRisk(overrides: Partial<DraftRisk> = {}): DraftRisk {
  return {
    id: newId(),
    catalogueId: '',
    // Nothing chosen for the partners: a risk written by hand starts with no category,
    // rating or response, so no document prints a value nobody picked.
    category: '',
    title: '',
    description: '',
    likelihood: '',
    severity: '',
    response: '',
    mitigation: '',
    ownerId: '',
    reviewDate: '',
    status: 'open',
    ...overrides,
  };
}

export function createEmptyProject(now = new Date(), documentLanguage: 'fr' | 'en' = 'fr'): DraftProject {
  const at = now.toISOString();
  return unfilled({
    id: newId(),
    createdAt: at,
    updatedAt: at,
    documentLanguage,
    bilingualDocuments: false,
    visited: ['partners'],
    partners: {
      title: '',
      partners: [emptyPartner('association'), emptyPartner('company')],
      expertiseNeeded: '',
      zone: { countries: '', region: '', setting: '', infrastructure: '' },
      partnershipKinds: [],
      partnershipSubtypes: [],
      otherPartnershipKind: '',
      directions: [],
    },
    motivations: { byPartner: [], sharedValues: [], valuesStatement: '' },
    framework: {
      purpose: '',
      roles: [],
      governance: '',
      steeringCommittee: '',
      communication: '',
      logoUse: '',
      confidentiality: '',
      amendment: '',
      exit: '',
      agreement: emptyAgreement(),
    },
    followUp: {
      startDate: '',
      endDate: '',
      durationMonths: null,
      reviewFrequency: '',
      milestones: [],
      indicators: [],
      difficultyProcess: '',
    },
    impacts: { byPartner: [], southImpacts: [], otherSouthImpacts: '', risks: [] },
    signatures: [],
    record: emptyRecord(),
  });
}
