// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { slugify } from './slugify';

describe('file names', () => {
  it('are ASCII, lower-case and hyphenated', () => {
    expect(slugify('Hợp tác xã Sao Biển — Œuvre & Sol')).toBe('hop-tac-xa-sao-bien-oeuvre-sol');
  });

  it('end at a whole word when the title is too long, never in the middle of one', () => {
    const title = 'Paludiers du Monde : une gamme commune avec les paludiers du Sud';
    const slug = slugify(title);
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toBe('paludiers-du-monde-une-gamme-commune-avec-les-paludiers-du');
    // A single word longer than the limit is still cut, at the limit.
    expect(slugify('a'.repeat(80))).toHaveLength(60);
  });
});
