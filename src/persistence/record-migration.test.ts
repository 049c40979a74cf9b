// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkChain } from '../domain/record-amendments';
import { migrations, parseProjectFile, serializeProject } from './project-file';

const fixture = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/project-files', name), 'utf8');

describe('schema version 2: the partnership record', () => {
  it('gives a file of version 1 an empty record and keeps everything else', () => {
    const text = fixture('v1.cocharte.json');
    const raw = JSON.parse(text) as { project: Record<string, unknown> };
    expect(raw.project.record).toBeUndefined();
    const migrated = migrations[0]!(raw.project);
    expect(migrated.record).toEqual({ reviews: [], amendments: [], closing: null });
    const parsed = parseProjectFile(text);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.project.record).toEqual({ reviews: [], amendments: [], closing: null });
    expect(parsed.project.partners.title).toBe((raw.project.partners as { title: string }).title);
    expect(parsed.project.signatures).toEqual(raw.project.signatures);
  });

  it('reads a version 2 file with reviews and a co-signed amendment, and writes it back unchanged', async () => {
    const parsed = parseProjectFile(fixture('v2-record.cocharte.json'));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.project.record.reviews).toHaveLength(2);
    expect(parsed.project.record.amendments[0]!.signatures).toHaveLength(3);
    expect((await checkChain(parsed.project)).ok).toBe(true);
    const again = parseProjectFile(serializeProject(parsed.project));
    expect(again.ok && again.project).toEqual(parsed.project);
  });

  it('refuses a file from a newer version rather than drop its record', () => {
    const raw = JSON.parse(fixture('v2-record.cocharte.json')) as { schemaVersion: number };
    raw.schemaVersion = 3;
    expect(parseProjectFile(JSON.stringify(raw))).toEqual({ ok: false, error: 'import.newerVersion' });
  });
});
