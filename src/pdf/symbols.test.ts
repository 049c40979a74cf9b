// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { renderCharterPdf } from './render-pdf';
import { MISSING_GLYPH } from './sanitize';
import { makeSignedProject } from '../testing/test-fixtures';
import { loadFonts, readPdf, writeTemp } from '../testing/pdf-test-support';

describe('symbols people type as emoji', () => {
  it('keeps ☺ ❤ ★ ♪ ✈ as selectable text, and gives back the 🤝 😀 the font cannot draw, in order', async () => {
    const { project, fingerprint } = await makeSignedProject();
    const typed = 'Une belle aventure ☺ ❤ ★ ♪ ✈ ensemble 🤝 et 😀😀 fin';
    const withSymbols = { ...project, framework: { ...project.framework, purpose: typed } };
    const bytes = renderCharterPdf(withSymbols, { locale: 'fr', fonts: loadFonts(), fingerprint });
    const raw = (await readPdf(bytes)).map((p) => p.raw).join('');
    const poppler = execFileSync('pdftotext', ['-enc', 'UTF-8', writeTemp(bytes, 'symbols.pdf'), '-'], {
      encoding: 'utf8',
    });
    for (const text of [raw, poppler]) {
      expect(text).toContain(typed);
      // Drawn as the U+FFFD glyph, but the text layer carries the emoji itself.
      expect(text).not.toContain(MISSING_GLYPH);
    }
  });

  it('leaves Arabic around an emoji in the order it had around the U+FFFD placeholder', async () => {
    const { project, fingerprint } = await makeSignedProject();
    const typed = 'جمعية 🤝 الأمل للتنمية 😀 و 2026 شكرا';
    const withEmoji = { ...project, framework: { ...project.framework, purpose: typed } };
    const pages = await readPdf(renderCharterPdf(withEmoji, { locale: 'fr', fonts: loadFonts(), fingerprint }));
    // pdf.js gives the logical order back; NFKC folds the presentation forms drawn.
    expect(pages.map((p) => p.text).join('\n')).toContain(typed);
  });
});
