// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/i18n';
import { contentFingerprint } from '../domain/fingerprint';
import { completeProjectSchema, type DraftProject } from '../schemas/project.schema';
import { buildCharterModel } from '../document/charter-model';
import { EMOJI, longFrenchText, makeExtremeProject, signAll } from '../testing/extreme-fixture';
import { renderCharterPdf } from './render-pdf';
import { MISSING_GLYPH } from './sanitize';
import { findInOrder, loadFonts, qpdfCheck, readPdf, writeTemp, type PdfPageText } from '../testing/pdf-test-support';

let project: DraftProject;
let bytes: Uint8Array;
let pages: PdfPageText[];
let fingerprint: string;
let popplerText: string;

/** Occurrences of `needle` in `s`. */
const count = (s: string, needle: string) => s.split(needle).length - 1;

beforeAll(async () => {
  const unsigned = makeExtremeProject();
  fingerprint = await contentFingerprint(unsigned);
  project = signAll(unsigned, fingerprint);
  bytes = renderCharterPdf(project, {
    locale: 'fr',
    fonts: loadFonts(),
    fingerprint,
    now: new Date('2026-03-07T00:00:00Z'),
  });
  pages = await readPdf(bytes);
  popplerText = execFileSync('pdftotext', ['-enc', 'UTF-8', writeTemp(bytes, 'extreme.pdf'), '-'], {
    encoding: 'utf8',
  });
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
    const all = pages
      .map((p) =>
        p.text
          .split('\n')
          .filter((line) => !furniture.test(line.trim()))
          .join('\n'),
      )
      .join('\n');
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
    ];
    // The emoji (drawn as a placeholder glyph, see glyph-carriers.ts) is part of the
    // expected strings: it must come back in its place.
    expect(expected.filter((s) => s.includes(EMOJI)).length).toBeGreaterThan(0);
    const missing = findInOrder(all, expected)
      .filter((f) => f.at < 0)
      .map((f) => f.needle.slice(0, 60));
    expect(missing).toEqual([]);
  });

  it('gives the emoji the font lacks back from the text, never dropped nor as U+FFFD', () => {
    const raw = pages.map((p) => p.raw).join('\n');
    // Every drawn partner name with the emoji still ends with it (pdf.js, then poppler).
    const name = project.partners.partners.find((p) => p.name.includes(EMOJI))!.name;
    const stem = name.replace(EMOJI, '').trimEnd();
    for (const text of [raw, popplerText]) {
      expect(count(text, stem)).toBeGreaterThan(0);
      expect(count(text, name)).toBe(count(text, stem));
      expect(text).toContain(`perte de confiance ${EMOJI}`);
      expect(text).not.toContain(MISSING_GLYPH);
    }
  });

  it('counts all eight signatures', () => {
    expect(pages[0]!.text).toContain('Signée par les 8 partenaires');
  });
});
