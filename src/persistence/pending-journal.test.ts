import { createStore, set, type UseStore } from 'idb-keyval';
import { memoryLocalStorage } from '../testing/memory-local-storage';
import { describe, expect, it } from 'vitest';
import { createEmptyProject } from '../domain/new-project';
import type { DraftProject } from '../schemas/project.schema';
import { PROJECT_SCHEMA_VERSION } from '../schemas/schema-version';
import { clearPending, isNewer, readPending, replayPending, writePending } from './pending-journal';
import { createProjectStore, recordKey } from './project-store';

const record = (updatedAt: string) => ({ version: 2, place: 'partners', project: { id: 'p1', updatedAt } });

describe('the pending journal', () => {
  it('keeps what a page left and reads it back with its time, ignoring other keys', () => {
    const storage = memoryLocalStorage();
    storage.setItem('cocharte.locale', '"fr"');
    expect(writePending(storage, 'p1', record('2026-11-30T10:00:00.000Z'))).toBe(true);
    expect(readPending(storage)).toEqual([
      { id: 'p1', record: record('2026-11-30T10:00:00.000Z'), updatedAt: '2026-11-30T10:00:00.000Z' },
    ]);
    clearPending(storage, 'p1');
    expect(readPending(storage)).toEqual([]);
    expect(storage.getItem('cocharte.locale')).toBe('"fr"');
  });

  it('says false when storage is full, and never throws', () => {
    const storage = memoryLocalStorage();
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    expect(writePending(storage, 'p1', record('2026-11-30T10:00:00.000Z'))).toBe(false);
    expect(writePending(null, 'p1', record('2026-11-30T10:00:00.000Z'))).toBe(false);
  });

  it('reads a damaged entry as never newer than the store', () => {
    const storage = memoryLocalStorage();
    storage.setItem('cocharte.pending.p2', '{not json');
    const [entry] = readPending(storage);
    expect(entry).toEqual({ id: 'p2', record: null, updatedAt: '' });
    expect(isNewer(entry!, null)).toBe(false);
  });

  it('replaces the stored copy only when newer, or when there is none', () => {
    const entry = { id: 'p1', record: null, updatedAt: '2026-11-30T10:00:01.000Z' };
    expect(isNewer(entry, '2026-11-30T10:00:00.000Z')).toBe(true);
    expect(isNewer(entry, '2026-11-30T10:00:01.000Z', new Date('2026-11-30T10:01:00Z'))).toBe(false);
    expect(isNewer(entry, '2026-11-30T10:00:02.000Z', new Date('2026-11-30T10:01:00Z'))).toBe(false);
    expect(isNewer(entry, null)).toBe(true);
  });
});

let dbCount = 0;
const freshIdb = (): UseStore => createStore(`cocharte-journal-${++dbCount}`, 'projects');
const at = (iso: string, title: string): DraftProject => ({
  ...createEmptyProject(new Date('2026-11-30T09:00:00Z'), 'fr'),
  id: 'p1',
  updatedAt: iso,
  partners: { ...createEmptyProject(new Date('2026-11-30T09:00:00Z'), 'fr').partners, title },
});
const left = (project: DraftProject) => ({ version: PROJECT_SCHEMA_VERSION, place: 'partners', project });

describe('replaying the journal at start-up', () => {
  it('stores what a page left when it is newer than the stored copy, then forgets it', async () => {
    const store = createProjectStore(freshIdb());
    await store.save(at('2026-11-30T10:00:00.000Z', 'Avant'), 'partners');
    const journal = memoryLocalStorage();
    writePending(journal, 'p1', left(at('2026-11-30T10:00:05.000Z', 'Avant la fin')));
    await replayPending(store, journal);
    const got = await store.load('p1');
    expect(got.ok && got.stored.project.partners.title).toBe('Avant la fin');
    expect(readPending(journal)).toEqual([]);
  });

  it('restores a project the store never received (a new project reloaded at once)', async () => {
    const store = createProjectStore(freshIdb());
    const journal = memoryLocalStorage();
    writePending(journal, 'p1', left(at('2026-11-30T10:00:05.000Z', 'Tout neuf')));
    await replayPending(store, journal);
    const got = await store.load('p1');
    expect(got.ok && got.stored.project.partners.title).toBe('Tout neuf');
  });

  it('never replaces a newer stored copy with an older entry, and drops the entry', async () => {
    const store = createProjectStore(freshIdb());
    await store.save(at('2026-11-30T10:00:09.000Z', 'Plus récent'), 'partners');
    const journal = memoryLocalStorage();
    writePending(journal, 'p1', left(at('2026-11-30T10:00:05.000Z', 'Plus ancien')));
    await replayPending(store, journal, new Date('2026-11-30T10:01:00Z'));
    const got = await store.load('p1');
    expect(got.ok && got.stored.project.partners.title).toBe('Plus récent');
    expect(readPending(journal)).toEqual([]);
  });

  it('keeps the last edits of a project received from a device whose clock runs ahead', async () => {
    // The partner's file says it was saved at 11:00; here it is 10:00 when it is opened, and
    // the keys typed at 10:00:05, just before a reload, are what the page left.
    const store = createProjectStore(freshIdb());
    await store.save(at('2026-11-30T11:00:00.000Z', 'Reçu'), 'partners');
    const journal = memoryLocalStorage();
    writePending(journal, 'p1', left(at('2026-11-30T10:00:05.000Z', 'Reçu puis corrigé')));
    await replayPending(store, journal, new Date('2026-11-30T10:00:10Z'));
    const got = await store.load('p1');
    expect(got.ok && got.stored.project.partners.title).toBe('Reçu puis corrigé');
  });

  it('keeps the entry when the store cannot take it (full) or cannot read its own copy', async () => {
    const idb = freshIdb();
    const full: UseStore = (mode, callback) =>
      mode === 'readwrite' ? Promise.reject(new DOMException('quota', 'QuotaExceededError')) : idb(mode, callback);
    const journal = memoryLocalStorage();
    writePending(journal, 'p1', left(at('2026-11-30T10:00:05.000Z', 'À garder')));
    await replayPending(createProjectStore(full), journal);
    expect(readPending(journal)).toHaveLength(1);

    await set(recordKey('p1'), '{damaged', idb);
    await replayPending(createProjectStore(idb), journal);
    expect(readPending(journal)).toHaveLength(1);
    expect((await createProjectStore(idb).load('p1')).ok).toBe(false);
  });

  it('drops an entry that does not read as a project, or names another one', async () => {
    const store = createProjectStore(freshIdb());
    const journal = memoryLocalStorage();
    writePending(journal, 'p1', { version: PROJECT_SCHEMA_VERSION, place: 'partners', project: { id: 'p1' } });
    writePending(journal, 'p2', left(at('2026-11-30T10:00:05.000Z', 'Autre')));
    await replayPending(store, journal);
    expect(readPending(journal)).toEqual([]);
    expect((await store.load('p1')).ok).toBe(false);
    expect((await store.load('p2')).ok).toBe(false);
  });
});
