// @vitest-environment node
import { createStore, get, set, type UseStore } from 'idb-keyval';
import { memoryLocalStorage } from '../testing/memory-local-storage';
import { describe, expect, it } from 'vitest';
import { createEmptyProject } from '../domain/new-project';
import type { RequestStatus } from '../schemas/request-status.schema';
import { createProjectStore, requestsKey } from './project-store';
import { createRequestStatusStore } from './request-statuses';

let dbCount = 0;
const freshIdb = (): UseStore => createStore(`cocharte-requests-test-${(dbCount += 1)}`, 'projects');

const FP = 'a'.repeat(64);
const asked: RequestStatus = {
  kind: 'asked',
  fingerprint: FP,
  at: '2026-03-02T10:00:00+01:00',
  link: 'https://x.test/#sign=abc',
};
const declined: RequestStatus = {
  kind: 'declined',
  fingerprint: FP,
  at: '2026-03-03T09:30:00+01:00',
  by: 'Marc Lefèvre',
  reason: 'Le budget n’est pas validé.',
};

describe('statuses of signing by link, kept on the device', () => {
  it('finds what was written again through a new store (a reload), per project', async () => {
    const idb = freshIdb();
    const ok = await createRequestStatusStore(idb).write('p1', { company: asked, south: declined });
    expect(ok).toBe(true);
    const reloaded = createRequestStatusStore(idb);
    expect(await reloaded.read('p1')).toEqual({ company: asked, south: declined });
    expect(await reloaded.read('p2')).toEqual({});
  });

  it('ignores a damaged entry instead of throwing, keeping the statuses that still read', async () => {
    const idb = freshIdb();
    await set(requestsKey('p1'), 'not statuses', idb);
    await expect(createRequestStatusStore(idb).read('p1')).resolves.toEqual({});
    await set(
      requestsKey('p1'),
      { company: { ...asked, fingerprint: 'nope' }, south: declined, 'bad id!': asked },
      idb,
    );
    await expect(createRequestStatusStore(idb).read('p1')).resolves.toEqual({ south: declined });
  });

  it('answers instead of throwing when the device has no storage, or refuses to write', async () => {
    const none = createRequestStatusStore(null);
    await expect(none.read('p1')).resolves.toEqual({});
    await expect(none.write('p1', {})).resolves.toBe(false);
    const broken: UseStore = () => Promise.reject(new Error('IndexedDB is gone'));
    await expect(createRequestStatusStore(broken).read('p1')).resolves.toEqual({});
    await expect(createRequestStatusStore(broken).write('p1', {})).resolves.toBe(false);
  });

  it('keeps what was written when the page goes away before IndexedDB has it (a reload right after)', async () => {
    const mirror = memoryLocalStorage();
    const left = mirror.map;
    const idb = freshIdb();
    // The page is gone before the write answers: IndexedDB never gets it.
    const going: UseStore = (mode, callback) =>
      mode === 'readwrite' ? new Promise(() => undefined) : idb(mode, callback);
    void createRequestStatusStore(going, mirror).write('p1', { south: declined });
    await expect(createRequestStatusStore(idb, mirror).read('p1')).resolves.toEqual({ south: declined });

    // Once IndexedDB has it, the copy goes and IndexedDB answers.
    expect(await createRequestStatusStore(idb, mirror).write('p1', { company: asked })).toBe(true);
    expect(left.size).toBe(0);
    await expect(createRequestStatusStore(idb, mirror).read('p1')).resolves.toEqual({ company: asked });
  });

  it('goes when its project is deleted', async () => {
    const idb = freshIdb();
    const projects = createProjectStore(idb);
    const project = createEmptyProject();
    await projects.save(project, 'partners');
    await createRequestStatusStore(idb).write(project.id, { company: asked });
    expect((await projects.remove(project.id)).ok).toBe(true);
    expect(await get(requestsKey(project.id), idb)).toBeUndefined();
  });
});
