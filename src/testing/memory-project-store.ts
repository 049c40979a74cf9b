import type { LoadResult, ProjectStore, ProjectSummary, SaveResult } from '../persistence/project-store';
import { readRecord } from '../persistence/project-record';
import { summarize } from '../persistence/summarize';

/**
 * A project store in memory for the app machine's tests: records kept as the device's store
 * keeps them (read back through the same record reader), and every save noted.
 */
export function memoryProjectStore() {
  const records = new Map<string, unknown>();
  const saves: { title: string; place: string }[] = [];
  const store: ProjectStore = {
    async list() {
      const projects: ProjectSummary[] = [];
      for (const value of records.values()) {
        const r = readRecord(value);
        if (r.ok) projects.push(summarize(r.stored.project, r.stored.place));
      }
      return { ok: true, projects, unreadable: [] };
    },
    async load(id): Promise<LoadResult> {
      return readRecord(records.get(id));
    },
    async save(project, place): Promise<SaveResult> {
      saves.push({ title: project.partners.title, place });
      records.set(project.id, { version: 1, place, project });
      return { ok: true };
    },
    async remove(id) {
      records.delete(id);
      return { ok: true };
    },
    async readRaw(keys) {
      return keys.map((k) => records.get(k));
    },
    async writeRaw() {
      return { ok: true };
    },
  };
  return { store, records, saves };
}
