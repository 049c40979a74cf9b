import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The layer rules of biome.json, tried on a scratch copy so the real tree is never touched.
const root = resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'cocharte-lint-'));
cpSync(join(root, 'biome.json'), join(scratch, 'biome.json'));
writeFileSync(join(scratch, '.gitignore'), '');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function lint(file: string, source: string) {
  mkdirSync(join(scratch, file, '..'), { recursive: true });
  writeFileSync(join(scratch, file), source);
  const biome = join(root, 'node_modules/.bin/biome');
  const run = spawnSync(biome, ['lint', '--vcs-enabled=false', file], { cwd: scratch, encoding: 'utf8' });
  return { failed: run.status !== 0, output: run.stdout + run.stderr };
}

describe('import direction', () => {
  it('fails a wrong-way import: the domain importing the machine', () => {
    const { failed, output } = lint(
      'src/domain/probe.ts',
      "export { wizardMachine } from '../machine/wizard.machine';\n",
    );
    expect(failed).toBe(true);
    expect(output).toContain('domain/ may import only');
  });

  it('fails production code importing test helpers', () => {
    const { failed, output } = lint('src/pdf/probe.ts', "export { project } from '../testing/test-fixtures';\n");
    expect(failed).toBe(true);
    expect(output).toContain('never imports test helpers');
  });

  it('fails a step importing another step', () => {
    const { failed } = lint('src/steps/review/probe.ts', "export { X } from '../partners/partners-step';\n");
    expect(failed).toBe(true);
  });

  it('accepts a downward import', () => {
    const { failed, output } = lint('src/machine/probe.ts', "export { canVisit } from '../domain/flow';\n");
    expect(output).not.toContain('may import only');
    expect(failed).toBe(false);
  });
});
