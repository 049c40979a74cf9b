// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProjectFile, serializeProject } from '../persistence/project-file';
import { emptyAgreement, emptyLegalIdentity } from './agreement.schema';

const FILES = ['v1.cocharte.json', 'v1-before-bilingual.cocharte.json'];

describe('files written before the convention existed', () => {
  for (const name of FILES) {
    it(`${name} imports with empty legal identities and the default clauses`, () => {
      const text = readFileSync(new URL(`../../tests/fixtures/project-files/${name}`, import.meta.url), 'utf8');
      expect(text).not.toContain('"agreement"');
      expect(text).not.toContain('"legal"');
      const result = parseProjectFile(text);
      if (!result.ok) throw new Error(result.error);
      for (const p of result.project.partners.partners) expect(p.legal).toEqual(emptyLegalIdentity());
      expect(result.project.framework.agreement).toEqual(emptyAgreement());
      // And what they become survives a save and a reopening unchanged.
      expect(parseProjectFile(serializeProject(result.project))).toEqual(result);
    });
  }

  it('keeps a half-filled agreement: missing settings take their defaults, the rest is kept', () => {
    const text = readFileSync(new URL('../../tests/fixtures/project-files/v1.cocharte.json', import.meta.url), 'utf8');
    const file = JSON.parse(text);
    file.project.framework.agreement = { signingPlace: 'Dakar', clauses: { liability: { mode: 'omit' } } };
    const result = parseProjectFile(JSON.stringify(file));
    if (!result.ok) throw new Error(result.error);
    const agreement = result.project.framework.agreement;
    expect(agreement.signingPlace).toBe('Dakar');
    expect(agreement.clauses.liability).toEqual({ mode: 'omit', text: '' });
    expect(agreement.clauses.disputes).toEqual({ mode: 'default', text: '' });
    expect(agreement.noticeDays).toBe(30);
  });
});
