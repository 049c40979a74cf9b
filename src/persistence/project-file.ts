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
      /** For 'import.damaged': the first values that cannot be read, and how many there are. */
      issues?: FileIssue[];
      issueCount?: number;
    };

/**
 * A value of a damaged file that cannot be read, said so that whoever holds the file can
 * find and mend it: where it is, what the file holds there, what is expected.
 */
export interface FileIssue {
  /** The value's place in the project as the file writes it: `partners.partners[1].legal.registrationKind`. */
  path: string;
  /** What the file holds there, shortened; absent when nothing is there. */
  found?: string;
  /** For a list of choices: the values allowed ('' for an empty value). */
  oneOf?: string[];
  /** Otherwise, the kind of value expected (zod's name: 'string', 'number', 'object', 'array', 'boolean'…). */
  expected?: string;
  /** For a list longer than a project may hold: how many rows it has, and the most allowed. */
  rows?: { count: number; max: number };
}

/** How many issues a refusal names: enough to mend a file, not a wall of text. */
export const MAX_NAMED_ISSUES = 3;

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
    // A zip's signature: the pairs' projects of a workshop come as one archive.
    return { ok: false, error: text.startsWith('PK\u0003\u0004') ? 'import.zipArchive' : 'import.notJson' };
  }
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) {
    // A partner's answer to a signing link is the other JSON file of the app users are
    // sent; opened here by mistake, it is named, with where it goes.
    const format = raw !== null && typeof raw === 'object' ? (raw as { format?: unknown }).format : undefined;
    return {
      ok: false,
      error: format === 'cocharte-signature-return' ? 'import.signatureAnswer' : 'import.notProject',
    };
  }
  const { schemaVersion } = envelope.data;
  if (schemaVersion > PROJECT_SCHEMA_VERSION) return { ok: false, error: 'import.newerVersion' };
  let project = envelope.data.project;
  for (let v = schemaVersion; v < PROJECT_SCHEMA_VERSION; v++) {
    const migrate = migrations[v - 1];
    if (!migrate || project === null || typeof project !== 'object') return { ok: false, error: 'import.damaged' };
    project = migrate(project as Record<string, unknown>);
  }
  const parsed = draftProjectSchema.safeParse(project);
  if (!parsed.success) return tooLong(parsed.error.issues, project) ?? damaged(parsed.error.issues, project);
  return { ok: true, project: parsed.data };
}

interface ZodIssueLike {
  code: string;
  path: PropertyKey[];
  values?: readonly unknown[];
  expected?: unknown;
  origin?: unknown;
  maximum?: unknown;
  errors?: ReadonlyArray<ReadonlyArray<ZodIssueLike>>;
}

/** `partners.partners[1].legal.registrationKind`, as one would look for it in the file. */
function pathText(path: readonly PropertyKey[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i === 0 ? '' : '.'}${String(k)}`)).join('');
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) value = (value as Record<PropertyKey, unknown> | null | undefined)?.[key];
  return value;
}

/** What the file holds, short enough for a message. */
function foundText(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  let text: string;
  try {
    text = typeof value === 'string' ? value : JSON.stringify(value);
  } catch {
    // Nested past what the stack holds (a hand-made file): named by its kind only.
    text = Array.isArray(value) ? '[…]' : '{…}';
  }
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/**
 * A refusal that names the values it could not read (the first MAX_NAMED_ISSUES), so the
 * message says which field holds what instead of only "damaged". A choice among a union
 * of lists ("siret", "rna", "other" or empty) names every value allowed.
 */
function damaged(issues: ReadonlyArray<ZodIssueLike>, project: unknown): ProjectFileResult {
  const named = issues.slice(0, MAX_NAMED_ISSUES).map((issue): FileIssue => {
    const path = pathText(issue.path);
    const value = valueAt(project, issue.path);
    // Thousands of rows (or nine partners) are not unreadable: say how many, and the limit.
    if (issue.code === 'too_big' && Array.isArray(value) && typeof issue.maximum === 'number')
      return { path, rows: { count: value.length, max: issue.maximum } };
    const found = foundText(value);
    const branches = issue.code === 'invalid_union' ? (issue.errors ?? []).flat() : [issue];
    const choices = branches.filter((b) => b.code === 'invalid_value' && b.path.length === 0);
    if (choices.length > 0 && choices.length === branches.length)
      return { path, found, oneOf: choices.flatMap((c) => (c.values ?? []).map(String)) };
    if (issue.code === 'invalid_type' && typeof issue.expected === 'string')
      return { path, found, expected: issue.expected };
    return { path, found };
  });
  return { ok: false, error: 'import.damaged', issues: named, issueCount: issues.length };
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

/** One unreadable value, in words: where, what is there, what was expected. */
function describeIssue(issue: FileIssue, t: Translate): string {
  const quote = (v: string) => (v === '' ? t('import.issue.empty') : t('import.issue.quoted', { value: v }));
  const field = issue.path || t('import.issue.root');
  if (issue.rows) return t('import.issue.tooMany', { field, ...issue.rows });
  if (issue.oneOf) {
    const values = issue.oneOf.map(quote);
    const list =
      values.length > 1
        ? t('import.issue.or', { list: values.slice(0, -1).join(', '), last: values.at(-1)! })
        : values[0]!;
    return issue.found === undefined
      ? t('import.issue.missingOneOf', { field, values: list })
      : t('import.issue.oneOf', { field, found: quote(issue.found), values: list });
  }
  if (issue.found === undefined) return t('import.issue.missing', { field });
  const expected = `import.expected.${issue.expected}`;
  if (issue.expected && isMessageKey(expected))
    return t('import.issue.type', { field, found: quote(issue.found), expected: t(expected) });
  return t('import.issue.unreadable', { field, found: quote(issue.found) });
}

/**
 * The message for a refused file, with the field named as the form labels it (a text past
 * its limit) or as the file writes it (a value that cannot be read).
 */
export function describeImportError(result: Extract<ProjectFileResult, { ok: false }>, t: Translate): string {
  if (result.error === 'import.damaged' && result.issues?.length) {
    const more = (result.issueCount ?? result.issues.length) - result.issues.length;
    return [
      t('import.damagedAt', { count: result.issueCount ?? result.issues.length }),
      ...result.issues.map((i) => describeIssue(i, t)),
      ...(more > 0 ? [t('import.issue.more', { count: more })] : []),
    ].join(' ');
  }
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
