import { completeProject } from '../../tests/fixtures/project';
import { emptyRisk } from '../schemas/new-project';
import type { DraftProject } from '../schemas/project.schema';
import type { Signature } from '../schemas/signature.schema';

/** The shared fixture, with names the examples of the brief use (Afdi, a leak risk). */
export function baseProject(): DraftProject {
  const p = completeProject();
  return {
    ...p,
    partners: { ...p.partners, partners: p.partners.partners.map((x) => (x.id === 'asso' ? { ...x, name: 'Afdi' } : x)) },
    impacts: {
      ...p.impacts,
      risks: [
        ...p.impacts.risks,
        emptyRisk({ id: 'r2', category: 'reputation', title: 'Fuite d’informations', mitigation: 'Clause de confidentialité.', ownerId: 'company', reviewDate: '2026-10-01' }),
      ],
    },
  };
}

/** A deep copy, so a test can edit the "received" version freely. */
export function copy(p: DraftProject): DraftProject {
  return structuredClone(p);
}

export function signature(partnerId: string): Signature {
  return {
    partnerId,
    signatoryName: 'Élise Guérin',
    signatoryTitle: 'Présidente',
    place: 'Nantes',
    date: '2026-03-01',
    method: 'typed',
    fingerprint: 'a'.repeat(64),
    signedAt: '2026-03-01T10:00:00.000Z',
  };
}
