import { describe, expect, it } from 'vitest';
import { completeProject } from '../../tests/fixtures/project';
import { makeImpactsStepSchema } from './impacts.schema';

const complete = makeImpactsStepSchema('complete');
const draft = makeImpactsStepSchema('draft');
const messages = (r: ReturnType<typeof complete.safeParse>) =>
  r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);

describe('step 5 completeness: opportunities as well as risks', () => {
  const impacts = () => structuredClone(completeProject().impacts);

  it('is complete with an effect per partner, an impact in the South and a risk', () => {
    expect(messages(complete.safeParse(impacts()))).toEqual([]);
  });

  it('cannot be completed without an expected effect for each partner', () => {
    const step = impacts();
    step.byPartner[0]!.effects = [];
    step.byPartner[0]!.other = '';
    expect(messages(complete.safeParse(step))).toEqual(['byPartner.0.effects: guideUi.errors.effects']);
    // A written effect counts as much as a ticked one.
    step.byPartner[0]!.other = 'Une référence à l’export.';
    expect(complete.safeParse(step).success).toBe(true);
    step.byPartner = [];
    expect(messages(complete.safeParse(step))).toEqual(['byPartner: guideUi.errors.effects']);
  });

  it('cannot be completed without an impact in the South', () => {
    const step = impacts();
    step.southImpacts = [];
    step.otherSouthImpacts = '';
    expect(messages(complete.safeParse(step))).toEqual(['southImpacts: guideUi.errors.southImpacts']);
  });

  it('cannot be completed while a rating is still Cocharte’s suggestion', () => {
    const step = impacts();
    step.risks[0] = { ...step.risks[0]!, ratingSuggested: true };
    expect(messages(complete.safeParse(step))).toEqual(['risks.0.likelihood: guideUi.errors.confirmRating']);
  });

  it('lets a draft be saved with none of them', () => {
    expect(draft.safeParse({ byPartner: [], southImpacts: [], otherSouthImpacts: '', risks: [] }).success).toBe(true);
  });
});
