import type { DraftProject } from '../schemas/project.schema';
import { makeProject } from './test-fixtures';

/**
 * The fixture project with a full convention: every partner identified in law, a funding
 * plan in euros with staff time and skills sponsorship, sources of each status, clause
 * settings away from the defaults, one clause rewritten and one left out, two annexes.
 * Registration numbers are made up (valid format and check digit), not real organisations'.
 */
export function makeAgreementProject(): DraftProject {
  const base = makeProject();
  const legal: Record<string, Partial<DraftProject['partners']['partners'][number]['legal']>> = {
    asso: {
      shortName: 'SMT',
      legalForm: 'Association loi 1901',
      registrationKind: 'rna',
      registrationNumber: 'W443001234',
      registeredAddress: '12 rue des Salorges, 44000 Nantes',
      representativeName: 'Élise Kervarec',
      representativeCapacity: 'Présidente',
      representativeAuthority: 'délibération du conseil d’administration du 12 février 2026',
    },
    company: {
      shortName: 'Sel d’Œuvre',
      legalForm: 'SAS',
      registrationKind: 'siret',
      registrationNumber: '732 829 320 00074',
      registeredAddress: '3 route des Marais, 44350 Guérande',
      representativeName: 'Marie-Hélène Dupont-Delacroix',
      representativeCapacity: 'Directrice générale',
      representativeAuthority: 'statuts, article 14',
    },
    south: {
      shortName: 'Sao Biển',
      legalForm: 'Hợp tác xã (coopérative)',
      registrationKind: 'other',
      registrationLabel: 'Mã số hợp tác xã',
      registrationNumber: '0401234567',
      representativeName: 'Nguyễn Thị Lan',
      representativeCapacity: 'Gérante',
    },
  };
  return {
    ...base,
    partners: {
      ...base.partners,
      partners: base.partners.partners.map((p) => ({ ...p, legal: { ...p.legal, ...legal[p.id] } })),
    },
    framework: {
      ...base.framework,
      agreement: {
        ...base.framework.agreement,
        currency: 'EUR',
        budget: 100_000,
        contributions: [
          {
            id: 'c1',
            partnerId: 'asso',
            kind: 'staffTime',
            description: 'Missions de terrain',
            amount: null,
            days: 20,
            dailyRate: 450,
          },
          {
            id: 'c2',
            partnerId: 'company',
            kind: 'money',
            description: 'Fonds d’amorçage',
            amount: 30_000,
            days: null,
            dailyRate: null,
          },
          {
            id: 'c3',
            partnerId: 'company',
            kind: 'skillsSponsorship',
            description: 'Gestion et export',
            amount: null,
            days: 10,
            dailyRate: 600,
          },
          {
            id: 'c4',
            partnerId: 'south',
            kind: 'inKind',
            description: 'Marais et hangar',
            amount: 12_000,
            days: null,
            dailyRate: null,
          },
        ],
        fundingSources: [
          { id: 'f1', name: 'Région Pays de la Loire', amount: 20_000, status: 'granted' },
          { id: 'f2', name: 'Agence française de développement', amount: 25_000, status: 'sought' },
          { id: 'f3', name: 'Fondation Mer', amount: 10_000, status: 'refused' },
        ],
        confidentialityYears: 3,
        dataController: 'joint',
        dataTransfersOutsideEu: true,
        ipForeground: 'open',
        noticeDays: 45,
        governingLaw: '',
        forum: 'court',
        venue: 'tribunal judiciaire de Nantes',
        signingPlace: 'Nantes',
        copies: 3,
        annexes: [
          { id: 'a1', title: 'Budget prévisionnel détaillé' },
          { id: 'a2', title: 'Cahier des charges du sel solidaire' },
        ],
        clauses: {
          ...base.framework.agreement.clauses,
          forceMajeure: { mode: 'omit', text: '' },
          liability: {
            mode: 'custom',
            text: 'Chaque Partie répond de ses propres actes et souscrit les assurances utiles.',
          },
        },
      },
    },
  };
}
