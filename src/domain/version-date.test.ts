// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildCharterModel } from '../document/charter-model';
import { buildRiskChecklistModel } from '../document/risk-model';
import { createTranslator } from '../i18n/i18n';
import { mergeProjects } from '../merge/merge-projects';
import type { DraftProject } from '../schemas/project.schema';
import { makeSignedProject } from '../testing/test-fixtures';
import { addSignature, applyStep, setDocumentSettings } from './edits';

const fr = createTranslator('fr');
const printed = (p: DraftProject) => {
  const charter = buildCharterModel(p, fr, 'fr');
  return [
    charter.cover.version,
    charter.footerVersion,
    buildRiskChecklistModel(p, fr, 'fr', { fingerprint: '' }).versionDate,
  ];
};

// The fixture's text was last saved on 2 March 2026 (a file from before the text's own date was kept).
describe('the version date the documents print', () => {
  it('stays the date of the text when the partners sign it on later days', async () => {
    const { project } = await makeSignedProject();
    const [first, second] = project.signatures;
    const unsigned = { ...project, signatures: [] };
    const once = addSignature(unsigned, first!, new Date('2026-03-05T09:00:00Z'));
    const twice = addSignature(once, second!, new Date('2026-03-09T09:00:00Z'));
    expect(twice.signatures).toHaveLength(2);
    expect(twice.updatedAt).toBe('2026-03-09T09:00:00.000Z');
    expect(printed(twice)).toEqual(printed(unsigned));
    expect(printed(twice)[0]).toMatch(/^Version du 2\smars 2026$/);
  });

  it('moves with an edit of the text, and not with a change of how it prints', async () => {
    const { project } = await makeSignedProject();
    const edited = applyStep(
      project,
      { step: 'framework', data: { ...project.framework, purpose: `${project.framework.purpose} Révisé.` } },
      new Date('2026-04-01T08:00:00Z'),
    ).project;
    expect(printed(edited)[0]).toMatch(/^Version du 1er\savril 2026$/);
    const bilingual = setDocumentSettings(edited, { bilingual: true }, new Date('2026-05-20T08:00:00Z'));
    expect(bilingual.updatedAt).toBe('2026-05-20T08:00:00.000Z');
    expect(printed(bilingual)[0]).toMatch(/^Version du 1er\savril 2026 \//);
  });

  it('is, after a merge, the date of the copy whose text was kept', async () => {
    const { project } = await makeSignedProject();
    const mine = { ...project, signatures: [] };
    const theirs = applyStep(
      mine,
      { step: 'framework', data: { ...mine.framework, purpose: 'Leur version.' } },
      new Date('2026-04-10T08:00:00Z'),
    ).project;
    // Nothing taken: my text, my date; everything taken: their text, their date.
    expect(printed(mergeProjects(mine, theirs, new Set(), new Date('2026-06-01T08:00:00Z')))[0]).toMatch(
      /2\smars 2026$/,
    );
    const all = mergeProjects(mine, theirs, new Set(['framework.purpose']), new Date('2026-06-01T08:00:00Z'));
    expect(all.framework.purpose).toBe('Leur version.');
    expect(printed(all)[0]).toMatch(/10\savril 2026$/);
  });
});
