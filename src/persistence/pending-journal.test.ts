import { describe, expect, it } from 'vitest';
import { clearPending, isNewer, type JournalStorage, readPending, writePending } from './pending-journal';

function memoryStorage(): JournalStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
    key: (i) => [...map.keys()][i] ?? null,
    get length() {
      return map.size;
    },
  };
}

const record = (updatedAt: string) => ({ version: 2, place: 'partners', project: { id: 'p1', updatedAt } });

describe('the pending journal', () => {
  it('keeps what a page left and reads it back with its time, ignoring other keys', () => {
    const storage = memoryStorage();
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
    const storage = memoryStorage();
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    expect(writePending(storage, 'p1', record('2026-11-30T10:00:00.000Z'))).toBe(false);
    expect(writePending(null, 'p1', record('2026-11-30T10:00:00.000Z'))).toBe(false);
  });

  it('reads a damaged entry as never newer than the store', () => {
    const storage = memoryStorage();
    storage.setItem('cocharte.pending.p2', '{not json');
    const [entry] = readPending(storage);
    expect(entry).toEqual({ id: 'p2', record: null, updatedAt: '' });
    expect(isNewer(entry!, null)).toBe(false);
  });

  it('replaces the stored copy only when newer, or when there is none', () => {
    const entry = { id: 'p1', record: null, updatedAt: '2026-11-30T10:00:01.000Z' };
    expect(isNewer(entry, '2026-11-30T10:00:00.000Z')).toBe(true);
    expect(isNewer(entry, '2026-11-30T10:00:01.000Z')).toBe(false);
    expect(isNewer(entry, '2026-11-30T10:00:02.000Z')).toBe(false);
    expect(isNewer(entry, null)).toBe(true);
  });
});
