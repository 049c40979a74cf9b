// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { completeProject } from '../../tests/fixtures/project';
import { canBeSigned, checkStep, isProjectComplete, isStepComplete, missingItems } from './completeness';
import { withIllustrativeFactsReplaced } from './hints';
import { createEmptyProject, emptyRisk } from './new-project';
import { STEP_IDS } from '../content/catalogues';
import { stepSchemas } from '../schemas/project.schema';
import { placeStatus } from './progress';

describe('a project started from a worked example', () => {
  const fromExample = { ...completeProject(), illustrativeExample: 'terrena-afdi-cobsac' };

  it('cannot be signed while its illustrative facts are not said to be replaced, though whole', () => {
    expect(isProjectComplete(fromExample)).toBe(true);
    expect(canBeSigned(fromExample)).toBe(false);
    expect(missingItems(fromExample)).toEqual([
      { step: 'partners', path: 'illustrativeExample', message: 'errors.illustrativeExample' },
    ]);
  });

  it('can be once the partners say they replaced them', () => {
    const cleared = withIllustrativeFactsReplaced(fromExample);
    expect(canBeSigned(cleared)).toBe(true);
    expect(missingItems(cleared)).toEqual([]);
  });
});

describe('what the step list says', () => {
  it('never calls a step complete while the review lists a point to settle in it', () => {
    const base = completeProject();
    // A milestone dated before the partnership starts: confirmed in the framework's term clause.
    const milestones = [{ id: 'm0', date: '2025-09-30', title: 'Lancement', partnerId: '' }];
    const contradicting = { ...base, followUp: { ...base.followUp, milestones } };
    expect(missingItems(contradicting).map((m) => m.step)).toEqual(['framework']);
    expect(placeStatus(contradicting, 'framework')).toBe('incomplete');
    expect(placeStatus(contradicting, 'followUp')).toBe('complete');
    const fromExample = { ...base, illustrativeExample: 'terrena-afdi-cobsac' };
    expect(placeStatus(fromExample, 'partners')).toBe('incomplete');
    expect(placeStatus(base, 'framework')).toBe('complete');
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

describe('a project just created', () => {
  it('has no step its complete schema accepts, which the stepper knows without parsing one', () => {
    // What `unfilled` takes for granted, checked here against each schema.
    for (const step of STEP_IDS) expect(checkStep(step, createEmptyProject()[step]).success, step).toBe(false);
    const parse = vi.spyOn(stepSchemas.complete.partners, 'safeParse');
    const project = createEmptyProject();
    expect(isProjectComplete(project)).toBe(false);
    expect(placeStatus(project, 'partners')).toBe('incomplete');
    expect(parse).not.toHaveBeenCalled();
    // Once the partners type, the step is checked again.
    const typed = { ...project.partners, title: 'Riz équitable' };
    expect(isStepComplete('partners', typed)).toBe(false);
    expect(parse).toHaveBeenCalledOnce();
    parse.mockRestore();
  });
});
