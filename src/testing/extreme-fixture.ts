import type { PartnerKind } from '../content/catalogues';
import { RISK_CATEGORIES } from '../content/catalogues';
import type { DraftProject } from '../schemas/project.schema';
import { makeProject, TINY_SIGNATURE_PNG } from './test-fixtures';
import { emptyLegalIdentity } from '../schemas/agreement.schema';

const NBSP = '\u00a0';
export const EMOJI = '🤝';

const PARTNERS: Array<[string, PartnerKind, string]> = [
  ['Solidarité Mer & Terre', 'association', 'France'],
  ['Coopérative Sel d’Œuvre SAS', 'company', 'France'],
  ['Hợp tác xã Sao Biển', 'southern', 'Việt Nam'],
  ['جمعية الأمل للتنمية', 'southern', 'Maroc'],
  ['Région Pays de la Loire', 'public', 'France'],
  ['Université de Nantes — Laboratoire «\u00a0Mer\u00a0»', 'research', 'France'],
  [`Atelier Nguyễn Thị Minh Khai ${EMOJI}`, 'company', 'Việt Nam'],
  ['Œuvres d’Entraide du Littoral', 'other', 'Sénégal'],
];

/** A 5,000-character French paragraph with ’, « », œ and no-break spaces. */
export function longFrenchText(): string {
  const sentence = `Les partenaires s’engagent à œuvrer ensemble («${NBSP}pas à pas${NBSP}»)${NBSP}: chacun rend compte de ses actions${NBSP}; rien n’est caché${NBSP}! Qui décide${NBSP}? Le comité, au consensus. `;
  let text = '';
  let i = 1;
  while (text.length < 5000) text += `${i++}. ${sentence}`;
  return text.slice(0, 5000).trimEnd();
}

function isoDay(start: string, plusDays: number): string {
  const d = new Date(`${start}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + plusDays);
  return d.toISOString().slice(0, 10);
}

/** The largest project the schemas allow in practice: 8 partners, 40 risks, 30 milestones. */
export function makeExtremeProject(): DraftProject {
  const base = makeProject();
  const ids = PARTNERS.map((_, i) => `p${i + 1}`);
  const project: DraftProject = {
    ...base,
    id: 'extreme-1',
    partners: {
      ...base.partners,
      title: `Alliance «${NBSP}Sel & Solidarité${NBSP}» — Đà Nẵng, Dakhla, Saint-Louis`,
      partners: PARTNERS.map(([name, kind, country], i) => ({
        id: ids[i]!,
        name,
        kind,
        country,
        city: i === 3 ? 'الداخلة' : 'Đà Nẵng',
        contactName: i === 3 ? 'جمعية الأمل' : `Contact n°${i + 1}`,
        contactRole: 'Coordination',
        contactEmail: `contact${i + 1}@example.org`,
        contactPhone: '',
        contribution: `Apport du partenaire ${i + 1}${NBSP}: temps, savoir-faire et réseau.`,
        offers: [],
        legal: emptyLegalIdentity(),
      })),
    },
    motivations: {
      ...base.motivations,
      byPartner: ids.map((id, i) => ({
        partnerId: id,
        motivations: `Motivation ${i + 1}${NBSP}: œuvrer pour une filière équitable.`,
        expectations: 'Des échanges réguliers.',
        returnOnInvestment: '',
        timeHorizon: '3-5y',
        skills: 'Savoir-faire',
        contactsHere: '',
        contactsThere: '',
        values: ['solidarity'],
      })),
    },
    framework: {
      ...base.framework,
      purpose: longFrenchText(),
      roles: ids.map((id, i) => ({
        partnerId: id,
        role: `Rôle du partenaire ${i + 1}.`,
        commitments: 'Engagements annuels.',
        money: '',
        staffTime: '10 jours',
        goods: '',
        expertise: '',
        validatedBy: 'Bureau',
        validationDate: '2026-02-10',
      })),
    },
    followUp: {
      ...base.followUp,
      startDate: '2026-01-01',
      endDate: '2030-12-31',
      durationMonths: 60,
      reviewFrequency: 'quarterly',
      milestones: Array.from({ length: 30 }, (_, i) => ({
        id: `m${i + 1}`,
        date: isoDay('2026-01-15', i * 58),
        title: `Jalon ${i + 1}${NBSP}: étape «${NBSP}${i % 2 ? 'récolte' : 'formation'}${NBSP}»`,
        partnerId: ids[i % 8]!,
      })),
    },
    impacts: {
      ...base.impacts,
      byPartner: ids.map((id) => ({ partnerId: id, effects: ['skills'], other: '' })),
      risks: Array.from({ length: 40 }, (_, i) => ({
        id: `r${i + 1}`,
        catalogueId: '',
        category: RISK_CATEGORIES[i % RISK_CATEGORIES.length]!,
        title: `Risque ${i + 1}${NBSP}: ${i === 7 ? `perte de confiance ${EMOJI}` : i === 9 ? 'départ de Nguyễn Văn Đức' : i === 11 ? 'retard chez جمعية الأمل' : 'aléa de la filière'}`,
        description:
          i % 3 === 0
            ? 'Description détaillée du risque, avec ses causes et ses effets probables sur les partenaires.'
            : '',
        likelihood: (i % 4) + 1,
        severity: ((i * 3) % 4) + 1,
        response: 'reduce',
        mitigation: `Mesure ${i + 1}${NBSP}: suivi trimestriel.`,
        ownerId: ids[i % 8]!,
        reviewDate: isoDay('2026-03-01', i * 30),
        status: 'open',
      })),
    },
    signatures: [],
  };
  return project;
}

/** Signatures for the extreme project, half drawn, half typed, on the given fingerprint. */
export function signAll(project: DraftProject, fingerprint: string): DraftProject {
  return {
    ...project,
    signatures: project.partners.partners.map((p, i) => ({
      partnerId: p.id,
      signatoryName: i === 3 ? 'جمعية الأمل' : `Signataire ${i + 1} Nguyễn`,
      signatoryTitle: 'Président(e)',
      place: 'Nantes',
      date: '2026-03-05',
      method: i % 2 ? 'typed' : 'drawn',
      ...(i % 2 ? {} : { image: TINY_SIGNATURE_PNG }),
      fingerprint,
      signedAt: '2026-03-05T10:00:00.000Z',
    })),
  };
}
