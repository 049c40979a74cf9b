// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { contributionValue, timeBasis } from './agreement-funding';

describe('a contribution’s value', () => {
  it('is days × daily rate for time given, its amount otherwise', () => {
    const time = { kind: 'staffTime', amount: 999, days: 10, dailyRate: 400 } as const;
    expect(timeBasis(time)).toEqual({ days: 10, dailyRate: 400 });
    expect(contributionValue(time)).toBe(4000);
    const money = { kind: 'money', amount: 1500, days: 10, dailyRate: 400 } as const;
    expect(timeBasis(money)).toBeNull();
    expect(contributionValue(money)).toBe(1500);
  });

  it('is not valued while the days or the rate of time given are missing', () => {
    const missing = { kind: 'skillsSponsorship', amount: null, days: 5, dailyRate: null } as const;
    expect(timeBasis(missing)).toBeNull();
    expect(contributionValue(missing)).toBeNull();
  });
});
