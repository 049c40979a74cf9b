import { describe, expect, it } from 'vitest';
import { completeProject } from '../../tests/fixtures/project';
import { isProjectComplete } from './completeness';
import { createEmptyProject } from './new-project';
import { placeStatus } from './progress';
import { warmUpStepChecks } from './warm-up';

describe('the idle warm-up of the first step’s checks', () => {
  it('changes no answer: a new project stays incomplete, a complete one complete, the stepper as before', () => {
    warmUpStepChecks();
    warmUpStepChecks();
    const fresh = createEmptyProject(new Date('2026-11-30T10:00:00Z'));
    expect(isProjectComplete(fresh)).toBe(false);
    expect(placeStatus(fresh, 'partners')).toBe('incomplete');
    expect(placeStatus(fresh, 'review')).toBe('unvisited');
    expect(isProjectComplete(completeProject())).toBe(true);
  });
});
