import { describe, expect, it } from 'vitest';
import { completeProject } from '../../tests/fixtures/project';
import { addPair, newWorkshop } from '../domain/workshop';
import type { DraftProject } from '../schemas/project.schema';
import { MAX_WORKSHOP_FILE_BYTES, parseWorkshopFile, serializeWorkshop } from './workshop-file';

const at = new Date('2026-11-30T09:00:00Z');
const project = (id: string): DraftProject => ({ ...completeProject(), id });

function savedSession() {
  let session = { ...newWorkshop(), minutes: 35 };
  session = addPair(session, 'p1', 'Terrena et Afdi', at);
  session = addPair(session, 'p2', 'Lagazel et EdM', at);
  session = addPair(session, 'p3', '', at);
  // Pair 2's project was no longer on the device when the file was written.
  return serializeWorkshop(session, (id) => (id === 'p2' ? null : project(id)), at);
}

describe('a workshop’s session file read back', () => {
  it('gives back the pairs (numbers, names, projects, start times) and the step length', () => {
    const read = parseWorkshopFile(savedSession());
    expect(read).toEqual({
      ok: true,
      session: {
        active: true,
        minutes: 35,
        pairs: [
          { number: 1, projectId: 'p1', name: 'Terrena et Afdi', startedAt: at.toISOString() },
          { number: 2, projectId: 'p2', name: 'Lagazel et EdM', startedAt: at.toISOString() },
          { number: 3, projectId: 'p3', name: '', startedAt: at.toISOString() },
        ],
      },
    });
  });

  it('reads a file saved before the step length and the pairs’ ids were written in it', () => {
    const old = JSON.parse(savedSession()) as { minutes?: number; pairs: { projectId?: string }[] };
    delete old.minutes;
    for (const p of old.pairs) delete p.projectId;
    const read = parseWorkshopFile(JSON.stringify(old));
    if (!read?.ok) throw new Error('refused');
    expect(read.session.minutes).toBe(20);
    // Pair 2's project was not in the file: its id is unknown, it cannot be linked again.
    expect(read.session.pairs.map((p) => p.projectId)).toEqual(['p1', 'p3']);
    expect(read.unlinked).toEqual([{ number: 2, name: 'Lagazel et EdM' }]);
  });

  it('is no session file when it is not one (a project file, other JSON, not JSON)', () => {
    expect(parseWorkshopFile(JSON.stringify({ format: 'cocharte-project', schemaVersion: 2, project: {} }))).toBeNull();
    expect(parseWorkshopFile('[1, 2]')).toBeNull();
    expect(parseWorkshopFile('null')).toBeNull();
    expect(parseWorkshopFile('not json')).toBeNull();
  });

  it('refuses a damaged or hostile session file, and one from a later release', () => {
    const good = JSON.parse(savedSession()) as Record<string, unknown> & { pairs: Record<string, unknown>[] };
    const damaged = (change: (f: typeof good) => void) => {
      const copy = structuredClone(good);
      change(copy);
      return parseWorkshopFile(JSON.stringify(copy));
    };
    const refused = { ok: false, error: 'workshop.file.damaged' };
    expect(damaged((f) => (f.pairs = 'all' as never))).toEqual(refused);
    expect(damaged((f) => (f.pairs[0]!.number = -1))).toEqual(refused);
    expect(damaged((f) => (f.pairs[0]!.name = 'x'.repeat(100_000)))).toEqual(refused);
    expect(damaged((f) => (f.pairs[1]!.projectId = 'p1'))).toEqual(refused);
    expect(damaged((f) => (f.pairs[1]!.number = 1))).toEqual(refused);
    expect(damaged((f) => (f.minutes = 100_000))).toEqual(refused);
    expect(damaged((f) => (f.pairs = Array.from({ length: 1000 }, () => f.pairs[0]!)))).toEqual(refused);
    expect(damaged((f) => (f.pairs[0]!.file = { project: { id: { $gt: '' } } }))).toEqual(refused);
    expect(damaged((f) => (f.version = 2))).toEqual({ ok: false, error: 'workshop.file.newer' });
  });

  it('refuses a file past the size limit before reading it', () => {
    const huge = `{"format":"cocharte-workshop","pad":"${'x'.repeat(MAX_WORKSHOP_FILE_BYTES)}"}`;
    expect(parseWorkshopFile(huge)).toEqual({ ok: false, error: 'workshop.file.tooLarge' });
  });
});
