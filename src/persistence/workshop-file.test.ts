import { createStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { completeProject } from '../../tests/fixtures/project';
import { addPair, newWorkshop } from '../domain/workshop';
import type { DraftProject } from '../schemas/project.schema';
import { memoryProjectStore } from '../testing/memory-project-store';
import { sealedProject } from '../testing/sealed-project';
import { createProjectStore, type ProjectStore } from './project-store';
import {
  MAX_WORKSHOP_FILE_BYTES,
  importPairProjects,
  parseWorkshopFile,
  readPairCopies,
  serializeWorkshop,
} from './workshop-file';

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
    expect(read).toMatchObject({
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
    // The copies of pairs 1 and 3 are kept as written, for the project file's reader.
    if (!read?.ok) throw new Error('refused');
    expect([...read.copies.keys()]).toEqual(['p1', 'p3']);
    expect(read.copies.get('p1')).toMatchObject({ format: 'cocharte-project', project: { id: 'p1' } });
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

/** A session file of one pair whose copy in the file is changed by `edit`, read back. */
function copyOf(edit: (file: Record<string, unknown> & { project: Record<string, unknown> }) => void) {
  const text = serializeWorkshop(addPair(newWorkshop(), 'p1', 'Terrena et Afdi', at), project, at);
  const raw = JSON.parse(text) as { pairs: { file: Record<string, unknown> & { project: Record<string, unknown> } }[] };
  edit(raw.pairs[0]!.file);
  const read = parseWorkshopFile(JSON.stringify(raw));
  if (!read?.ok) throw new Error('refused');
  return read.copies;
}

describe('a pair’s copy read from a session file', () => {
  it('is read as an imported project file is: checked, older versions migrated, texts cleaned', async () => {
    const read = await readPairCopies(
      copyOf((f) => {
        // Saved by the first release: no partnership record yet.
        f.schemaVersion = 1;
        delete f.project.record;
        (f.project.partners as { title: string }).title = 'Binôme\u200b 1\u0007';
      }),
      ['p1'],
    );
    const got = read.get('p1');
    if (!got?.ok) throw new Error('refused');
    expect(got.project.record).toEqual({ reviews: [], amendments: [], closing: null });
    expect(got.project.partners.title).toBe('Binôme 1');
  });

  it('is refused with the reason when damaged, past a limit, from a later release or of another project', async () => {
    const reason = async (edit: Parameters<typeof copyOf>[0]) => {
      const got = (await readPairCopies(copyOf(edit), ['p1'])).get('p1');
      return got && !got.ok ? got.error : 'imported';
    };
    expect(await reason((f) => (f.project.visited = 'all'))).toBe('import.damaged');
    expect(await reason((f) => (f.format = 'other'))).toBe('import.notProject');
    expect(await reason((f) => (f.schemaVersion = 99))).toBe('import.newerVersion');
    expect(await reason((f) => ((f.project.partners as { title: string }).title = 'x'.repeat(200_000)))).toBe(
      'import.tooLong',
    );
    expect(await reason((f) => (f.pad = 'x'.repeat(6 * 1024 * 1024)))).toBe('import.tooLarge');
    // Its pair names project p1; the copy claims another id.
    const other = JSON.parse(serializeWorkshop(addPair(newWorkshop(), 'p1', '', at), project, at));
    other.pairs[0].file.project.id = 'p9';
    const read = parseWorkshopFile(JSON.stringify(other));
    if (!read?.ok) throw new Error('refused');
    expect((await readPairCopies(read.copies, ['p1'])).get('p1')).toEqual({
      ok: false,
      error: 'workshop.file.copyOtherProject',
    });
  });

  it('leaves out a signature changed after it was given, and names it', async () => {
    const { project: sealed } = await sealedProject();
    const text = serializeWorkshop(addPair(newWorkshop(), sealed.id, '', at), () => sealed, at);
    const raw = JSON.parse(text);
    raw.pairs[0].file.project.signatures[1].signatoryName = 'Quelqu’un d’autre';
    const read = parseWorkshopFile(JSON.stringify(raw));
    if (!read?.ok) throw new Error('refused');
    const got = (await readPairCopies(read.copies, [sealed.id])).get(sealed.id);
    if (!got?.ok) throw new Error('refused');
    expect(got.setAside).toEqual([{ partnerId: 'company', signatoryName: 'Quelqu’un d’autre', amendment: null }]);
    expect(got.project.signatures.map((s) => s.partnerId)).toEqual(['asso', 'south']);
  });

  it('reads only the pairs asked for, and none without a copy', async () => {
    const read = parseWorkshopFile(savedSession());
    if (!read?.ok) throw new Error('refused');
    expect([...(await readPairCopies(read.copies, ['p2', 'p3'])).keys()]).toEqual(['p3']);
  });
});

describe('importing the pairs’ copies into this device', () => {
  it('saves the missing projects, and never overwrites one kept here, readable or not', async () => {
    const { store, records } = memoryProjectStore();
    const local = { ...project('p1'), partners: { ...project('p1').partners, title: 'Plus récent ici' } };
    await store.save(local, 'impacts');
    records.set('p3', { version: 2, place: 'partners', project: { id: 'p3', damaged: true } });
    const announced: string[] = [];
    const done = await importPairProjects(store, [project('p1'), project('p2'), project('p3')], (m) =>
      announced.push(m.projectId),
    );
    expect(done).toEqual({ imported: ['p2'], kept: ['p1', 'p3'], failed: [] });
    expect(announced).toEqual(['p2']);
    const p1 = await store.load('p1');
    expect(p1.ok && p1.stored).toEqual({ project: local, place: 'impacts' });
    const p2 = await store.load('p2');
    // Every step opened: it opens on the review, as a project file does.
    expect(p2.ok && p2.stored).toEqual({ project: project('p2'), place: 'review' });
  });

  it('says which pairs the storage refused, and writes nothing of them', async () => {
    const real = createProjectStore(createStore('workshop-import-full', 'projects'));
    // Room for one project only.
    let room = 1;
    const full: ProjectStore = {
      ...real,
      save: async (p, at) => (room-- > 0 ? real.save(p, at) : { ok: false, reason: 'full' }),
    };
    const done = await importPairProjects(full, [project('a'), project('b'), project('c')]);
    expect(done).toEqual({
      imported: ['a'],
      kept: [],
      failed: [
        { projectId: 'b', reason: 'full' },
        { projectId: 'c', reason: 'full' },
      ],
    });
    expect((await real.load('b')).ok).toBe(false);
    const none = createProjectStore(null);
    expect(await importPairProjects(none, [project('a')])).toEqual({
      imported: [],
      kept: [],
      failed: [{ projectId: 'a', reason: 'unavailable' }],
    });
  });
});
