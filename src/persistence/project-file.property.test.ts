import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { completeProject } from '../../tests/fixtures/project';
import { messagesOf } from '../i18n/i18n';
import { draftProjectSchema, type DraftProject } from '../schemas/project.schema';
import { PROJECT_FILE_FORMAT, parseProjectFile, serializeProject, type ProjectFileResult } from './project-file';
import { loadProject, saveProject } from './project-storage';
import type { KeyValueStorage } from './storage';
import { PROPERTY_TIMEOUT, propertyRuns, runsLabel } from '../../tests/setup/property-runs';

/**
 * Property-based checks of the one door through which outside data enters: project files.
 * 10,000 random and mutated files in all in CI (a tenth locally: see propertyRuns), plus a
 * random string in every text field.
 * Whatever comes in: no exception, either a valid project or one clear message, the
 * project already open untouched, and no prototype pollution.
 */

const ERRORS = new Set([
  'import.tooLarge',
  'import.tooLong',
  'import.notJson',
  'import.notProject',
  'import.signatureAnswer',
  'import.newerVersion',
  'import.damaged',
]);
const SEED = Number(process.env.FC_SEED ?? 20260115);
const RANDOM_RUNS = propertyRuns(3000);
const MUTATED_RUNS = propertyRuns(7000);
const FIELD_RUNS = propertyRuns(2000);

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

function memoryStorage(): KeyValueStorage & { dump: () => string } {
  const m = new Map<string, string>();
  return {
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => void m.set(k, v),
    removeItem: (k) => void m.delete(k),
    dump: () => JSON.stringify([...m]),
  };
}

// The project already open in the browser: frozen, so any mutation throws, and stored,
// so any write to storage shows up in the dump.
const current = deepFreeze(completeProject());
const storage = memoryStorage();
saveProject(storage, current, 'review');
const storedBefore = storage.dump();

const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort().join();

/** Parses, and checks the invariants every result must hold. */
function check(text: string): ProjectFileResult {
  let result: ProjectFileResult;
  try {
    result = parseProjectFile(text);
  } catch (error) {
    throw new Error(`parseProjectFile threw on ${JSON.stringify(text.slice(0, 200))}: ${String(error)}`);
  }
  if (result.ok) {
    // A project that passed is valid, and survives a save/reopen unchanged.
    expect(draftProjectSchema.safeParse(result.project).success).toBe(true);
    const again = parseProjectFile(serializeProject(result.project));
    expect(again).toEqual({ ok: true, project: result.project });
  } else {
    // A clear message, in both languages.
    expect(ERRORS.has(result.error)).toBe(true);
    expect(messagesOf('fr')[result.error].length).toBeGreaterThan(10);
    expect(messagesOf('en')[result.error].length).toBeGreaterThan(10);
  }
  return result;
}

function envelope(project: unknown, schemaVersion: unknown = 1) {
  return { format: PROJECT_FILE_FORMAT, schemaVersion, savedAt: '2026-01-15T10:00:00.000Z', project };
}

// ---- Mutations of a valid project file --------------------------------------------------

type Path = (string | number)[];

/** Every path in a JSON value, container nodes included. */
function paths(value: unknown, prefix: Path = []): Path[] {
  const out: Path[] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}

function get(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)?.[key], root);
}

const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];

const hostileValue = fc.oneof(
  fc.constant({ polluted: 'yes', isAdmin: true }),
  fc.constant({ __proto__: { polluted: 'yes' } }),
  fc.constant(
    JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}') as unknown,
  ),
);

/** Any JSON value, weighted towards the edges: huge and tiny numbers, odd strings, hostile objects. */
const jsonish: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.constantFrom(
    null,
    true,
    false,
    0,
    -1,
    1.5,
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER + 2,
    '',
    ' ',
    '\u0000',
    '\t',
    '2026-02-30',
    'x'.repeat(6000),
    [],
    {},
  ),
  hostileValue,
);

type Mutation =
  | { kind: 'set'; at: number; value: unknown }
  | { kind: 'delete'; at: number }
  | { kind: 'addKey'; at: number; key: string; value: unknown }
  | { kind: 'duplicateRow'; at: number; times: number }
  | { kind: 'wrap'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: jsonish }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('addKey' as const),
      at: fc.nat(),
      key: fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 10 })),
      value: jsonish,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('duplicateRow' as const),
      at: fc.nat(),
      times: fc.integer({ min: 1, max: 120 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('wrap' as const), at: fc.nat() }) },
);

/** Applies mutations to a fresh JSON copy of a valid file; returns the file's text. */
function mutate(mutations: Mutation[]): string {
  const file = JSON.parse(serializeProject(completeProject())) as Record<string, unknown>;
  for (const m of mutations) {
    const all = paths(file);
    const path = all[m.at % all.length]!;
    const parent = path.length ? get(file, path.slice(0, -1)) : null;
    const key = path[path.length - 1];
    const node = get(file, path);
    switch (m.kind) {
      case 'set':
        if (parent && key !== undefined) (parent as Record<string | number, unknown>)[key] = structuredClone(m.value);
        break;
      case 'delete':
        if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
        else if (parent && key !== undefined) delete (parent as Record<string | number, unknown>)[key];
        break;
      case 'addKey':
        // defineProperty, so a '__proto__' key is an own key, as JSON.parse makes it.
        if (node && typeof node === 'object' && !Array.isArray(node))
          Object.defineProperty(node, m.key, {
            value: structuredClone(m.value),
            enumerable: true,
            writable: true,
            configurable: true,
          });
        break;
      case 'duplicateRow':
        if (Array.isArray(node) && node.length) for (let i = 0; i < m.times; i++) node.push(structuredClone(node[0]));
        break;
      case 'wrap':
        if (parent && key !== undefined) (parent as Record<string | number, unknown>)[key] = [node];
        break;
    }
  }
  return JSON.stringify(file);
}

// ---- Text fields --------------------------------------------------------------------------

/** The path of every string leaf of a complete project: every text field of every schema. */
const stringPaths = paths(completeProject()).filter((p) => typeof get(completeProject(), p) === 'string');

/** Strings users and files really produce, and the ones that break renderers. */
const nastyString = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({
    unit: fc.constantFrom(
      '\t',
      '\u00ad',
      '\u200b',
      '\ufeff',
      '\u0000',
      '\u202e',
      'e\u0301',
      '«',
      '\u202f',
      'ợ',
      'ش',
      '😀',
      '\n',
      '\r\n',
      '"',
      '\\',
      '<script>',
    ),
    maxLength: 40,
  }),
  fc.constantFrom(
    '',
    ' ',
    'x'.repeat(201),
    'x'.repeat(5001),
    '__proto__',
    '2026-13-45',
    '0000-00-00',
    'not-an-id',
    'a b',
    '../../etc/passwd',
  ),
);

/** Identifiers and references are checked by their own schemas and never printed as text. */
const isReference = (key: string) => key === 'id' || key.endsWith('Id');

describe('parseProjectFile under fire (fast-check)', { timeout: PROPERTY_TIMEOUT }, () => {
  it('reads the untouched example file', () => {
    expect(check(serializeProject(completeProject())).ok).toBe(true);
  });

  it(`never throws on ${runsLabel(RANDOM_RUNS)} random texts and JSON values, wrapped or not in an envelope`, () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 200 }),
          jsonish.map((v) => JSON.stringify(v) ?? 'undefined'),
          jsonish.map((v) => JSON.stringify(envelope(v))),
          fc.tuple(jsonish, jsonish).map(([p, v]) => JSON.stringify(envelope(p, v))),
          fc
            .record(
              {
                format: fc.oneof(fc.constant(PROJECT_FILE_FORMAT), fc.string()),
                schemaVersion: jsonish,
                project: jsonish,
              },
              { requiredKeys: [] },
            )
            .map((o) => JSON.stringify(o)),
        ),
        (text) => {
          check(text);
        },
      ),
      { numRuns: RANDOM_RUNS, seed: SEED },
    );
  });

  it(`never throws on ${runsLabel(MUTATED_RUNS)} mutated project files, and keeps only valid projects`, () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        check(mutate(mutations));
      }),
      { numRuns: MUTATED_RUNS, seed: SEED + 1 },
    );
  });

  it(`puts a random string in each of the ${stringPaths.length} text fields: cleaned or refused, never a crash`, () => {
    expect(stringPaths.length).toBeGreaterThan(40);
    fc.assert(
      fc.property(fc.constantFrom(...stringPaths), nastyString, (path, value) => {
        const project = structuredClone(completeProject()) as unknown as Record<string, unknown>;
        const parent = get(project, path.slice(0, -1)) as Record<string | number, unknown>;
        parent[path[path.length - 1]!] = value;
        const result = check(serializeProject(project as unknown as DraftProject));
        if (result.ok) {
          const stored = get(result.project, path);
          // Text reaches the PDF clean: NFC, no tab, no invisible characters.
          if (typeof stored === 'string' && !isReference(String(path[path.length - 1]))) {
            expect(stored).toBe(stored.normalize('NFC'));
            expect(stored).not.toMatch(/[\t\u00ad\u200b\ufeff\u0000]/);
          }
        } else expect(['import.damaged', 'import.tooLong']).toContain(result.error);
      }),
      { numRuns: FIELD_RUNS, seed: SEED + 2 },
    );
  });

  it('lets no __proto__, constructor or prototype key pollute objects or survive into the project', () => {
    const hostile = (depthPaths: Path[]) => {
      const file = JSON.parse(serializeProject(completeProject())) as Record<string, unknown>;
      for (const p of depthPaths) {
        const node = get(file.project, p);
        if (node && typeof node === 'object' && !Array.isArray(node)) {
          for (const k of ['__proto__', 'constructor', 'prototype'])
            Object.defineProperty(node, k, {
              value: { polluted: 'yes', prototype: { polluted: 'yes' } },
              enumerable: true,
              writable: true,
              configurable: true,
            });
        }
      }
      // JSON.stringify writes the own '__proto__' keys; JSON.parse reads them back as own keys.
      return JSON.stringify(file);
    };
    const objectPaths = paths(completeProject()).filter((p) => {
      const v = get(completeProject(), p);
      return v && typeof v === 'object' && !Array.isArray(v);
    });
    const text = hostile(objectPaths);
    expect(text).toContain('"__proto__"');
    const result = check(text);
    expect(result.ok).toBe(true);
    if (result.ok) {
      for (const p of paths(result.project)) {
        const node = get(result.project, p);
        if (node && typeof node === 'object') {
          expect(Object.prototype.hasOwnProperty.call(node, '__proto__')).toBe(false);
          expect(Object.prototype.hasOwnProperty.call(node, 'constructor')).toBe(false);
          expect(Object.getPrototypeOf(node)).toBe(Array.isArray(node) ? Array.prototype : Object.prototype);
        }
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('left the open project, its stored copy and Object.prototype untouched', () => {
    expect(storage.dump()).toBe(storedBefore);
    expect(loadProject(storage, current.id)?.project).toEqual(current);
    expect(Object.getOwnPropertyNames(Object.prototype).sort().join()).toBe(prototypeBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });
});
