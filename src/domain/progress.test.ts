// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { completeProject } from '../../tests/fixtures/project';
import { openingPlace, visitedSteps } from './visited';

describe('the steps opened', () => {
  it('count each step once, in the guide’s order', () => {
    expect(visitedSteps({ visited: ['framework', 'partners', 'framework'] })).toEqual(['partners', 'framework']);
  });

  it('open a project on the review once all five were opened, on step 1 otherwise', () => {
    const project = completeProject();
    expect(openingPlace(project)).toBe('review');
    expect(openingPlace({ ...project, visited: ['partners', 'partners', 'partners', 'partners', 'partners'] })).toBe(
      'partners',
    );
  });
});
