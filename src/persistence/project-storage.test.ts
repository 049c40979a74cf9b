import { describe, expect, it } from 'vitest';
import { completeProject } from '../../tests/fixtures/project';
import { createEmptyProject } from '../domain/new-project';
import { STORAGE_KEYS, type KeyValueStorage } from './storage';
import {
  currentProjectId,
  deleteProject,
  listProjects,
  loadProject,
  saveProject,
  setCurrentProjectId,
} from './project-storage';

function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

describe('project storage', () => {
  it('saves a project and loads it back on the same step', () => {
    const storage = memoryStorage();
    const project = completeProject();
    expect(saveProject(storage, project, 'framework')).toBe(true);
    expect(loadProject(storage, project.id)).toEqual({ project, place: 'framework' });
  });

  it('lists projects with their title, partners and progress, newest first', () => {
    const storage = memoryStorage();
    const older = { ...createEmptyProject(new Date('2026-01-01T00:00:00Z')) };
    const newer = completeProject();
    saveProject(storage, older, 'partners');
    saveProject(storage, newer, 'review');
    const list = listProjects(storage);
    expect(list.map((s) => s.id)).toEqual([newer.id, older.id]);
    expect(list[0]).toMatchObject({ title: newer.partners.title, place: 'review', stepsVisited: 5 });
    expect(list[0]?.partnerNames).toContain('Hợp tác xã Sao Biển');
  });

  it('returns null for a corrupt or foreign record instead of throwing', () => {
    const storage = memoryStorage();
    storage.setItem(STORAGE_KEYS.project('x'), '{not json');
    expect(loadProject(storage, 'x')).toBeNull();
    storage.setItem(STORAGE_KEYS.project('y'), JSON.stringify({ version: 1, place: 'partners', project: { id: 'y' } }));
    expect(loadProject(storage, 'y')).toBeNull();
  });

  it('reports a failed write (storage full) without throwing', () => {
    const storage = memoryStorage();
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    expect(saveProject(storage, completeProject(), 'partners')).toBe(false);
  });

  it('deletes a project and forgets it as current', () => {
    const storage = memoryStorage();
    const project = completeProject();
    saveProject(storage, project, 'partners');
    setCurrentProjectId(storage, project.id);
    deleteProject(storage, project.id);
    expect(loadProject(storage, project.id)).toBeNull();
    expect(listProjects(storage)).toEqual([]);
    expect(currentProjectId(storage)).toBeNull();
  });
});
