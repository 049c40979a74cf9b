// @vitest-environment node
// Arabic inside autotable cells used to come out letter-reversed (autotable's default
// textOptions switch off jsPDF's bidi reordering). Each Arabic word read back from the PDF,
// in every place it is drawn (plain text and table cells), must be a word of the input.
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderCharterPdf } from './render-pdf';
import { makeProject } from '../testing/test-fixtures';
import { loadFonts, readPdf, writeTemp } from '../testing/pdf-test-support';

const ARABIC_NAME = 'جمعية الأمل';
const ARABIC_RUN = /[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufefc]+/g;

/** Arabic words as extracted (presentation forms, no NFKC), then folded one by one. */
function arabicWords(raw: string): string[] {
  return (raw.match(ARABIC_RUN) ?? []).map((w) => w.normalize('NFKC'));
}

let pdfjsText = '';
let popplerText = '';

beforeAll(async () => {
  const project = makeProject();
  // The southern partner's name shows as plain text (cover, headings) and in table cells
  // (validations, milestones, risk owners, checklist), so both paths are compared.
  project.partners.partners[2]!.name = ARABIC_NAME;
  const bytes = renderCharterPdf(project, {
    locale: 'fr',
    fonts: loadFonts(),
    fingerprint: 'a'.repeat(64),
    now: new Date('2026-03-07T00:00:00Z'),
  });
  pdfjsText = (await readPdf(bytes)).map((p) => p.raw).join('\n');
  popplerText = execFileSync('pdftotext', ['-enc', 'UTF-8', writeTemp(bytes, 'arabic.pdf'), '-'], { encoding: 'utf8' });
});

describe('Arabic in tables', () => {
  const expected = new Set(ARABIC_NAME.split(' '));

  it('is drawn in several places, tables included', () => {
    // Cover + parties heading + 4 table cells at least (validations, milestone, risk owner ×2).
    expect(arabicWords(popplerText).length).toBeGreaterThanOrEqual(2 * 6);
  });

  it('keeps the letter order of every word (pdftotext)', () => {
    const wrong = arabicWords(popplerText).filter((w) => !expected.has(w));
    expect(wrong).toEqual([]);
  });

  it('keeps the letter order of every word (pdf.js)', () => {
    const words = arabicWords(pdfjsText);
    expect(words.length).toBeGreaterThan(0);
    expect(words.filter((w) => !expected.has(w))).toEqual([]);
  });
});
