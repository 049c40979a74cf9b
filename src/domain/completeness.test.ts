// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { completeProject } from '../../tests/fixtures/project';
import { canBeSigned, isProjectComplete, missingItems } from './completeness';
import { withIllustrativeFactsReplaced } from './hints';

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
