// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { completeProject } from '../../tests/fixtures/project';
import { canBeSigned, isProjectComplete, missingItems } from './completeness';
import { withIllustrativeFactsReplaced } from './hints';
import { emptyRisk } from './new-project';

describe('a project started from a worked example', () => {
  const fromExample = { ...completeProject(), illustrativeExample: 'terrena-afdi-cobsac' };

  it('cannot be signed while its illustrative facts are not said to be replaced, though whole', () => {
    expect(isProjectComplete(fromExample)).toBe(true);
    expect(canBeSigned(fromExample)).toBe(false);
    expect(missingItems(fromExample)).toEqual([{ step: 'partners', path: '', message: 'errors.illustrativeExample' }]);
  });

  it('can be once the partners say they replaced them', () => {
    const cleared = withIllustrativeFactsReplaced(fromExample);
    expect(canBeSigned(cleared)).toBe(true);
    expect(missingItems(cleared)).toEqual([]);
  });
});

describe('a risk added by hand, its choices left open', () => {
  it('keeps the charter from being signed and names each missing choice', () => {
    const p = completeProject();
    const owner = p.impacts.risks[0]!.ownerId;
    const added = emptyRisk({ title: 'Retard', mitigation: 'Stock tampon.', ownerId: owner, reviewDate: '2027-01-15' });
    const project = { ...p, impacts: { ...p.impacts, risks: [...p.impacts.risks, added] } };
    expect(canBeSigned(project)).toBe(false);
    expect(missingItems(project)).toEqual([
      { step: 'impacts', path: 'risks.1.category', message: 'errors.riskCategory' },
      { step: 'impacts', path: 'risks.1.likelihood', message: 'errors.riskLikelihood' },
      { step: 'impacts', path: 'risks.1.severity', message: 'errors.riskSeverity' },
      { step: 'impacts', path: 'risks.1.response', message: 'errors.riskResponse' },
    ]);
  });
});
