import { PROJECT_SCHEMA_VERSION, type DraftProject } from '../schemas/project.schema';
import type { WorkshopSession } from '../schemas/workshop.schema';
import { PROJECT_FILE_FORMAT } from './project-file';

export const WORKSHOP_FILE_FORMAT = 'cocharte-workshop';
export const WORKSHOP_FILE_EXTENSION = '.cocharte-atelier.json';

/**
 * One file with every pair of a workshop, for the facilitator to keep or to print with
 * `npm run render`: each pair's project is an ordinary project file inside it.
 */
export function serializeWorkshop(
  session: WorkshopSession,
  projectOf: (id: string) => DraftProject | null,
  now: Date,
): string {
  const pairs = session.pairs.map((pair) => {
    const project = projectOf(pair.projectId);
    return {
      number: pair.number,
      name: pair.name,
      startedAt: pair.startedAt,
      file: project
        ? { format: PROJECT_FILE_FORMAT, schemaVersion: PROJECT_SCHEMA_VERSION, savedAt: now.toISOString(), project }
        : null,
    };
  });
  return JSON.stringify({ format: WORKSHOP_FILE_FORMAT, version: 1, exportedAt: now.toISOString(), pairs }, null, 2);
}
