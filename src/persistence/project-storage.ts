/**
 * The project store of release 0.1 (localStorage). The app no longer writes it: projects
 * live in IndexedDB (project-store.ts), and migrate-local-storage.ts moves these entries
 * there once. Kept to read that format and to build old stores in tests (tests/fixtures,
 * tests/e2e/quality-helpers.ts).
 */
import { z } from '../lib/zod';
import { STEP_IDS } from '../content/catalogues';
import { FLOW_STATES, type FlowState } from '../domain/flow';
import { PROJECT_SCHEMA_VERSION, draftProjectSchema, type DraftProject } from '../schemas/project.schema';
import { STORAGE_KEYS, readJson, writeJson, type KeyValueStorage } from './storage';

/** What the project list shows without loading every project. */
const summarySchema = z.object({
  id: z.string(),
  title: z.string(),
  partnerNames: z.array(z.string()),
  place: z.enum(FLOW_STATES),
  stepsVisited: z.number().int().min(0).max(STEP_IDS.length),
  signatures: z.number().int().min(0),
  updatedAt: z.string(),
});
export type ProjectSummary = z.infer<typeof summarySchema>;

const recordSchema = z.object({
  version: z.number().int(),
  place: z.enum(FLOW_STATES),
  project: z.unknown(),
});

export interface StoredProject {
  project: DraftProject;
  place: FlowState;
}

export function summarize(project: DraftProject, place: FlowState): ProjectSummary {
  return {
    id: project.id,
    title: project.partners.title,
    partnerNames: project.partners.partners.map((p) => p.name).filter(Boolean),
    place,
    stepsVisited: project.visited.length,
    signatures: project.signatures.length,
    updatedAt: project.updatedAt,
  };
}

export function listProjects(storage: KeyValueStorage): ProjectSummary[] {
  const parsed = z.array(summarySchema).safeParse(readJson(storage, STORAGE_KEYS.index));
  const list = parsed.success ? parsed.data : [];
  return [...list].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/** A stored project, or null if it is missing or unreadable (never throws). */
export function loadProject(storage: KeyValueStorage, id: string): StoredProject | null {
  const record = recordSchema.safeParse(readJson(storage, STORAGE_KEYS.project(id)));
  if (!record.success || record.data.version > PROJECT_SCHEMA_VERSION) return null;
  const project = draftProjectSchema.safeParse(record.data.project);
  if (!project.success) return null;
  return { project: project.data, place: record.data.place };
}

export function saveProject(storage: KeyValueStorage, project: DraftProject, place: FlowState): boolean {
  const saved = writeJson(storage, STORAGE_KEYS.project(project.id), {
    version: PROJECT_SCHEMA_VERSION,
    place,
    project,
  });
  if (!saved) return false;
  const others = listProjects(storage).filter((s) => s.id !== project.id);
  return writeJson(storage, STORAGE_KEYS.index, [summarize(project, place), ...others]);
}

export function deleteProject(storage: KeyValueStorage, id: string): void {
  try {
    storage.removeItem(STORAGE_KEYS.project(id));
  } catch {
    // Storage gone: nothing more to delete.
  }
  writeJson(
    storage,
    STORAGE_KEYS.index,
    listProjects(storage).filter((s) => s.id !== id),
  );
  if (currentProjectId(storage) === id) setCurrentProjectId(storage, null);
}

export function currentProjectId(storage: KeyValueStorage): string | null {
  const v = readJson(storage, STORAGE_KEYS.current);
  return typeof v === 'string' ? v : null;
}

export function setCurrentProjectId(storage: KeyValueStorage, id: string | null): void {
  if (id === null) {
    try {
      storage.removeItem(STORAGE_KEYS.current);
    } catch {
      // ignore
    }
  } else writeJson(storage, STORAGE_KEYS.current, id);
}
