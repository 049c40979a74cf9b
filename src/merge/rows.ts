import { canonicalJson } from '../lib/canonical-json';

export type Row = Record<string, unknown>;

const isRow = (v: unknown): v is Row => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * The rows of a keyed list, by key, in list order. A key seen twice (possible only in a
 * hand-edited file) gets a `#2`, `#3`… suffix so that no row silently disappears.
 */
export function keyedRows(list: unknown, key: string): Map<string, Row> {
  const out = new Map<string, Row>();
  if (!Array.isArray(list)) return out;
  for (const item of list) {
    if (!isRow(item)) continue;
    const base = String(item[key] ?? '');
    let k = base;
    for (let n = 2; out.has(k); n++) k = `${base}#${n}`;
    out.set(k, item);
  }
  return out;
}

/** Equality of stored values; catalogue id lists are compared as sets. */
export function sameValue(a: unknown, b: unknown, unordered = false): boolean {
  if (unordered && Array.isArray(a) && Array.isArray(b)) {
    return canonicalJson([...a].map(String).sort()) === canonicalJson([...b].map(String).sort());
  }
  return canonicalJson(a) === canonicalJson(b);
}

/** Where the walk over the project shape is: the change's path, id and label so far. */
export interface Loc {
  path: (string | number)[];
  id: string;
  labels: string[];
}

export const ROOT: Loc = { path: [], id: '', labels: [] };

export function fieldLoc(loc: Loc, field: string, label?: string): Loc {
  return {
    path: [...loc.path, field],
    id: loc.id ? `${loc.id}.${field}` : field,
    labels: label ? [...loc.labels, label] : loc.labels,
  };
}

/** A row is named by its key in brackets, so `risks[r1]` and a field named `r1` never collide. */
export function rowLoc(loc: Loc, key: string, label: string): Loc {
  return { path: [...loc.path, key], id: `${loc.id}[${key}]`, labels: [...loc.labels, label] };
}
