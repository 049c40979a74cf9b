// @vitest-environment node
// The PDF's text layer gives Arabic back as the letters typed, not as the contextual
// presentation forms jsPDF draws with: a name copied from the charter, or searched for in
// it, matches the name as the partners wrote it.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { renderCharterPdf } from './render-pdf';
import { makeProject, NAMES } from '../testing/test-fixtures';
import { loadFonts, readPdf, writeTemp } from '../testing/pdf-test-support';

const PRESENTATION_FORMS = /[\ufb50-\ufdff\ufe70-\ufeff]/;

describe('Arabic in the text layer', () => {
  it('extracts as the letters typed (a lam-alef ligature as its two letters)', async () => {
    const project = makeProject();
    project.framework.governance = 'يجتمع الشركاء لا أقل من مرة كل ثلاثة أشهر.';
    const bytes = renderCharterPdf(project, { locale: 'fr', fonts: loadFonts(), fingerprint: 'a'.repeat(64) });
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', writeTemp(bytes, 'arabe.pdf'), '-'], { encoding: 'utf8' });
    expect(text).not.toMatch(PRESENTATION_FORMS);
    expect(text).toContain(NAMES.arabicContact);
    expect(text).toContain('يجتمع الشركاء لا أقل من مرة كل ثلاثة أشهر');
    // The rest of the text is as before: Vietnamese and French intact.
    expect(text).toContain(NAMES.southern);
    // pdf.js (a browser's viewer) reads it the same way.
    const pages = await readPdf(bytes);
    const raw = pages.map((p) => p.raw).join('\n');
    expect(raw).not.toMatch(PRESENTATION_FORMS);
    expect(raw).toContain(NAMES.arabicContact);
    expect(raw).toContain('لا أقل من مرة كل ثلاثة');
  });
});
