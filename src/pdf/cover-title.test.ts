// @vitest-environment node
// The cover title's lines are balanced, as CSS `text-wrap: balance`: never one short
// word alone on the last line (layout audit, item 5).
import { describe, expect, it } from 'vitest';
import type { DraftProject } from '../schemas/project.schema';
import { loadFonts, readPdfItems } from '../testing/pdf-test-support';
import { makeProject } from '../testing/test-fixtures';
import { renderCharterPdf } from './render-pdf';
import { loadExampleFile } from '../testing/example-files';

const fonts = loadFonts();

const example = loadExampleFile;

/** The cover title's lines: the largest text on page 1. */
async function titleLines(project: DraftProject) {
  const items = (await readPdfItems(renderCharterPdf(project, { locale: 'fr', fonts, fingerprint: '' }))).filter(
    (i) => i.page === 1 && i.str.trim() !== '',
  );
  const size = Math.max(...items.map((i) => i.size));
  return items.filter((i) => Math.abs(i.size - size) < 0.01);
}

describe('cover title', () => {
  it('« Filière de sel solidaire Guérande–Đà Nẵng » keeps « Đà Nẵng » together on a balanced last line', async () => {
    const lines = await titleLines(makeProject());
    expect(lines.map((l) => l.str.trim())).toEqual(['Filière de sel solidaire', 'Guérande–Đà Nẵng']);
    // Same left edge, lines one under the other.
    expect(lines[1]!.x).toBeCloseTo(lines[0]!.x, 1);
    expect(lines[1]!.y).toBeLessThan(lines[0]!.y);
  });

  it.each([
    'guerande-univers-sel.cocharte.json',
    'terrena-afdi-cobsac.cocharte.json',
    'lagazel-edm-nafa-naana.cocharte.json',
    'paratronic-corail-onep.cocharte.json',
  ])('%s: no line of the title is much shorter than the others', async (file) => {
    const lines = await titleLines(example(file));
    if (lines.length < 2) return;
    const widest = Math.max(...lines.map((l) => l.width));
    for (const l of lines) {
      expect(l.str.trim().split(/\s+/).length, l.str).toBeGreaterThan(1);
      expect(l.width, l.str).toBeGreaterThan(0.45 * widest);
    }
  });

  it('never breaks inside a place name of capitalised words (« Burkina Faso »)', async () => {
    const project = example('terrena-afdi-cobsac.cocharte.json');
    const lines = await titleLines(project);
    expect(project.partners.title).toContain('Burkina Faso – Pays de la Loire');
    expect(lines.map((l) => l.str.trim())).toEqual(['Filière soja biologique', 'Burkina Faso – Pays de la Loire']);
  });
});
