// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { localDay } from './local-day';

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe('the day a signatory dates their signature', () => {
  it('is the day where they are, not the UTC day', () => {
    const evening = new Date('2026-03-01T20:00:00Z');
    process.env.TZ = 'Asia/Ho_Chi_Minh';
    expect(localDay(evening)).toBe('2026-03-02');
    process.env.TZ = 'America/Lima';
    expect(localDay(new Date('2026-03-02T02:00:00Z'))).toBe('2026-03-01');
    process.env.TZ = 'Europe/Paris';
    expect(localDay(evening)).toBe('2026-03-01');
  });
});
