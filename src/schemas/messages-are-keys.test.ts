import { describe, expect, it } from 'vitest';
import { completeProject } from '../../tests/fixtures/project';
import { readErrorMessage } from '../i18n/i18n';
import { stepSchemas } from './project.schema';

/** Every leaf of `value` (path and value), arrays and objects walked. */
function leaves(value: unknown, path: PropertyKey[] = []): Array<[PropertyKey[], unknown]> {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  return [[path, value]];
}

function withLeaf(value: unknown, path: PropertyKey[], leaf: unknown): unknown {
  if (path.length === 0) return leaf;
  const [head, ...rest] = path;
  if (Array.isArray(value)) return value.map((v, i) => (i === head ? withLeaf(v, rest, leaf) : v));
  const object = value as Record<PropertyKey, unknown>;
  return { ...object, [head as string]: withLeaf(object[head as string], rest, leaf) };
}

// What a form, a hand-edited file or a bug could put in any field.
const HOSTILE: unknown[] = ['', null, -1, 1.5, 1e13, 'x'.repeat(20_000), 'not a date', true, {}, []];

describe('every message a schema gives is one the interface can translate', () => {
  const project = completeProject();
  const steps = ['partners', 'motivations', 'framework', 'followUp', 'impacts'] as const;
  for (const step of steps) {
    it(`holds for each field of ${step}, whatever it holds`, () => {
      const untranslated = new Set<string>();
      const data = project[step];
      for (const mode of ['draft', 'complete'] as const) {
        for (const [path] of leaves(data)) {
          for (const bad of HOSTILE) {
            const result = stepSchemas[mode][step].safeParse(withLeaf(data, path, bad));
            if (result.success) continue;
            for (const issue of result.error.issues)
              if (readErrorMessage(issue.message) === null)
                untranslated.add(`${issue.path.join('.')}: ${issue.message}`);
          }
        }
      }
      expect([...untranslated]).toEqual([]);
    });
  }
});
