import { describe, expect, it } from 'vitest';
import type { Hint } from '../domain/hints';
import { sameHints, todayIso } from './use-hints';

const hint = (over: Partial<Hint> = {}): Hint => ({
  id: 'riskNoOwner:r1',
  step: 'impacts',
  severity: 'warning',
  messageKey: 'guide.hint.riskNoOwner',
  vars: { risk: 'A' },
  ...over,
});

describe('useHints helpers', () => {
  it('treats hints with the same content as equal, so components do not re-render', () => {
    expect(sameHints([hint()], [hint()])).toBe(true);
    expect(sameHints([], [])).toBe(true);
    expect(sameHints([hint({ vars: undefined })], [hint({ vars: undefined })])).toBe(true);
  });

  it('sees a changed variable, id, severity or length', () => {
    expect(sameHints([hint()], [hint({ vars: { risk: 'B' } })])).toBe(false);
    expect(sameHints([hint()], [hint({ vars: undefined })])).toBe(false);
    expect(sameHints([hint()], [hint({ id: 'riskNoOwner:r2' })])).toBe(false);
    expect(sameHints([hint()], [hint({ severity: 'info' })])).toBe(false);
    expect(sameHints([hint()], [hint(), hint({ id: 'x' })])).toBe(false);
  });

  it('gives today as a local calendar day', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(todayIso(new Date(2026, 11, 31, 0, 1))).toBe('2026-12-31');
  });
});
