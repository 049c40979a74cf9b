// Limits that never lose data (issue 10, item 6): a realistic long text imports; a text
// over the limit is kept in a draft and flagged by the complete schema; only a file far
// beyond any limit is refused, and then the message names the field and the limit.
import { describe, expect, it } from 'vitest';
import { completeProject } from '../../tests/fixtures/project';
import { createTranslator } from '../i18n/i18n';
import { LIMITS } from '../schemas/fields';
import { stepSchemas } from '../schemas/project.schema';
import { describeImportError, parseProjectFile, serializeProject } from './project-file';

const longText = (n: number) =>
  'La gouvernance repose sur un comité de pilotage. '.repeat(Math.ceil(n / 49)).slice(0, n);

describe('text limits on import', () => {
  it('imports and round-trips a 20,000-character governance text', () => {
    const project = completeProject();
    project.framework.governance = longText(20_000);
    expect(LIMITS.text).toBeGreaterThanOrEqual(20_000);
    const result = parseProjectFile(serializeProject(project));
    expect(result.ok && result.project.framework.governance.length).toBe(20_000);
    expect(stepSchemas.complete.framework.safeParse(project.framework).success).toBe(true);
  });

  it('imports a text over the limit and flags it as too long once complete', () => {
    const project = completeProject();
    project.framework.governance = longText(LIMITS.text + 340);
    const result = parseProjectFile(serializeProject(project));
    expect(result.ok).toBe(true);
    const complete = stepSchemas.complete.framework.safeParse(project.framework);
    expect(complete.success).toBe(false);
    const issue = complete.error?.issues.find((i) => i.path.join('.') === 'governance');
    expect(issue?.message).toMatch(/^errors\.tooLong:\d+$/);
  });

  it('keeps an over-limit paste in the draft a form autosaves', () => {
    const project = completeProject();
    const draft = stepSchemas.draft.framework.safeParse({
      ...project.framework,
      governance: longText(LIMITS.text * 2),
    });
    expect(draft.success).toBe(true);
  });

  it('refuses a text beyond what a draft can hold, naming the field and the limit, never "damaged"', () => {
    const project = completeProject();
    project.framework.governance = 'x'.repeat(LIMITS.text * 10 + 1);
    const result = parseProjectFile(serializeProject(project));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBe('import.tooLong');
    const fr = describeImportError(result, createTranslator('fr'));
    expect(fr).toContain('Gouvernance');
    expect(fr).toContain('20\u202f000');
    expect(fr).not.toMatch(/endommagé/);
  });
});
