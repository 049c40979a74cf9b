import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkChainNow } from '../domain/record-amendments';
import { completeProject } from '../../tests/fixtures/project';
import { PROJECT_SCHEMA_VERSION } from '../schemas/project.schema';
import { createTranslator } from '../i18n/i18n';
import { MAX_PROJECT_FILE_BYTES, describeImportError, parseProjectFile, serializeProject } from './project-file';

describe('project file', () => {
  it('round-trips a project, accents and foreign names included', () => {
    const project = completeProject();
    const result = parseProjectFile(serializeProject(project));
    expect(result).toEqual({ ok: true, project });
  });

  it.each([
    ['not JSON', 'hello', 'import.notJson'],
    // The pairs' projects of a workshop come as one .zip: opened whole, it is named as such.
    ['a zip archive', 'PK\u0003\u0004\u0014\u0000\u0000\u0000binome-1.cocharte.json', 'import.zipArchive'],
    ['JSON that is not a project', '{"name":"x"}', 'import.notProject'],
    ['an array', '[1,2]', 'import.notProject'],
    // A partner's answer to a signing link, opened as a project by mistake: said what it is.
    [
      'a signature answer',
      JSON.stringify({ format: 'cocharte-signature-return', version: 1, partnerId: 'south', outcome: {} }),
      'import.signatureAnswer',
    ],
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
    expect(parseProjectFile(text)).toMatchObject({ ok: false, error });
  });

  it('names the first values of a damaged project it cannot read, where they are and what is expected', () => {
    const file = JSON.parse(serializeProject(completeProject()));
    file.project.partners.partners[1].legal.registrationKind = 'foreign';
    file.project.partners.partners[0].kind = 42;
    file.project.partners.title = 7;
    delete file.project.motivations;
    const result = parseProjectFile(JSON.stringify(file));
    if (result.ok) throw new Error('accepted');
    expect(result.error).toBe('import.damaged');
    expect(result.issues).toHaveLength(3);
    expect(result.issueCount).toBe(4);
    expect(result.issues).toContainEqual({
      path: 'partners.partners[1].legal.registrationKind',
      found: 'foreign',
      oneOf: ['siret', 'rna', 'other', ''],
    });
    const en = describeImportError(result, createTranslator('en'));
    expect(en).toMatch(/^This Cocharte project is damaged: 4 values cannot be read\. /);
    expect(en).toContain(
      'partners.partners[1].legal.registrationKind: expected one of “siret”, “rna”, “other” or empty, found “foreign”.',
    );
    expect(en).toMatch(/And 1 more value that cannot be read\.$/);
    const fr = describeImportError(result, createTranslator('fr'));
    expect(fr).toContain('partners.title\u00a0: on attend un texte, le fichier contient «\u00a07\u00a0».');
    expect(fr).toMatch(/Et 1 autre valeur illisible\.$/);
  });

  it('says a list holds more rows than a project may have, and how many it may, rather than « illisible »', () => {
    const file = JSON.parse(serializeProject(completeProject()));
    const milestone = file.project.followUp.milestones[0];
    file.project.followUp.milestones = Array.from({ length: 3000 }, (_, i) => ({ ...milestone, id: `m${i}` }));
    const result = parseProjectFile(JSON.stringify(file));
    if (result.ok) throw new Error('accepted');
    expect(describeImportError(result, createTranslator('fr'))).toBe(
      'Ce projet Cocharte est endommagé\u00a0: une valeur est illisible. followUp.milestones\u00a0: 3\u202f000 lignes, au plus 100.',
    );
    expect(describeImportError(result, createTranslator('en'))).toBe(
      'This Cocharte project is damaged: one value cannot be read. followUp.milestones: 3,000 rows, at most 100.',
    );
  });

  it('refuses an amendment whose changed value nests lists 50 000 deep (by hand), which overflowed the stack of the chain check', () => {
    const text = readFileSync('tests/fixtures/project-files/v2-record.cocharte.json', 'utf8');
    const intact = parseProjectFile(text);
    if (!intact.ok) throw new Error('fixture unreadable');
    expect(() => checkChainNow(intact.project)).not.toThrow();
    const file = JSON.parse(text);
    file.project.record.amendments[0].changes[0].after = '__DEEP__';
    const deep = JSON.stringify(file).replace('"__DEEP__"', `${'['.repeat(50_000)}${']'.repeat(50_000)}`);
    const result = parseProjectFile(deep);
    if (result.ok) expect(() => checkChainNow(result.project)).not.toThrow();
    expect(result).toMatchObject({ ok: false, error: 'import.damaged' });
    if (!result.ok) expect(result.issues?.[0]?.path).toBe('record.amendments[0].changes[0].after');
    // Anywhere else, such a value is refused and named too, without the refusal overflowing.
    const title = JSON.parse(text);
    title.project.partners.title = '__DEEP__';
    const deepTitle = JSON.stringify(title).replace('"__DEEP__"', `${'['.repeat(50_000)}${']'.repeat(50_000)}`);
    const refused = parseProjectFile(deepTitle);
    if (refused.ok) throw new Error('accepted');
    expect(describeImportError(refused, createTranslator('fr'))).toContain(
      'partners.title\u00a0: on attend un texte, le fichier contient «\u00a0[…]\u00a0».',
    );
  });

  it('says a missing part of the project is missing', () => {
    const file = JSON.parse(serializeProject(completeProject()));
    delete file.project.motivations;
    const result = parseProjectFile(JSON.stringify(file));
    if (result.ok) throw new Error('accepted');
    expect(describeImportError(result, createTranslator('fr'))).toBe(
      'Ce projet Cocharte est endommagé\u00a0: une valeur est illisible. motivations\u00a0: valeur manquante.',
    );
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

  it('says where a signature answer opened as a project goes', () => {
    const result = parseProjectFile(JSON.stringify({ format: 'cocharte-signature-return', version: 1 }));
    if (result.ok) throw new Error('accepted');
    expect(describeImportError(result, createTranslator('en'))).toBe(
      'This file is a partner’s answer to a signing link, not a project: open the project it answers, then import the file at the signing step (for an amendment, in that amendment’s screen of the partnership record), under “Import a returned signature”.',
    );
  });
});
