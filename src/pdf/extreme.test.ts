// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/i18n';
import { contentFingerprint } from '../lib/fingerprint';
import { completeProjectSchema, type DraftProject } from '../schemas/project.schema';
import { buildCharterModel } from './charter-model';
import { EMOJI, longFrenchText, makeExtremeProject, signAll } from './extreme-fixture';
import { renderCharterPdf } from './render-pdf';
import { MISSING_GLYPH } from './sanitize';
import { findInOrder, loadFonts, qpdfCheck, readPdf, type PdfPageText } from './test-support';

let project: DraftProject;
let bytes: Uint8Array;
let pages: PdfPageText[];
let fingerprint: string;

/** What the PDF shows for a string: the emoji the font lacks becomes U+FFFD. */
const shown = (s: string) => s.replaceAll(EMOJI, MISSING_GLYPH);

beforeAll(async () => {
  const unsigned = makeExtremeProject();
  fingerprint = await contentFingerprint(unsigned);
  project = signAll(unsigned, fingerprint);
  bytes = renderCharterPdf(project, { locale: 'fr', fonts: loadFonts(), fingerprint, now: new Date('2026-03-07T00:00:00Z') });
  pages = await readPdf(bytes);
}, 30_000);

describe('extreme project', () => {
  it('is a complete project and a valid PDF', () => {
    const result = completeProjectSchema.safeParse(project);
    expect(result.success, JSON.stringify(!result.success && result.error.issues.slice(0, 3))).toBe(true);
    expect(qpdfCheck(bytes)).toMatch(/No syntax or stream encoding errors/);
  });

  it('numbers every page right', () => {
    expect(pages.length).toBeGreaterThan(15);
    pages.forEach((page, i) => expect(page.text).toContain(`page ${i + 1} / ${pages.length}`));
  });

  it('gives back every string, in order', () => {
    // Running headers and footers interrupt text that flows across pages: drop them.
    const furniture = /^(.* — (Charte de partenariat|Liste de contrôle des risques)|version du .*|page \d+ \/ \d+)$/;
    const all = pages.map((p) => p.text.split('\n').filter((line) => !furniture.test(line.trim())).join('\n')).join('\n');
    const model = buildCharterModel(project, createTranslator('fr'), 'fr', { fingerprint });
    const expected = [
      ...project.partners.partners.map((p) => p.name),
      model.articles[0]!.heading,
      ...project.partners.partners.map((p) => p.name),
      model.articles[1]!.heading,
      longFrenchText(),
      ...model.articles.slice(2, 7).map((a) => a.heading),
      ...project.followUp.milestones.map((m) => m.title),
      ...model.articles.slice(7).map((a) => a.heading),
      ...project.partners.partners.flatMap((p, i) => [p.name, project.signatures[i]!.signatoryName]),
      'Liste de contrôle des risques',
      ...project.impacts.risks.map((r) => r.title),
    ].map(shown);
    const missing = findInOrder(all, expected).filter((f) => f.at < 0).map((f) => f.needle.slice(0, 60));
    expect(missing).toEqual([]);
  });

  it('shows a missing-glyph mark instead of dropping the emoji silently', () => {
    expect(pages.map((p) => p.raw).join('')).toContain(MISSING_GLYPH);
  });

  it('counts all eight signatures', () => {
    expect(pages[0]!.text).toContain('Signée par les 8 partenaires');
  });
});
