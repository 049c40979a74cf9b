import { CLAUSE_IDS } from '../content/clauses';
import { LIMITS } from '../schemas/fields';
import { MAX_PARTNERS } from '../schemas/partners.schema';
import type { MessageKey } from '../i18n/i18n';
import type { StepId } from '../content/catalogues';

/**
 * How a value is shown to the user when comparing: most are text; catalogue ids are
 * translated with `prefix + id`; partner references show the partner's name.
 */
/**
 * Where a field sits: one of the five steps (the signed content), the document settings,
 * or the signatures.
 */
export type ShapeGroup = StepId | 'documents' | 'signatures';

export type Display =
  | { as: 'text' }
  | { as: 'date' }
  | { as: 'number'; unit: NumberUnit }
  | { as: 'bool' }
  | { as: 'language' }
  | { as: 'partner' }
  | { as: 'riskCatalogue' }
  | { as: 'catalogue'; prefix: string };

/**
 * What a number counts, so it reads as the charter writes it (« 15 000,00 € », « 30 jours »):
 * money in the agreement's currency, or a count worded by the `agr.count.*` messages.
 */
export type NumberUnit = 'money' | 'days' | 'months' | 'years' | 'copies';

export interface ValueNode {
  kind: 'value';
  label: MessageKey;
  display: Display;
  /** Catalogue id lists are sets: ticking boxes in another order is not a change. */
  unordered?: boolean;
}

export interface ObjectNode {
  kind: 'object';
  /** Prefix of its fields' labels (e.g. « Zone d’intervention › Pays concernés »). */
  label?: MessageKey;
  fields: Record<string, ShapeNode>;
}

export type RowKind =
  | 'partner'
  | 'partnerEntry'
  | 'milestone'
  | 'indicator'
  | 'risk'
  | 'signature'
  | 'contribution'
  | 'fundingSource'
  | 'annex';

/**
 * A list whose rows are matched by a key rather than by position. Without `fields` a row
 * is atomic (a signature is taken or left as a whole, never field by field).
 */
export interface RowsNode {
  kind: 'rows';
  key: 'id' | 'partnerId';
  row: RowKind;
  /** The schema's limit, so a merge never builds a list the schema would refuse. */
  max: number;
  fields?: Record<string, ShapeNode>;
}

export type ShapeNode = ValueNode | ObjectNode | RowsNode;

const text = (label: MessageKey): ValueNode => ({ kind: 'value', label, display: { as: 'text' } });
const date = (label: MessageKey): ValueNode => ({ kind: 'value', label, display: { as: 'date' } });
const pick = (label: MessageKey, prefix: string): ValueNode => ({
  kind: 'value',
  label,
  display: { as: 'catalogue', prefix },
});
const picks = (label: MessageKey, prefix: string): ValueNode => ({ ...pick(label, prefix), unordered: true });
const partnerRef = (label: MessageKey): ValueNode => ({ kind: 'value', label, display: { as: 'partner' } });

const number = (label: MessageKey, unit: NumberUnit): ValueNode => ({
  kind: 'value',
  label,
  display: { as: 'number', unit },
});
const bool = (label: MessageKey): ValueNode => ({ kind: 'value', label, display: { as: 'bool' } });

/** The convention (framework.agreement): clause choices, settings, contributions, funding. */
const AGREEMENT_SHAPE: ObjectNode = {
  kind: 'object',
  label: 'framework.agreement',
  fields: {
    clauses: {
      kind: 'object',
      fields: Object.fromEntries(
        CLAUSE_IDS.map((id) => [
          id,
          {
            kind: 'object',
            label: `clause.${id}.title` as MessageKey,
            fields: { mode: pick('agreement.mode.legend', 'agreement.mode.'), text: text('agreement.customText') },
          } satisfies ObjectNode,
        ]),
      ),
    },
    entryIntoForce: pick('agreement.entryIntoForce', 'agreement.entryIntoForce.'),
    renewal: pick('agreement.renewal', 'agreement.renewal.'),
    decisionRule: pick('agreement.decisionRule', 'agreement.decisionRule.'),
    confidentialityYears: number('agreement.confidentialityYears', 'years'),
    dataController: pick('agreement.dataController', 'agreement.dataController.'),
    dataTransfersOutsideEu: bool('agreement.dataTransfers'),
    ipForeground: pick('agreement.ipForeground', 'agreement.ipForeground.'),
    noticeDays: number('agreement.noticeDays', 'days'),
    mediation: bool('agreement.mediation'),
    governingLaw: text('agreement.governingLaw'),
    forum: pick('agreement.forum', 'agreement.forum.'),
    venue: text('agreement.venue'),
    prevailingLanguage: { kind: 'value', label: 'agreement.prevailingLanguage', display: { as: 'language' } },
    annexes: { kind: 'rows', key: 'id', row: 'annex', max: 20, fields: { title: text('framework.title') } },
    signingPlace: text('agreement.signingPlace'),
    copies: number('agreement.copies', 'copies'),
    confirmedDateIssues: text('framework.confirmedDateIssues'),
    currency: text('agreement.currency'),
    budget: number('agreement.budget', 'money'),
    contributions: {
      kind: 'rows',
      key: 'id',
      row: 'contribution',
      max: LIMITS.rows,
      fields: {
        partnerId: partnerRef('agreement.contribution.partner'),
        kind: pick('agreement.contribution.kind', 'contributionKind.'),
        description: text('agreement.contribution.description'),
        amount: number('agreement.contribution.amount', 'money'),
        days: number('agreement.contribution.days', 'days'),
        dailyRate: number('agreement.contribution.dailyRate', 'money'),
      },
    },
    fundingSources: {
      kind: 'rows',
      key: 'id',
      row: 'fundingSource',
      max: 30,
      fields: {
        name: text('agreement.funding.name'),
        amount: number('agreement.funding.amount', 'money'),
        status: pick('agreement.funding.status', 'fundingStatus.'),
      },
    },
  },
};

/**
 * The project as the comparison and the lists of missing items see it. It is written out rather than inferred from the
 * data so that every field gets a readable label and keyed lists are known even when
 * empty; a test checks it covers every field of the schema.
 */
export const PROJECT_SHAPE: Record<string, { group: ShapeGroup; node: ShapeNode }> = {
  partners: {
    group: 'partners',
    node: {
      kind: 'object',
      fields: {
        title: text('partners.title'),
        partners: {
          kind: 'rows',
          key: 'id',
          row: 'partner',
          max: MAX_PARTNERS,
          fields: {
            name: text('partners.name'),
            kind: pick('partners.kind', 'partnerKind.'),
            country: text('partners.country'),
            city: text('partners.city'),
            contactName: text('partners.contactName'),
            contactRole: text('partners.contactRole'),
            contactEmail: text('partners.contactEmail'),
            contactPhone: text('partners.contactPhone'),
            contribution: text('partners.contribution'),
            offers: picks('partners.offers', 'offer.'),
            legal: {
              kind: 'object',
              label: 'partners.legal',
              fields: {
                shortName: text('partners.shortName'),
                legalForm: text('partners.legalForm'),
                registrationKind: pick('partners.registrationKind', 'registrationKind.'),
                registrationLabel: text('partners.registrationLabel'),
                registrationNumber: text('partners.registrationNumber'),
                registeredAddress: text('partners.registeredAddress'),
                representativeName: text('partners.representativeName'),
                representativeCapacity: text('partners.representativeCapacity'),
                representativeAuthority: text('partners.representativeAuthority'),
              },
            },
          },
        },
        expertiseNeeded: text('partners.expertiseNeeded'),
        zone: {
          kind: 'object',
          label: 'partners.zone',
          fields: {
            countries: text('partners.zoneCountries'),
            region: text('partners.zoneRegion'),
            setting: pick('partners.zoneSetting', 'setting.'),
            infrastructure: text('partners.zoneInfrastructure'),
          },
        },
        partnershipKinds: picks('partners.partnershipKinds', 'partnershipKind.'),
        partnershipSubtypes: picks('partners.partnershipSubtypes', 'rameauSubtype.'),
        otherPartnershipKind: text('partners.otherKind'),
        directions: picks('partners.directions', 'direction.'),
      },
    },
  },
  motivations: {
    group: 'motivations',
    node: {
      kind: 'object',
      fields: {
        byPartner: {
          kind: 'rows',
          key: 'partnerId',
          row: 'partnerEntry',
          max: LIMITS.list,
          fields: {
            motivations: text('motivations.motivations'),
            expectations: text('motivations.expectations'),
            returnOnInvestment: text('motivations.roi'),
            timeHorizon: pick('motivations.timeHorizon', 'timeHorizon.'),
            skills: text('motivations.skills'),
            contactsHere: text('motivations.contactsHere'),
            contactsThere: text('motivations.contactsThere'),
            values: picks('collab.field.values', 'value.'),
          },
        },
        sharedValues: picks('motivations.sharedValues', 'value.'),
        valuesStatement: text('motivations.valuesStatement'),
      },
    },
  },
  framework: {
    group: 'framework',
    node: {
      kind: 'object',
      fields: {
        purpose: text('framework.purpose'),
        roles: {
          kind: 'rows',
          key: 'partnerId',
          row: 'partnerEntry',
          max: LIMITS.list,
          fields: {
            role: text('framework.role'),
            commitments: text('framework.commitments'),
            money: text('framework.money'),
            staffTime: text('framework.staffTime'),
            goods: text('framework.goods'),
            expertise: text('framework.expertise'),
            validatedBy: text('framework.validatedBy'),
            validationDate: date('framework.validationDate'),
          },
        },
        governance: text('framework.governance'),
        steeringCommittee: text('framework.steeringCommittee'),
        communication: text('framework.communication'),
        logoUse: pick('framework.logoUse', 'logoUse.'),
        confidentiality: text('framework.confidentiality'),
        amendment: text('framework.amendment'),
        exit: text('framework.exit'),
        agreement: AGREEMENT_SHAPE,
      },
    },
  },
  followUp: {
    group: 'followUp',
    node: {
      kind: 'object',
      fields: {
        startDate: date('followUp.startDate'),
        endDate: date('followUp.endDate'),
        durationMonths: number('followUp.durationMonths', 'months'),
        reviewFrequency: pick('followUp.reviewFrequency', 'reviewFrequency.'),
        milestones: {
          kind: 'rows',
          key: 'id',
          row: 'milestone',
          max: LIMITS.rows,
          fields: {
            date: date('followUp.milestoneDate'),
            title: text('followUp.milestoneTitle'),
            partnerId: partnerRef('followUp.milestonePartner'),
          },
        },
        indicators: {
          kind: 'rows',
          key: 'id',
          row: 'indicator',
          max: LIMITS.rows,
          fields: { name: text('followUp.indicatorName'), target: text('followUp.indicatorTarget') },
        },
        difficultyProcess: text('followUp.difficultyProcess'),
      },
    },
  },
  impacts: {
    group: 'impacts',
    node: {
      kind: 'object',
      fields: {
        byPartner: {
          kind: 'rows',
          key: 'partnerId',
          row: 'partnerEntry',
          max: LIMITS.list,
          fields: { effects: picks('collab.field.effects', 'effect.'), other: text('collab.field.otherEffects') },
        },
        southImpacts: picks('impacts.south', 'southImpact.'),
        otherSouthImpacts: text('impacts.otherSouth'),
        risks: {
          kind: 'rows',
          key: 'id',
          row: 'risk',
          max: LIMITS.rows,
          fields: {
            catalogueId: { kind: 'value', label: 'collab.field.riskCatalogue', display: { as: 'riskCatalogue' } },
            category: pick('impacts.riskCategory', 'riskCategory.'),
            title: text('impacts.riskTitle'),
            description: text('impacts.riskDescription'),
            likelihood: pick('impacts.likelihood', 'riskScale.'),
            severity: pick('impacts.severity', 'riskScale.'),
            response: pick('impacts.response', 'riskResponse.'),
            mitigation: text('impacts.mitigation'),
            ownerId: partnerRef('impacts.owner'),
            reviewDate: date('impacts.reviewDate'),
            status: pick('impacts.status', 'riskStatus.'),
          },
        },
      },
    },
  },
  // Outside the signed content (see lib/fingerprint.ts): changing them keeps signatures.
  documentLanguage: {
    group: 'documents',
    node: { kind: 'value', label: 'review.documentLanguage', display: { as: 'language' } },
  },
  bilingualDocuments: {
    group: 'documents',
    node: { kind: 'value', label: 'collab.field.bilingual', display: { as: 'bool' } },
  },
  signatures: { group: 'signatures', node: { kind: 'rows', key: 'partnerId', row: 'signature', max: MAX_PARTNERS } },
};
