import { describe, expect, it } from 'vitest';
import { email, isoDate, text } from './fields';

describe('field schemas', () => {
  it('share one schema per set of options (built once, however many fields use it)', () => {
    expect(text('complete', { required: true })).toBe(text('complete', { required: true }));
    expect(isoDate('draft')).toBe(isoDate('draft', { required: false }));
    expect(email('complete', { required: true })).toBe(email('complete', { required: true }));
    expect(text('complete', { required: true })).not.toBe(text('complete'));
    expect(text('draft', { max: 200 })).not.toBe(text('draft'));
  });

  it('still apply each set of options: required, the limit, the draft slack', () => {
    expect(text('complete', { required: true }).safeParse('  ').success).toBe(false);
    expect(text('complete').safeParse('').success).toBe(true);
    expect(text('complete', { max: 3 }).safeParse('abcd').success).toBe(false);
    expect(text('draft', { max: 3, required: true }).safeParse('abcd').success).toBe(true);
    expect(isoDate('complete', { required: true }).safeParse('').success).toBe(false);
    expect(isoDate('draft', { required: true }).safeParse('').success).toBe(true);
  });
});
