import { openingPlace } from '../domain/visited';
import { DEFAULT_STEP_MINUTES } from '../domain/workshop';
import { PROJECT_SCHEMA_VERSION, type DraftProject } from '../schemas/project.schema';
import { type WorkshopSession, workshopFileSchema, workshopSessionSchema } from '../schemas/workshop.schema';
import { PROJECT_FILE_FORMAT, type ProjectFileResult, receiveProjectText } from './project-file';
import type { ProjectStore, StorageFailure } from './project-store';

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
      /**
       * Each pair's project file as the session file holds it, by the pair's project id,
       * unchecked: read with `readPairCopies`, as an imported project file is.
       */
      copies: ReadonlyMap<string, unknown>;
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
  const copies = new Map<string, unknown>();
  // The schema keeps of each copy only its id: the copy itself is taken from the raw file.
  const rawPairs = (raw as { pairs: { file?: unknown }[] }).pairs;
  for (const [i, p] of parsed.data.pairs.entries()) {
    const projectId = p.projectId ?? p.file?.project.id;
    if (projectId) pairs.push({ number: p.number, projectId, name: p.name, startedAt: p.startedAt });
    else unlinked.push({ number: p.number, name: p.name });
    if (projectId && p.file) copies.set(projectId, rawPairs[i]?.file);
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
  return unlinked.length > 0
    ? { ok: true, session: session.data, unlinked, copies }
    : { ok: true, session: session.data, copies };
}

/**
 * The copies of the given pairs' projects, each read exactly as an imported project file is
 * (size limit, schema, migration of an older version, text cleaning, signatures whose seal no
 * longer holds left out). A copy of another project than its pair's is refused: the file was
 * changed. A pair without a copy in the file is absent from the answer.
 */
export async function readPairCopies(
  copies: ReadonlyMap<string, unknown>,
  projectIds: readonly string[],
): Promise<Map<string, ProjectFileResult>> {
  const read = new Map<string, ProjectFileResult>();
  for (const id of projectIds) {
    if (!copies.has(id)) continue;
    // Written back as the project file it was (serializeProject's layout), so its size is measured alike.
    const result = await receiveProjectText(JSON.stringify(copies.get(id), null, 2));
    read.set(
      id,
      result.ok && result.project.id !== id ? { ok: false, error: 'workshop.file.copyOtherProject' } : result,
    );
  }
  return read;
}

/** What importing the pairs' copies did, pair by pair (by project id). */
export interface PairImport {
  imported: string[];
  /** Found on this device at the last moment (another tab, say): kept as it is. */
  kept: string[];
  failed: { projectId: string; reason: StorageFailure }[];
}

/**
 * Saves each copy into this device's storage, as a project opened from its file is saved
 * (one transaction per project: it lands whole or not at all). A project already kept
 * under that id, even one that cannot be read, is never overwritten. A full or missing
 * storage stops nothing else: each pair says what happened to it.
 */
export async function importPairProjects(
  store: ProjectStore,
  projects: readonly DraftProject[],
  announce?: (message: { type: 'saved'; projectId: string }) => void,
): Promise<PairImport> {
  const done: PairImport = { imported: [], kept: [], failed: [] };
  for (const project of projects) {
    const here = await store.load(project.id);
    if (!here.ok && here.reason === 'unavailable') {
      done.failed.push({ projectId: project.id, reason: 'unavailable' });
      continue;
    }
    if (here.ok || here.reason !== 'missing') {
      done.kept.push(project.id);
      continue;
    }
    const saved = await store.save(project, openingPlace(project));
    if (saved.ok) {
      done.imported.push(project.id);
      announce?.({ type: 'saved', projectId: project.id });
    } else done.failed.push({ projectId: project.id, reason: saved.reason });
  }
  return done;
}
