import { z } from '../lib/zod';
import { FLOW_STATES } from '../domain/flow';
import { draftProjectSchema } from '../schemas/project.schema';
import { PROJECT_SCHEMA_VERSION } from '../schemas/schema-version';
import type { LoadResult, StoredProject } from './project-store';

/**
 * Reading a stored project record back, with the full project schema. Kept out of
 * project-store.ts so the home screen, which lists summaries only, does not load zod and
 * the schemas: the store imports this module when a project is loaded.
 */
const recordSchema = z.lazy(() =>
  z.object({
    version: z.number().int(),
    place: z.enum(FLOW_STATES),
    project: z.unknown(),
  }),
);

/**
 * A record as stored: an object, or the JSON text a previous release kept in localStorage
 * (the migration copies that text as is, so even a damaged record is never lost).
 */
export function readRecord(value: unknown, unsaved?: StoredProject): LoadResult {
  const stored = readStored(value);
  // A copy this page could not write (storage full) counts while no newer one was stored since.
  if (unsaved && !(stored.ok && stored.stored.project.updatedAt >= unsaved.project.updatedAt))
    return { ok: true, stored: unsaved };
  return stored;
}

function readStored(value: unknown): LoadResult {
  let raw = value;
  if (typeof raw === 'string') {
    try {
      raw = JSON.parse(raw) as unknown;
    } catch {
      return { ok: false, reason: 'damaged' };
    }
  }
  if (raw === undefined || raw === null) return { ok: false, reason: 'missing' };
  const record = recordSchema.safeParse(raw);
  if (!record.success) return { ok: false, reason: 'damaged' };
  if (record.data.version > PROJECT_SCHEMA_VERSION) return { ok: false, reason: 'newer' };
  const project = draftProjectSchema.safeParse(record.data.project);
  if (!project.success) return { ok: false, reason: 'damaged' };
  return { ok: true, stored: { project: project.data, place: record.data.place } };
}
