import { describe, expect, it } from 'vitest';
import { LIMITS } from '../schemas/fields';
import { workshopSessionSchema } from '../schemas/workshop.schema';
import { addPair, newWorkshop, nextPairNumber, pairOf, pairTitle } from './workshop';

const now = new Date('2026-11-29T09:00:00Z');

describe('workshop session', () => {
  it('numbers pairs in the order they start, never reusing a number', () => {
    let s = newWorkshop();
    expect(nextPairNumber(s)).toBe(1);
    s = addPair(s, 'a', ' Terrena et Afdi ', now);
    s = addPair(s, 'b', '', now);
    expect(s.pairs.map((p) => [p.number, p.name])).toEqual([
      [1, 'Terrena et Afdi'],
      [2, ''],
    ]);
    const withoutFirst = { ...s, pairs: s.pairs.slice(1) };
    expect(nextPairNumber(withoutFirst)).toBe(3);
    expect(pairOf(s, 'b')?.number).toBe(2);
    expect(workshopSessionSchema.safeParse(s).success).toBe(true);
  });

  it('titles a pair’s project with its number and name', () => {
    expect(pairTitle(3, 'Lagazel et EdM', 'Binôme')).toBe('Binôme 3 — Lagazel et EdM');
    expect(pairTitle(4, '  ', 'Pair')).toBe('Pair 4');
  });

  it('cuts a pair name too long for a project title, so the new project’s title is valid at once', () => {
    // The name field takes 200 characters, as many as a title: « Binôme 3 — » made it 211.
    const long = pairTitle(3, 'Coopérative '.repeat(20), 'Binôme');
    expect(long.length).toBeLessThanOrEqual(LIMITS.short);
    expect(long).toMatch(/^Binôme 3 — Coopérative Coopérative .*\S…$/);
    // A Vietnamese name typed with combining accents is cut between letters, not inside one.
    const decomposed = 'Hợp tác xã Nông nghiệp '.normalize('NFD').repeat(12);
    const vietnamese = pairTitle(12, decomposed, 'Binôme');
    expect(vietnamese.length).toBeLessThanOrEqual(LIMITS.short);
    expect(vietnamese.endsWith('…')).toBe(true);
    expect(vietnamese.at(-2)).not.toMatch(/\p{M}/u);
    const kept = vietnamese.slice(0, -1);
    expect(decomposed.startsWith(kept.slice('Binôme 12 — '.length))).toBe(true);
    // Names that fit are kept whole.
    const fits = 'x'.repeat(LIMITS.short - 'Binôme 3 — '.length);
    expect(pairTitle(3, fits, 'Binôme')).toBe(`Binôme 3 — ${fits}`);
  });
});
