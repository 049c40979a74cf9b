import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Casts that silence the type checker hide the mismatches between a schema and the code
// that uses it; production code reads data through its schema instead.
const src = resolve(import.meta.dirname, '..');
const isProduction = (f: string) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.includes('/testing/');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );
}

export function castsIn(source: string): string[] {
  return source.split('\n').filter((line) => /\bas never\b|\bas unknown as\b/.test(line));
}

describe('no silencing casts in production code', () => {
  it('recognises the casts it forbids', () => {
    expect(castsIn('const a = b as never;\nconst c = d as unknown as E;\nconst ok = e as const;')).toHaveLength(2);
  });

  it('finds none under src/ outside tests', () => {
    const found = files(src)
      .filter(isProduction)
      .flatMap((f) => castsIn(readFileSync(f, 'utf8')).map((line) => `${relative(src, f)}: ${line.trim()}`));
    expect(found).toEqual([]);
  });
});
