import { DEFAULT_STEP_MINUTES } from '../domain/workshop';
import { PROJECT_SCHEMA_VERSION, type DraftProject } from '../schemas/project.schema';
import { type WorkshopSession, workshopFileSchema, workshopSessionSchema } from '../schemas/workshop.schema';
import { PROJECT_FILE_FORMAT } from './project-file';

export const WORKSHOP_FILE_FORMAT = 'cocharte-workshop';
export const WORKSHOP_FILE_EXTENSION = '.cocharte-atelier.json';
/** A session holds every pair's project: room for about four projects at their own limit. */
export const MAX_WORKSHOP_FILE_BYTES = 20 * 1024 * 1024;

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
      projectId: pair.projectId,
      name: pair.name,
      startedAt: pair.startedAt,
      file: project
        ? { format: PROJECT_FILE_FORMAT, schemaVersion: PROJECT_SCHEMA_VERSION, savedAt: now.toISOString(), project }
        : null,
    };
  });
  return JSON.stringify(
    { format: WORKSHOP_FILE_FORMAT, version: 1, exportedAt: now.toISOString(), minutes: session.minutes, pairs },
    null,
    2,
  );
}

export type WorkshopFileRead =
  | {
      ok: true;
      session: WorkshopSession;
      /** Pairs of an older file whose project was not in it: their project's id is unknown. */
      unlinked?: { number: number; name: string }[];
    }
  | { ok: false; error: 'workshop.file.tooLarge' | 'workshop.file.damaged' | 'workshop.file.newer' };

/**
 * A session file read back into a session, or null when the text is no session file at all
 * (the project file's reader then says what it is). Nothing in it is trusted: one pair per
 * number and per project, every field within the session's own limits.
 */
export function parseWorkshopFile(text: string): WorkshopFileRead | null {
  if (new TextEncoder().encode(text).length > MAX_WORKSHOP_FILE_BYTES)
    return { ok: false, error: 'workshop.file.tooLarge' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (raw === null || typeof raw !== 'object' || (raw as { format?: unknown }).format !== WORKSHOP_FILE_FORMAT)
    return null;
  const version = (raw as { version?: unknown }).version;
  if (typeof version === 'number' && version > 1) return { ok: false, error: 'workshop.file.newer' };
  const parsed = workshopFileSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'workshop.file.damaged' };
  const unlinked: { number: number; name: string }[] = [];
  const pairs: WorkshopSession['pairs'] = [];
  for (const p of parsed.data.pairs) {
    const projectId = p.projectId ?? p.file?.project.id;
    if (projectId) pairs.push({ number: p.number, projectId, name: p.name, startedAt: p.startedAt });
    else unlinked.push({ number: p.number, name: p.name });
  }
  const numbers = new Set(parsed.data.pairs.map((p) => p.number));
  const ids = new Set(pairs.map((p) => p.projectId));
  if (numbers.size !== parsed.data.pairs.length || ids.size !== pairs.length)
    return { ok: false, error: 'workshop.file.damaged' };
  const session = workshopSessionSchema.safeParse({
    active: true,
    minutes: parsed.data.minutes ?? DEFAULT_STEP_MINUTES,
    pairs,
  });
  if (!session.success) return { ok: false, error: 'workshop.file.damaged' };
  return unlinked.length > 0 ? { ok: true, session: session.data, unlinked } : { ok: true, session: session.data };
}
