// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createTranslator, type Locale } from '../i18n/i18n';
import { contentFingerprint } from '../domain/fingerprint';
import { wizardMachine } from '../machine/wizard.machine';
import { STEP_IDS, stepChanged, stepSubmitted } from '../machine/wizard.types';
import { parseProjectFile } from '../persistence/project-file';
import { renderCharterPdf } from '../pdf/render-pdf';
import { findInOrder, loadFonts, readPdf } from '../testing/pdf-test-support';
import { missingItems } from '../domain/completeness';
import { exampleLeftovers } from '../domain/example-leftovers';
import type { DraftProject } from '../schemas/project.schema';
import { EXAMPLES } from './examples';

/** The project with every field still holding an example's invented fact filled in for real. */
function replaceLeftovers(project: DraftProject): DraftProject {
  const copy = structuredClone(project);
  for (const { step, path } of exampleLeftovers(project)) {
    const keys = path.split('.');
    const last = keys.pop();
    let at: Record<string, unknown> = copy[step] as unknown as Record<string, unknown>;
    for (const k of keys) at = at[k] as Record<string, unknown>;
    if (last) at[last] = last === 'contactEmail' ? 'contact@partenaire.fr' : 'Camille Martin';
  }
  return copy;
}

const ARTICLES = [
  'parties',
  'purpose',
  'motivations',
  'roles',
  'governance',
  'communication',
  'followUp',
  'impacts',
  'risks',
  'term',
  'signatures',
] as const;

describe.each(EXAMPLES.map((e) => [e.id, e] as const))('worked example %s', (_, example) => {
  it('walks the machine through the five steps to the review with nothing missing but its invented facts', async () => {
    const parsed = parseProjectFile(await example.load());
    if (!parsed.ok) throw new Error(parsed.error);
    const project = { ...parsed.project, visited: ['partners' as const] };
    const actor = createActor(wizardMachine, { input: { project } }).start();
    for (const step of STEP_IDS) actor.send(stepSubmitted(step, project[step]));
    expect(actor.getSnapshot().matches({ flow: 'review' })).toBe(true);
    expect(missingItems(actor.getSnapshot().context.project)).toEqual([
      { step: 'partners', path: 'illustrativeExample', message: 'errors.illustrativeExample' },
    ]);
    // Declared replaced while an invented fact is still there: refused, nothing changes.
    actor.send({ type: 'illustrative.cleared' });
    expect(actor.getSnapshot().context.project.illustrativeExample).toBe(example.id);
    expect(missingItems(actor.getSnapshot().context.project)).toHaveLength(1);
    // Each one replaced by the partners, then declared: the charter can be signed.
    const replaced = replaceLeftovers(actor.getSnapshot().context.project);
    for (const step of STEP_IDS) actor.send(stepChanged(step, replaced[step]));
    actor.send({ type: 'illustrative.cleared' });
    expect(actor.getSnapshot().context.project.illustrativeExample).toBeUndefined();
    expect(missingItems(actor.getSnapshot().context.project)).toEqual([]);
  });

  it.each(['fr', 'en'] as Locale[])(
    'renders its charter in %s with the article titles in that language',
    async (locale) => {
      const parsed = parseProjectFile(await example.load());
      if (!parsed.ok) throw new Error(parsed.error);
      const t = createTranslator(locale);
      const bytes = renderCharterPdf(parsed.project, {
        locale,
        fonts: loadFonts(),
        fingerprint: await contentFingerprint(parsed.project),
        now: new Date('2026-11-25T12:00:00Z'),
      });
      const text = (await readPdf(bytes)).map((p) => p.text).join('\n');
      const found = findInOrder(
        text,
        ARTICLES.map((a) => t(`doc.article.${a}`)),
      );
      expect(found.filter((f) => f.at < 0)).toEqual([]);
      for (const partner of parsed.project.partners.partners)
        expect(findInOrder(text, [partner.name])[0]?.at).toBeGreaterThanOrEqual(0);
    },
  );
});
