import { describe, expect, it } from 'vitest';
import { completeProject } from '../../tests/fixtures/project';
import { emptyRisk } from '../domain/new-project';
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

describe('a risk written by hand starts with nothing chosen', () => {
  const impacts = () => structuredClone(completeProject().impacts);

  it('is a valid draft with no category, likelihood, severity or response', () => {
    const step = impacts();
    step.risks.push(emptyRisk({ title: 'Retard de livraison', mitigation: 'Stock tampon.', reviewDate: '2027-01-15' }));
    const parsed = draft.safeParse(step);
    expect(parsed.success).toBe(true);
    const added = parsed.success ? parsed.data.risks[1]! : null;
    expect(added).toMatchObject({ category: '', likelihood: '', severity: '', response: '' });
  });

  it('cannot be completed until each of the four is chosen, with one message per field', () => {
    const step = impacts();
    const ownerId = step.risks[0]!.ownerId;
    step.risks.push(emptyRisk({ title: 'Retard', mitigation: 'Stock tampon.', ownerId, reviewDate: '2027-01-15' }));
    expect(messages(complete.safeParse(step))).toEqual([
      'risks.1.category: errors.riskCategory',
      'risks.1.likelihood: errors.riskLikelihood',
      'risks.1.severity: errors.riskSeverity',
      'risks.1.response: errors.riskResponse',
    ]);
    step.risks[1] = { ...step.risks[1]!, category: 'financial', likelihood: 3, severity: 1, response: 'accept' };
    expect(messages(complete.safeParse(step))).toEqual([]);
  });

  it('keeps the values of risks that already have them', () => {
    const step = impacts();
    const parsed = draft.safeParse(step);
    expect(parsed.success && parsed.data.risks[0]).toEqual(step.risks[0]);
  });
});
