import { describe, expect, it } from 'vitest';
import { completeProject } from '../../tests/fixtures/project';
import { PROJECT_SCHEMA_VERSION } from '../schemas/project.schema';
import { MAX_PROJECT_FILE_BYTES, parseProjectFile, serializeProject } from './project-file';

describe('project file', () => {
  it('round-trips a project, accents and foreign names included', () => {
    const project = completeProject();
    const result = parseProjectFile(serializeProject(project));
    expect(result).toEqual({ ok: true, project });
  });

  it.each([
    ['not JSON', 'hello', 'import.notJson'],
    ['JSON that is not a project', '{"name":"x"}', 'import.notProject'],
    ['an array', '[1,2]', 'import.notProject'],
    [
      'a damaged project',
      JSON.stringify({ format: 'cocharte-project', schemaVersion: 1, project: { id: 3 } }),
      'import.damaged',
    ],
    [
      'a newer version',
      JSON.stringify({ format: 'cocharte-project', schemaVersion: PROJECT_SCHEMA_VERSION + 1, project: {} }),
      'import.newerVersion',
    ],
  ])('rejects %s with a precise message', (_, text, error) => {
    expect(parseProjectFile(text)).toEqual({ ok: false, error });
  });

  it('rejects a file over 5 MB before parsing it', () => {
    const big = 'x'.repeat(MAX_PROJECT_FILE_BYTES + 1);
    expect(parseProjectFile(big)).toEqual({ ok: false, error: 'import.tooLarge' });
  });

  it('does not let __proto__ keys pollute objects', () => {
    const project = completeProject();
    const text = serializeProject(project).replace('"id":', '"__proto__": {"polluted": true}, "id":');
    parseProjectFile(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
