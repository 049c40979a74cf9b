// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { draftRiskLevel, riskLevel, riskScore } from './risk-rating';

describe('a risk’s rating', () => {
  it('scores likelihood × severity and reads the level from the score', () => {
    expect(riskScore({ likelihood: 3, severity: 4 })).toBe(12);
    expect(riskLevel({ likelihood: 3, severity: 4 })).toBe('critical');
    expect(riskLevel({ likelihood: 2, severity: 4 })).toBe('high');
    expect(riskLevel({ likelihood: 2, severity: 2 })).toBe('medium');
    expect(riskLevel({ likelihood: 1, severity: 3 })).toBe('low');
  });

  it('has no level while the likelihood or the severity is still to choose', () => {
    expect(draftRiskLevel({ likelihood: '', severity: 4 })).toBeNull();
    expect(draftRiskLevel({ likelihood: 4, severity: 4 })).toBe('critical');
  });
});
