import { describe, expect, it } from 'vitest';
import { LIMITS } from '../schemas/fields';
import { workshopSessionSchema } from '../schemas/workshop.schema';
import { pairNameMax } from './pair-name';
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

  it('takes a pair name only as long as its project title can be', () => {
    for (const [number, word] of [
      [3, 'Binôme'],
      [12, 'Binôme'],
      [7, 'Pair'],
    ] as const) {
      const longest = 'x'.repeat(pairNameMax(number, word));
      expect(pairTitle(number, longest, word)).toHaveLength(LIMITS.short);
    }
    expect(pairNameMax(3, 'Binôme')).toBe(LIMITS.short - 'Binôme 3 — '.length);
  });
});
