import { contentFingerprint } from '../domain/fingerprint';
import type { DraftProject } from '../schemas/project.schema';
import { emptyAgreement, emptyLegalIdentity } from '../schemas/agreement.schema';

/** A 48×16 PNG stroke, standing in for a signature drawn on the pad. */
export const TINY_SIGNATURE_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADAAAAAQCAYAAABQrvyxAAAAg0lEQVR4nNWWuw3AIAxEPQRDZMRsTzoKhAK+jyUKGmS9uxMGHO154+blhPdpXRNgNm4NUm1eHqKyZSwhHOaVteUBXPW/AVgQakYRorMg1gStHURPKnqZ1kZByouIsEY9AnK857B2BuQeDTL/yNg/AdnHgaT2NsAO5DIPaTNHWh1kWfcBfWirj3U1vcoAAAAASUVORK5CYII=';

export const NAMES = {
  association: 'Solidarité Mer & Terre',
  company: 'Coopérative Sel d’Œuvre SAS',
  southern: 'Hợp tác xã Sao Biển',
  arabicContact: 'جمعية الأمل',
  signatoryAssociation: 'Élise Kervarec',
  signatoryCompany: 'François Le Dû',
} as const;

const NBSP = '\u00a0';

/** A complete three-partner project (association, company, southern cooperative), unsigned. */
export function makeProject(): DraftProject {
  return {
    id: 'fixture-1',
    createdAt: '2026-01-10T09:00:00.000Z',
    updatedAt: '2026-03-02T10:00:00.000Z',
    documentLanguage: 'fr',
    bilingualDocuments: false,
    visited: ['partners', 'motivations', 'framework', 'followUp', 'impacts'],
    partners: {
      title: 'Filière de sel solidaire Guérande–Đà Nẵng',
      partners: [
        {
          id: 'asso',
          name: NAMES.association,
          kind: 'association',
          country: 'France',
          city: 'Nantes',
          contactName: 'Élise Kervarec',
          contactRole: 'Présidente',
          contactEmail: 'elise@smt.example.org',
          contribution: `Connaissance du terrain, accompagnement à la certification et suivi des prix d’achat équitables («${NBSP}juste prix${NBSP}»).`,
          offers: [],
          legal: emptyLegalIdentity(),
        },
        {
          id: 'company',
          name: NAMES.company,
          kind: 'company',
          country: 'France',
          city: 'Guérande',
          contactName: 'François Le Dû',
          contactRole: 'Directeur général',
          contactEmail: 'f.ledu@seldoeuvre.example.com',
          contribution: 'Achat d’une partie de la récolte, logistique d’export, mécénat de compétences en gestion.',
          offers: [],
          legal: emptyLegalIdentity(),
        },
        {
          id: 'south',
          name: NAMES.southern,
          kind: 'southern',
          country: 'Việt Nam',
          city: 'Đà Nẵng',
          contactName: NAMES.arabicContact,
          contactRole: 'Coordinatrice',
          contactEmail: 'lien@saobien.example.vn',
          contribution: 'Production du sel, formation des sauniers, gestion des marais.',
          offers: [],
          legal: emptyLegalIdentity(),
        },
      ],
      expertiseNeeded: 'Savoir-faire salicole, certification biologique, logistique maritime.',
      zone: {
        countries: 'Việt Nam',
        region: 'Quảng Nam – Đà Nẵng',
        setting: 'rural',
        infrastructure: 'Accès routier aux marais, entrepôt sec.',
      },
      partnershipKinds: ['skills-sponsorship', 'economic-cooperation'],
      partnershipSubtypes: [],
      otherPartnershipKind: '',
      directions: ['import'],
    },
    motivations: {
      byPartner: [
        {
          partnerId: 'asso',
          motivations: 'Sécuriser le revenu des sauniers et valoriser leur savoir-faire.',
          expectations: 'Un engagement de l’entreprise sur au moins trois ans.',
          returnOnInvestment: '',
          timeHorizon: 'over-5y',
          skills: 'Animation de filières, certification.',
          contactsHere: 'Élise Kervarec',
          contactsThere: 'Nguyễn Thị Lan',
          values: ['solidarity', 'fair-sharing'],
        },
        {
          partnerId: 'company',
          motivations: `Diversifier l’approvisionnement et donner du sens au travail des équipes${NBSP}; œuvrer pour une filière durable.`,
          expectations: 'Des volumes réguliers et une qualité constante.',
          returnOnInvestment: 'Gamme «\u00a0Sel du monde\u00a0» rentable en trois ans.',
          timeHorizon: '3-5y',
          skills: 'Conditionnement, commercialisation.',
          contactsHere: 'François Le Dû',
          contactsThere: '',
          values: ['professionalism'],
        },
        {
          partnerId: 'south',
          motivations: 'Accéder à un marché stable et former les jeunes sauniers.',
          expectations: 'Un prix d’achat garanti.',
          returnOnInvestment: '',
          timeHorizon: 'over-5y',
          skills: 'Récolte traditionnelle du sel.',
          contactsHere: '',
          contactsThere: 'Nguyễn Thị Lan',
          values: ['local-ownership'],
        },
      ],
      sharedValues: ['solidarity', 'transparency', 'fair-sharing'],
      valuesStatement: `Les partenaires s’engagent à œuvrer ensemble dans le respect mutuel${NBSP}: chacun garde sa liberté d’action.`,
    },
    framework: {
      purpose:
        'Construire une filière de sel solidaire entre les marais de Đà Nẵng et le marché français, au bénéfice des sauniers.',
      roles: [
        {
          partnerId: 'asso',
          role: 'Animation et suivi de la filière.',
          commitments: 'Deux missions de terrain par an.',
          money: '',
          staffTime: '20 jours par an',
          goods: '',
          expertise: 'Certification biologique',
          validatedBy: 'Conseil d’administration',
          validationDate: '2026-02-10',
        },
        {
          partnerId: 'company',
          role: 'Achat et commercialisation.',
          commitments: 'Acheter 40 tonnes par an au prix convenu.',
          money: '15\u00a0000\u00a0€ par an',
          staffTime: '',
          goods: 'Sacs de conditionnement',
          expertise: '',
          validatedBy: 'Comité de direction',
          validationDate: '2026-02-12',
        },
        {
          partnerId: 'south',
          role: 'Production et formation.',
          commitments: 'Livrer un sel conforme au cahier des charges.',
          money: '',
          staffTime: '',
          goods: '',
          expertise: 'Savoir-faire salicole',
          validatedBy: 'Assemblée des membres',
          validationDate: '2026-02-20',
        },
      ],
      governance: 'Un comité de pilotage réunit les trois partenaires chaque semestre, en visioconférence.',
      steeringCommittee: 'Un représentant par partenaire ; décisions au consensus.',
      communication: 'Toute communication publique sur le partenariat est relue par les trois partenaires.',
      logoUse: 'with-approval',
      confidentiality: 'Les prix d’achat restent confidentiels.',
      amendment: 'La charte peut être modifiée par avenant signé de tous les partenaires.',
      exit: 'Un partenaire peut se retirer avec un préavis de six mois, en accompagnant la transition.',
      agreement: emptyAgreement(),
    },
    followUp: {
      startDate: '2026-04-01',
      endDate: '2029-03-31',
      durationMonths: 36,
      reviewFrequency: 'half-yearly',
      milestones: [
        { id: 'm1', date: '2026-06-15', title: 'Première mission de terrain', partnerId: 'asso' },
        { id: 'm2', date: '2026-11-30', title: 'Première récolte achetée', partnerId: 'company' },
        { id: 'm3', date: '2027-06-01', title: 'Certification biologique obtenue', partnerId: 'south' },
      ],
      indicators: [
        { id: 'i1', name: 'Revenu moyen des sauniers', target: '+20 % en trois ans' },
        { id: 'i2', name: 'Tonnes achetées', target: '40 t par an' },
      ],
      difficultyProcess: 'Toute difficulté est signalée au comité de pilotage, qui se réunit sous un mois.',
    },
    impacts: {
      byPartner: [
        { partnerId: 'asso', effects: ['skills'], other: '' },
        {
          partnerId: 'company',
          effects: ['reputation', 'ethical-quality'],
          other: 'Motivation des équipes de production.',
        },
        { partnerId: 'south', effects: ['business-model'], other: '' },
      ],
      southImpacts: ['producer-income', 'know-how'],
      otherSouthImpacts: '',
      risks: [
        {
          id: 'r1',
          catalogueId: '',
          category: 'financial',
          title: 'Chute du prix du sel',
          description: 'Baisse des cours mondiaux.',
          likelihood: 2,
          severity: 3,
          response: 'share',
          mitigation: 'Prix plancher garanti dans le contrat d’achat.',
          ownerId: 'company',
          reviewDate: '2026-10-01',
          status: 'open',
        },
        {
          id: 'r2',
          catalogueId: '',
          category: 'context',
          title: 'Typhon sur les marais',
          description: 'Destruction des bassins de récolte.',
          likelihood: 3,
          severity: 4,
          response: 'reduce',
          mitigation: 'Fonds de réserve et calendrier de récolte adapté.',
          ownerId: 'south',
          reviewDate: '2026-09-01',
          status: 'open',
        },
        {
          id: 'r3',
          catalogueId: '',
          category: 'relationship',
          title: 'Départ de la personne référente',
          description: '',
          likelihood: 2,
          severity: 2,
          response: 'reduce',
          mitigation: 'Deux référents par partenaire.',
          ownerId: 'asso',
          reviewDate: '2027-01-15',
          status: 'in-hand',
        },
        {
          id: 'r4',
          catalogueId: '',
          category: 'reputation',
          title: 'Accusation de «\u00a0social washing\u00a0»',
          description: 'Communication jugée excessive.',
          likelihood: 1,
          severity: 3,
          response: 'avoid',
          mitigation: 'Relecture croisée de toute communication.',
          ownerId: 'asso',
          reviewDate: '2026-12-01',
          status: 'open',
        },
      ],
    },
    signatures: [],
  };
}

/** The fixture signed by the association (drawn) and the company (typed), not by the southern partner. */
export async function makeSignedProject(): Promise<{ project: DraftProject; fingerprint: string }> {
  const project = makeProject();
  const fingerprint = await contentFingerprint(project);
  project.signatures = [
    {
      partnerId: 'asso',
      signatoryName: NAMES.signatoryAssociation,
      signatoryTitle: 'Présidente',
      place: 'Nantes',
      date: '2026-03-05',
      method: 'drawn',
      image: TINY_SIGNATURE_PNG,
      fingerprint,
      signedAt: '2026-03-05T10:00:00.000Z',
    },
    {
      partnerId: 'company',
      signatoryName: NAMES.signatoryCompany,
      signatoryTitle: 'Directeur général',
      place: 'Guérande',
      date: '2026-03-06',
      method: 'typed',
      fingerprint,
      signedAt: '2026-03-06T15:30:00.000Z',
    },
  ];
  return { project, fingerprint };
}
