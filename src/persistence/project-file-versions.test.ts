import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_SCHEMA_VERSION } from '../schemas/project.schema';
import { migrations, parseProjectFile } from './project-file';

/**
 * One file per past format lives in tests/fixtures/project-files. When the schema
 * version goes up, add a migration and a file of the old version here: every file a
 * partner ever downloaded must keep opening.
 */
const folder = join(process.cwd(), 'tests/fixtures/project-files');
const files = readdirSync(folder).filter((f) => f.endsWith('.cocharte.json'));

describe('project files of every past version', () => {
  it('has one migration per version step', () => {
    expect(migrations).toHaveLength(PROJECT_SCHEMA_VERSION - 1);
  });

  it('keeps at least one file of each version', () => {
    const versions = new Set(
      files.map((f) => (JSON.parse(readFileSync(join(folder, f), 'utf8')) as { schemaVersion: number }).schemaVersion),
    );
    for (let v = 1; v <= PROJECT_SCHEMA_VERSION; v++) expect(versions.has(v)).toBe(true);
  });

  it.each(files)('imports %s', (file) => {
    const result = parseProjectFile(readFileSync(join(folder, file), 'utf8'));
    expect(result.ok ? result.project.partners.partners.length : result.error).toBeGreaterThan(1);
  });
});
