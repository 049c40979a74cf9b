import { describe, expect, it } from 'vitest';
import type { WorkshopPair } from '../schemas/workshop.schema';
import { pairToOpen, planSessionImport } from './workshop-import';

const pair = (number: number): WorkshopPair => ({
  number,
  projectId: `p${number}`,
  name: `Binôme ${number}`,
  startedAt: '2026-11-30T09:00:00.000Z',
});
type Read = { ok: true; project: string } | { ok: false; error: string };

describe('what resuming a session file does with each pair’s project', () => {
  it('keeps those on this device, imports good copies, and names those without a copy or with a refused one', () => {
    const pairs = [pair(1), pair(2), pair(3), pair(4)];
    const copies = new Map<string, Read>([
      // Pair 1's copy is good, but its project is here: the copy is ignored.
      ['p1', { ok: true, project: 'copy of p1' }],
      ['p2', { ok: true, project: 'copy of p2' }],
      ['p3', { ok: false, error: 'import.damaged' }],
    ]);
    const plan = planSessionImport(pairs, new Set(['p1']), copies);
    expect(plan).toEqual({
      here: [pair(1)],
      importable: [{ pair: pair(2), read: { ok: true, project: 'copy of p2' } }],
      refused: [{ pair: pair(3), read: { ok: false, error: 'import.damaged' } }],
      noCopy: [pair(4)],
    });
  });

  it('keeps a project here even when its copy in the file is refused', () => {
    const plan = planSessionImport(
      [pair(1)],
      new Set(['p1']),
      new Map<string, Read>([['p1', { ok: false, error: 'x' }]]),
    );
    expect(plan.here).toEqual([pair(1)]);
    expect(plan.refused).toEqual([]);
  });

  it('opens the latest pair whose project is on this device, or none', () => {
    const pairs = [pair(1), pair(2), pair(3)];
    expect(pairToOpen(pairs, new Set(['p1', 'p2']))?.number).toBe(2);
    expect(pairToOpen(pairs, new Set(['p3', 'p1']))?.number).toBe(3);
    expect(pairToOpen(pairs, new Set())).toBeUndefined();
  });
});
