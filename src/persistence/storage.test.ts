import { describe, expect, it } from 'vitest';
import { memoryLocalStorage } from '../testing/memory-local-storage';
import { hasKeyStartingWith, STORAGE_KEYS } from './storage';

describe('hasKeyStartingWith (whether the start-up loads the migration or the journal)', () => {
  it('finds a previous release project or a pending edit, and nothing in an unrelated storage', () => {
    const local = memoryLocalStorage();
    local.setItem(STORAGE_KEYS.locale, '"fr"');
    expect(hasKeyStartingWith(local, STORAGE_KEYS.project(''))).toBe(false);
    expect(hasKeyStartingWith(local, STORAGE_KEYS.pending(''))).toBe(false);
    local.setItem(STORAGE_KEYS.project('p1'), '{}');
    local.setItem(STORAGE_KEYS.pending('p2'), '{}');
    expect(hasKeyStartingWith(local, STORAGE_KEYS.project(''))).toBe(true);
    expect(hasKeyStartingWith(local, STORAGE_KEYS.pending('p2'))).toBe(true);
    expect(hasKeyStartingWith(local, STORAGE_KEYS.pending('p1'))).toBe(false);
    expect(hasKeyStartingWith(null, STORAGE_KEYS.project(''))).toBe(false);
  });

  it('answers yes when the storage cannot be read, so the code that handles the failure runs', () => {
    const refusing = {
      get length(): number {
        throw new DOMException('denied', 'SecurityError');
      },
      key: () => null,
    };
    expect(hasKeyStartingWith(refusing, STORAGE_KEYS.project(''))).toBe(true);
  });
});
