import { fingerprintOf } from '../domain/content-hash';
import { draftProjectSchema } from '../schemas/project.schema';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createStore, set, type UseStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { completeProject, typedSignature } from '../../tests/fixtures/project';
import { createEmptyProject } from '../domain/new-project';
import type { DraftProject } from '../schemas/project.schema';
import { type LegacyStorage, migrateLocalStorage } from './migrate-local-storage';
import { createProjectStore, recordKey, summaryKey, warmUp } from './project-store';
import { summarize } from './summarize';
import { nextReviewDate } from '../domain/record-schedule';
import { reviewedProject } from '../testing/record-fixtures';

let dbCount = 0;
/** A fresh IndexedDB database (fake-indexeddb) for each test. */
function freshIdb(): UseStore {
  dbCount += 1;
  return createStore(`cocharte-test-${dbCount}`, 'projects');
}

/** An IndexedDB store that reads but refuses every write, as a full disk does. */
function fullIdb(idb: UseStore): UseStore {
  return (mode, callback) => {
    if (mode === 'readwrite')
      return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    return idb(mode, callback);
  };
}

function legacyStorage(entries: [string, string][]): LegacyStorage & { data: Map<string, string> } {
  const data = new Map(entries);
  return {
    data,
    get length() {
      return data.size;
    },
    key: (i) => [...data.keys()][i] ?? null,
    getItem: (k) => data.get(k) ?? null,
    removeItem: (k) => void data.delete(k),
  };
}

const releaseStore = () =>
  JSON.parse(readFileSync(join(process.cwd(), 'tests/fixtures/legacy-store/localstorage-0.1.json'), 'utf8')) as [
    string,
    string,
  ][];

function project(id: string, title: string, updatedAt = '2026-01-01T00:00:00.000Z'): DraftProject {
  const p = createEmptyProject(new Date(updatedAt));
  return { ...p, id, updatedAt, partners: { ...p.partners, title } };
}

describe('the project store (IndexedDB)', () => {
  it('saves a project and loads it back on the same step, signatures included', async () => {
    const store = createProjectStore(freshIdb());
    const base = completeProject();
    const p = { ...base, signatures: [{ ...typedSignature('asso'), fingerprint: fingerprintOf(base) }] };
    expect(await store.save(p, 'framework')).toEqual({ ok: true });
    expect(await store.load(p.id)).toEqual({ ok: true, stored: { project: p, place: 'framework' } });
    const list = await store.list();
    expect(list.ok && list.projects.map((s) => [s.id, s.signatures])).toEqual([[p.id, 1]]);
    // A signature given on another text is kept but not counted as signed in the list.
    await store.save({ ...p, signatures: [typedSignature('asso')] }, 'framework');
    const again = await store.list();
    expect(again.ok && again.projects.map((s) => s.signatures)).toEqual([0]);
  });

  it('lists each project’s record in a few figures, and still lists a summary written before them', async () => {
    const idb = freshIdb();
    const store = createProjectStore(idb);
    const reviewed = await reviewedProject();
    await store.save(reviewed, 'review');
    const list = await store.list();
    expect(list.ok && list.projects[0]!.record).toEqual({
      coSigned: true,
      reviews: 2,
      amendments: 0,
      nextReview: nextReviewDate(reviewed),
      closed: '',
    });
    // A summary from the release before the record was summarised.
    const { record: _record, ...older } = summarize(reviewed, 'review');
    await set(summaryKey(reviewed.id), older, idb);
    const again = await store.list();
    expect(again.ok && again.projects.map((s) => [s.id, s.record])).toEqual([[reviewed.id, undefined]]);
  });

  it('lists the newest first and deletes one project without touching the others', async () => {
    const store = createProjectStore(freshIdb());
    await store.save(project('a', 'Ancien', '2026-01-01T00:00:00.000Z'), 'partners');
    await store.save(project('b', 'Récent', '2026-02-01T00:00:00.000Z'), 'partners');
    let list = await store.list();
    expect(list.ok && list.projects.map((s) => s.title)).toEqual(['Récent', 'Ancien']);
    await store.remove('b');
    list = await store.list();
    expect(list.ok && list.projects.map((s) => s.title)).toEqual(['Ancien']);
    expect(await store.load('b')).toEqual({ ok: false, reason: 'missing' });
  });

  it('one damaged entry hides only itself, and the next save keeps every other project', async () => {
    const idb = freshIdb();
    const store = createProjectStore(idb);
    await store.save(project('a', 'Premier'), 'partners');
    await store.save(project('b', 'Deuxième'), 'partners');
    // A damaged summary falls back on its record; a damaged record is listed as unreadable.
    await set(summaryKey('a'), { nonsense: true }, idb);
    await set(recordKey('c'), '{"version":1,"place":"partn', idb);
    let list = await store.list();
    expect(list).toEqual({
      ok: true,
      projects: expect.arrayContaining([
        expect.objectContaining({ title: 'Premier' }),
        expect.objectContaining({ title: 'Deuxième' }),
      ]),
      unreadable: [{ id: 'c', reason: 'damaged' }],
    });
    await store.save(project('d', 'Troisième'), 'partners');
    list = await store.list();
    expect(list.ok && list.projects.map((s) => s.title).sort()).toEqual(['Deuxième', 'Premier', 'Troisième']);
    expect(list.ok && list.unreadable).toEqual([{ id: 'c', reason: 'damaged' }]);
  });

  it('says why a record cannot be opened, and keeps it', async () => {
    const idb = freshIdb();
    const store = createProjectStore(idb);
    await set(recordKey('newer'), { version: 999, place: 'partners', project: {} }, idb);
    await set(recordKey('broken'), { version: 1, place: 'partners', project: { id: 'broken' } }, idb);
    expect(await store.load('newer')).toEqual({ ok: false, reason: 'newer' });
    expect(await store.load('broken')).toEqual({ ok: false, reason: 'damaged' });
    expect(await store.readRaw([recordKey('broken')])).toEqual([
      { version: 1, place: 'partners', project: { id: 'broken' } },
    ]);
  });

  it('still lists the projects when storage is full, and says a save failed for lack of space', async () => {
    const idb = freshIdb();
    await createProjectStore(idb).save(project('a', 'Gardé'), 'partners');
    const full = createProjectStore(fullIdb(idb));
    const list = await full.list();
    expect(list.ok && list.projects.map((s) => s.title)).toEqual(['Gardé']);
    expect(await full.save(project('b', 'Nouveau'), 'partners')).toEqual({ ok: false, reason: 'full' });
  });

  it('reads back a write the full disk refused, unless another tab stored a newer copy since', async () => {
    const idb = freshIdb();
    await createProjectStore(idb).save(project('a', 'Gardé'), 'partners');
    const full = createProjectStore(fullIdb(idb));
    expect(await full.save(project('a', 'Refusé', '2026-02-01T00:00:00.000Z'), 'framework')).toEqual({
      ok: false,
      reason: 'full',
    });
    const kept = await full.load('a');
    expect(kept.ok && [kept.stored.project.partners.title, kept.stored.place]).toEqual(['Refusé', 'framework']);
    // Another tab, with room, wrote the project later: its copy is the one read.
    await createProjectStore(idb).save(project('a', 'Autre onglet', '2026-03-01T00:00:00.000Z'), 'partners');
    const newer = await full.load('a');
    expect(newer.ok && newer.stored.project.partners.title).toBe('Autre onglet');
  });

  it('says storage is unavailable when the browser has no IndexedDB', async () => {
    const store = createProjectStore(null);
    expect(await store.list()).toEqual({ ok: false, reason: 'unavailable' });
    expect(await store.save(project('a', 'x'), 'partners')).toEqual({ ok: false, reason: 'unavailable' });
  });
});

describe('the migration from localStorage (release 0.1)', () => {
  it('moves every project of a store written by the previous release, drawn signatures included', async () => {
    const legacy = legacyStorage(releaseStore());
    const before = new Map(legacy.data);
    const store = createProjectStore(freshIdb());
    const result = await migrateLocalStorage(legacy, store);
    expect(result).toEqual({
      ok: true,
      migrated: expect.arrayContaining(['legacy-signed', 'legacy-draft', 'legacy-review']),
      current: 'legacy-draft',
    });
    const list = await store.list();
    expect(list.ok && list.projects.map((s) => s.title)).toEqual([
      'Filière « riz équitable » Loire – Đà Nẵng',
      'Filière « riz équitable » Loire – Đà Nẵng',
      'Brouillon « jardins partagés » — Lomé',
    ]);
    for (const id of ['legacy-signed', 'legacy-draft', 'legacy-review']) {
      const loaded = await store.load(id);
      const old = JSON.parse(before.get(`cocharte.project.${id}`)!) as { project: DraftProject; place: string };
      // Nothing lost: every field the old release wrote comes back as it was; fields added
      // since (the agreement, the record…) arrive with their defaults.
      expect(loaded).toEqual({
        ok: true,
        stored: { project: draftProjectSchema.parse(old.project), place: old.place },
      });
      expect(loaded.ok && loaded.stored.project).toMatchObject(old.project);
    }
    const signed = await store.load('legacy-signed');
    expect(signed.ok && signed.stored.project.signatures.map((s) => [s.method, s.image?.slice(0, 22)])).toEqual([
      ['drawn', 'data:image/png;base64,'],
      ['drawn', 'data:image/png;base64,'],
      ['drawn', 'data:image/png;base64,'],
    ]);
    // Projects leave localStorage; preferences stay there.
    expect([...legacy.data.keys()].sort()).toEqual(['cocharte.guidance', 'cocharte.locale']);
  });

  it('loses nothing when the old list or a record is damaged', async () => {
    const entries = releaseStore().map(([k, v]): [string, string] =>
      k === 'cocharte.projects' ? [k, '[{"id": 42}, "nonsense"'] : [k, v],
    );
    entries.push(['cocharte.project.half-written', '{"version":1,"place":"partners","proj']);
    const store = createProjectStore(freshIdb());
    const result = await migrateLocalStorage(legacyStorage(entries), store);
    expect(result.ok).toBe(true);
    const list = await store.list();
    expect(list.ok && list.projects).toHaveLength(3);
    expect(list.ok && list.unreadable).toEqual([{ id: 'half-written', reason: 'damaged' }]);
    // The damaged text is kept as it was, for whoever can repair it.
    expect(await store.readRaw([recordKey('half-written')])).toEqual(['{"version":1,"place":"partners","proj']);
  });

  it('leaves localStorage untouched when IndexedDB refuses the copy, and tries again later', async () => {
    const legacy = legacyStorage(releaseStore());
    const idb = freshIdb();
    expect(await migrateLocalStorage(legacy, createProjectStore(fullIdb(idb)))).toEqual({ ok: false, reason: 'full' });
    expect(legacy.data.size).toBe(releaseStore().length);
    const again = await migrateLocalStorage(legacy, createProjectStore(idb));
    expect(again.ok && again.migrated).toHaveLength(3);
  });

  it('never replaces a newer copy already in IndexedDB with the older one from localStorage', async () => {
    const store = createProjectStore(freshIdb());
    const newer = project('legacy-draft', 'Édité après une migration interrompue', '2027-01-01T00:00:00.000Z');
    await store.save(newer, 'framework');
    await migrateLocalStorage(legacyStorage(releaseStore()), store);
    const loaded = await store.load('legacy-draft');
    expect(loaded.ok && loaded.stored.project.partners.title).toBe('Édité après une migration interrompue');
  });

  it('does nothing on a device that never used the previous release', async () => {
    const store = createProjectStore(freshIdb());
    expect(await migrateLocalStorage(legacyStorage([['cocharte.locale', 'en']]), store)).toEqual({
      ok: true,
      migrated: [],
      current: null,
    });
  });
});

describe('warming up the database', () => {
  it('opens it at once (one empty read) and hands the same store on', async () => {
    const calls: string[] = [];
    const idb = ((mode: IDBTransactionMode, callback: (store: IDBObjectStore) => unknown) => {
      calls.push(mode);
      return Promise.resolve(callback({} as IDBObjectStore));
    }) as UseStore;
    expect(warmUp(idb)).toBe(idb);
    expect(calls).toEqual(['readonly']);
    expect(warmUp(null)).toBeNull();
  });

  it('leaves a failure to the first real read (no unhandled rejection)', async () => {
    const idb = (() => Promise.reject(new DOMException('blocked', 'UnknownError'))) as UseStore;
    const store = createProjectStore(warmUp(idb));
    expect(await store.list()).toEqual({ ok: false, reason: 'unavailable' });
  });
});
