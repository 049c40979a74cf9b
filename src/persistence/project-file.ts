import { z } from '../lib/zod';
import { PROJECT_SCHEMA_VERSION, draftProjectSchema, type DraftProject } from '../schemas/project.schema';
import type { MessageKey } from '../i18n/i18n';

export const PROJECT_FILE_FORMAT = 'cocharte-project';
export const PROJECT_FILE_EXTENSION = '.cocharte.json';
export const MAX_PROJECT_FILE_BYTES = 5 * 1024 * 1024;

const envelopeSchema = z.object({
  format: z.literal(PROJECT_FILE_FORMAT),
  schemaVersion: z.number().int().min(1),
  savedAt: z.string().optional(),
  project: z.unknown(),
});

export type ProjectFileResult = { ok: true; project: DraftProject } | { ok: false; error: MessageKey };

/**
 * Migrations from version N to N+1, applied in order to the raw project of an older file.
 * Index 0 upgrades version 1 to 2, and so on.
 */
export const migrations: ReadonlyArray<(project: Record<string, unknown>) => Record<string, unknown>> = [
  // 1 → 2: a project gets its partnership record (reviews, amendments, closing), empty.
  (project) => ({ ...project, record: project.record ?? { reviews: [], amendments: [], closing: null } }),
];

export function serializeProject(project: DraftProject, savedAt = new Date()): string {
  return JSON.stringify(
    { format: PROJECT_FILE_FORMAT, schemaVersion: PROJECT_SCHEMA_VERSION, savedAt: savedAt.toISOString(), project },
    null,
    2,
  );
}

export function parseProjectFile(text: string): ProjectFileResult {
  if (new TextEncoder().encode(text).length > MAX_PROJECT_FILE_BYTES) return { ok: false, error: 'import.tooLarge' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'import.notJson' };
  }
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) return { ok: false, error: 'import.notProject' };
  const { schemaVersion } = envelope.data;
  if (schemaVersion > PROJECT_SCHEMA_VERSION) return { ok: false, error: 'import.newerVersion' };
  let project = envelope.data.project;
  for (let v = schemaVersion; v < PROJECT_SCHEMA_VERSION; v++) {
    const migrate = migrations[v - 1];
    if (!migrate || project === null || typeof project !== 'object') return { ok: false, error: 'import.damaged' };
    project = migrate(project as Record<string, unknown>);
  }
  const parsed = draftProjectSchema.safeParse(project);
  if (!parsed.success) return { ok: false, error: 'import.damaged' };
  return { ok: true, project: parsed.data };
}
