// @vitest-environment node
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(n) ? [p] : [];
  });
}

describe('zod configuration', () => {
  it('is imported through src/lib/zod.ts everywhere, so jitless mode is set before any schema (CSP forbids eval)', () => {
    const direct = files(join(process.cwd(), 'src')).filter(
      (f) => !f.endsWith(join('lib', 'zod.ts')) && /from ['"]zod['"]/.test(readFileSync(f, 'utf8')),
    );
    expect(direct).toEqual([]);
  });

  it('is imported through src/lib/zod-mini.ts for zod/mini (the first screen’s schemas)', () => {
    const direct = files(join(process.cwd(), 'src')).filter(
      (f) => !f.endsWith(join('lib', 'zod-mini.ts')) && /from ['"]zod\/mini['"]/.test(readFileSync(f, 'utf8')),
    );
    expect(direct).toEqual([]);
  });
});
