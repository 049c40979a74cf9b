// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { renderCharterPdf } from './render-pdf';
import { MISSING_GLYPH } from './sanitize';
import { makeSignedProject } from './test-fixtures';
import { loadFonts, readPdf } from './test-support';

describe('symbols people type as emoji', () => {
  it('keeps ☺ ❤ ★ ♪ ✈ as selectable text, and marks a 🤝 the PDF library cannot draw', async () => {
    const { project, fingerprint } = await makeSignedProject();
    const typed = 'Une belle aventure ☺ ❤ ★ ♪ ✈ ensemble 🤝';
    const withSymbols = { ...project, framework: { ...project.framework, purpose: typed } };
    const pages = await readPdf(renderCharterPdf(withSymbols, { locale: 'fr', fonts: loadFonts(), fingerprint }));
    const raw = pages.map((p) => p.raw).join('');
    expect(raw).toContain('Une belle aventure ☺ ❤ ★ ♪ ✈ ensemble');
    expect(raw).toContain(MISSING_GLYPH);
  });
});
