import { completeProject } from '../../tests/fixtures/project';
import { emptyRisk } from '../domain/new-project';
import type { DraftProject } from '../schemas/project.schema';

/** The shared fixture, with names the examples of the brief use (Afdi, a leak risk). */
export function baseProject(): DraftProject {
  const p = completeProject();
  return {
    ...p,
    partners: {
      ...p.partners,
      partners: p.partners.partners.map((x) => (x.id === 'asso' ? { ...x, name: 'Afdi' } : x)),
    },
    impacts: {
      ...p.impacts,
      risks: [
        ...p.impacts.risks,
        emptyRisk({
          id: 'r2',
          category: 'reputation',
          title: 'Fuite d’informations',
          likelihood: 2,
          severity: 2,
          response: 'reduce',
          mitigation: 'Clause de confidentialité.',
          ownerId: 'company',
          reviewDate: '2026-10-01',
        }),
      ],
    },
  };
}

/** A deep copy, so a test can edit the "received" version freely. */
export function copy(p: DraftProject): DraftProject {
  return structuredClone(p);
}

export { typedSignature as signature } from '../../tests/fixtures/project';
