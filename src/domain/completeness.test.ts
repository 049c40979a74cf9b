// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { completeProject } from '../../tests/fixtures/project';
import { isProjectComplete, missingItems } from './completeness';
import { withIllustrativeFactsReplaced } from './hints';

describe('a project started from a worked example', () => {
  const fromExample = { ...completeProject(), illustrativeExample: 'terrena-afdi-cobsac' };

  it('cannot be signed while its illustrative facts are not said to be replaced', () => {
    expect(isProjectComplete(fromExample)).toBe(false);
    expect(missingItems(fromExample)).toEqual([{ step: 'partners', path: '', message: 'errors.illustrativeExample' }]);
  });

  it('can be once the partners say they replaced them', () => {
    const cleared = withIllustrativeFactsReplaced(fromExample);
    expect(isProjectComplete(cleared)).toBe(true);
    expect(missingItems(cleared)).toEqual([]);
  });
});
