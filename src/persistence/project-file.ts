import { z } from '../lib/zod';
import '../i18n/deferred-fr';
import { PROJECT_SCHEMA_VERSION, draftProjectSchema, type DraftProject } from '../schemas/project.schema';
import { isMessageKey, type MessageKey, type Translate } from '../i18n/i18n';
import { DRAFT_SLACK } from '../schemas/fields';
import { MAX_PROJECT_FILE_BYTES, PROJECT_FILE_FORMAT } from './project-file-format';
import { type SetAsideSignature, withoutBrokenSeals } from '../signing/broken-seals';

// Writing a file needs no schema (./project-file-format.ts, on the first screen); reading
// one does, so this module loads when a file, an example or a link is read. The messages
// its errors name (and the field labels) are registered with it.
export {
  MAX_PROJECT_FILE_BYTES,
  PROJECT_FILE_EXTENSION,
  PROJECT_FILE_FORMAT,
  serializeProject,
} from './project-file-format';

const envelopeSchema = z.lazy(() =>
  z.object({
    format: z.literal(PROJECT_FILE_FORMAT),
    schemaVersion: z.number().int().min(1),
    savedAt: z.string().optional(),
    project: z.unknown(),
  }),
);

export type ProjectFileResult =
  | {
      ok: true;
      project: DraftProject;
      /** Signatures left out because their seal no longer holds (receiveProjectText). */
      setAside?: SetAsideSignature[];
    }
  | {
      ok: false;
      error: MessageKey;
      /** For 'import.tooLong': the field's path in the project, its length and its limit. */
      field?: string[];
      length?: number;
      limit?: number;
    };

/**
 * Migrations from version N to N+1, applied in order to the raw project of an older file.
 * Index 0 upgrades version 1 to 2, and so on.
 */
export const migrations: ReadonlyArray<(project: Record<string, unknown>) => Record<string, unknown>> = [
  // 1 → 2: a project gets its partnership record (reviews, amendments, closing), empty.
  (project) => ({ ...project, record: project.record ?? { reviews: [], amendments: [], closing: null } }),
];

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
  if (!parsed.success) return tooLong(parsed.error.issues, project) ?? { ok: false, error: 'import.damaged' };
  return { ok: true, project: parsed.data };
}

/**
 * A file's or a link's text as it enters the app: read, then any signature whose seal no
 * longer holds left out and named, so nothing downstream counts a record changed after it
 * was signed.
 */
export async function receiveProjectText(text: string): Promise<ProjectFileResult> {
  const result = parseProjectFile(text);
  if (!result.ok) return result;
  const { project, setAside } = await withoutBrokenSeals(result.project);
  return setAside.length > 0 ? { ok: true, project, setAside } : result;
}

/**
 * A text past what even a draft keeps is a limit, not damage: say which field and which
 * limit, so the sender can shorten it.
 */
function tooLong(
  issues: ReadonlyArray<{ code: string; path: PropertyKey[]; message: string; maximum?: unknown; origin?: unknown }>,
  project: unknown,
): ProjectFileResult | null {
  // Only the user's texts (schemas/fields.ts `text`) carry this message; ids do not.
  const issue = issues.find(
    (i) => i.code === 'too_big' && i.origin === 'string' && i.message.startsWith('errors.tooLong'),
  );
  if (!issue || typeof issue.maximum !== 'number') return null;
  const field = issue.path.map(String);
  let value: unknown = project;
  for (const key of field) value = (value as Record<string, unknown> | null)?.[key];
  return {
    ok: false,
    error: 'import.tooLong',
    field,
    length: typeof value === 'string' ? value.length : issue.maximum + 1,
    limit: Math.round(issue.maximum / DRAFT_SLACK),
  };
}

/** The message for a refused file, with the field named as the form labels it. */
export function describeImportError(result: Extract<ProjectFileResult, { ok: false }>, t: Translate): string {
  if (result.error !== 'import.tooLong' || !result.field) return t(result.error);
  const named = result.field.filter((k) => !/^\d+$/.test(k));
  const candidates = [named.join('.'), `${named[0]}.${named[named.length - 1]}`];
  const key = candidates.find(isMessageKey);
  return t('import.tooLong', {
    field: key ? t(key) : result.field.join(' › '),
    length: result.length ?? 0,
    limit: result.limit ?? 0,
  });
}
