import { createRequire } from 'node:module';
import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { PATCHED_JSPDF_VERSION } from './glyph-carriers';
import { createContext } from './render-pdf';
import { loadFonts } from '../testing/pdf-test-support';

describe('the jsPDF internals glyph-carriers.ts patches', () => {
  it('belong to the jsPDF release installed', () => {
    const installed = (createRequire(import.meta.url)('jspdf/package.json') as { version: string }).version;
    const why =
      `jsPDF ${installed} is installed, but src/pdf/glyph-carriers.ts patches the internals of jsPDF ` +
      `${PATCHED_JSPDF_VERSION} (font metadata, the putFont event, the Identity-H font writer). Until it is ` +
      're-checked against the new release, every emoji prints as a plain U+FFFD and leaves the text layer. ' +
      'Read the new font writer, run src/pdf/symbols.test.ts and glyph-carriers-fallback.test.ts, then update ' +
      'PATCHED_JSPDF_VERSION.';
    expect(installed, why).toBe(PATCHED_JSPDF_VERSION);
    expect(jsPDF.version, why).toBe(PATCHED_JSPDF_VERSION);
  });

  it('are there on that release: a character the font lacks gets a carrier, not U+FFFD', () => {
    const ctx = createContext({ fonts: loadFonts() }, 'portrait');
    const carrier = ctx.substitute?.(0x1f600)?.codePointAt(0);
    expect(carrier).toBeGreaterThanOrEqual(0xe600);
    expect(carrier).toBeLessThanOrEqual(0xf8ff);
  });
});
