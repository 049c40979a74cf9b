import { describe, expect, it } from 'vitest';
import { propertyRuns } from './property-runs';

describe('property-test counts', () => {
  it('are full in CI, a tenth (at least 20) locally, and exactly what PROPERTY_RUNS asks', () => {
    expect(propertyRuns(7000, { CI: 'true' })).toBe(7000);
    expect(propertyRuns(7000, {})).toBe(700);
    expect(propertyRuns(200, {})).toBe(20);
    expect(propertyRuns(10, {})).toBe(10);
    expect(propertyRuns(7000, { PROPERTY_RUNS: 'full' })).toBe(7000);
    expect(propertyRuns(7000, { CI: 'true', PROPERTY_RUNS: '50' })).toBe(50);
    expect(() => propertyRuns(7000, { PROPERTY_RUNS: 'lots' })).toThrow(/PROPERTY_RUNS/);
  });
});
