import { slugify } from '../lib/slugify';
import type { DraftProject } from '../schemas/project.schema';
import { PROJECT_SCHEMA_VERSION } from '../schemas/schema-version';

/**
 * The project file as written: no schema is needed to write one, so the crash screen's
 * "download my project" works without loading zod. Reading a file is ./project-file.ts.
 */
export const PROJECT_FILE_FORMAT = 'cocharte-project';
export const PROJECT_FILE_EXTENSION = '.cocharte.json';
export const MAX_PROJECT_FILE_BYTES = 5 * 1024 * 1024;

/** `<title>.cocharte.json`: the name a project's file is saved under. */
export function projectFileName(project: DraftProject): string {
  return `${slugify(project.partners.title) || 'projet'}${PROJECT_FILE_EXTENSION}`;
}

export function serializeProject(project: DraftProject, savedAt = new Date()): string {
  return JSON.stringify(
    { format: PROJECT_FILE_FORMAT, schemaVersion: PROJECT_SCHEMA_VERSION, savedAt: savedAt.toISOString(), project },
    null,
    2,
  );
}
