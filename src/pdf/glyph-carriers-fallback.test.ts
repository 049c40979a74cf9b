import { execFileSync } from 'node:child_process';
import { jsPDF } from 'jspdf';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderCharterPdf } from './render-pdf';
import { MISSING_GLYPH } from './sanitize';
import { makeSignedProject } from '../testing/test-fixtures';
import { loadFonts, qpdfCheck, readPdf, writeTemp } from '../testing/pdf-test-support';

/**
 * The documented fallback of glyph-carriers.ts: when jsPDF's internals are not what it
 * patches, a character the font lacks prints as a plain U+FFFD, and the PDF is still whole.
 * The real module runs; only what jsPDF hands it is changed, as a new release might.
 */
type Change = 'none' | 'font metadata renamed' | 'event bus renamed';
const simulated = vi.hoisted(() => ({ change: 'none' as Change }));

vi.mock('./glyph-carriers', async (importOriginal) => {
  const real = await importOriginal<typeof import('./glyph-carriers')>();
  const install: typeof real.installGlyphCarriers = (doc, fonts, coverage) => {
    if (simulated.change === 'font metadata renamed') {
      // Same data, another name: jsPDF itself still draws with the real font object.
      const renamed = fonts.map((f) => ({
        ...f,
        metadata: { ...f.metadata, cmap: undefined, charMap: f.metadata.cmap },
      }));
      return real.installGlyphCarriers(doc, renamed as unknown as typeof fonts, coverage);
    }
    if (simulated.change === 'event bus renamed') {
      const internal = { ...doc.internal, events: undefined, pubsub: (doc.internal as { events?: unknown }).events };
      return real.installGlyphCarriers({ internal } as unknown as typeof doc, fonts, coverage);
    }
    return real.installGlyphCarriers(doc, fonts, coverage);
  };
  return { ...real, installGlyphCarriers: install };
});

const realVersion = jsPDF.version;
afterEach(() => {
  simulated.change = 'none';
  jsPDF.version = realVersion;
});

async function printed(typed: string) {
  const { project, fingerprint } = await makeSignedProject();
  const withEmoji = { ...project, framework: { ...project.framework, purpose: typed } };
  const bytes = renderCharterPdf(withEmoji, { locale: 'fr', fonts: loadFonts(), fingerprint });
  expect(qpdfCheck(bytes)).toMatch(/No syntax or stream encoding errors/);
  const pdfjs = (await readPdf(bytes)).map((p) => p.raw).join('');
  const poppler = execFileSync('pdftotext', ['-enc', 'UTF-8', writeTemp(bytes, 'fallback.pdf'), '-'], {
    encoding: 'utf8',
  });
  return [pdfjs, poppler];
}

const typed = 'Une belle aventure ❤ ensemble 🤝 et 😀 fin';
const asPlaceholder = 'Une belle aventure ❤ ensemble \uFFFD et \uFFFD fin';

describe('glyph carriers, when jsPDF is not the release they patch', () => {
  it('on the patched release: the emoji stays in the text layer (the scheme is on)', async () => {
    for (const text of await printed(typed)) expect(text).toContain(typed);
  });

  it.each<Change>(['font metadata renamed', 'event bus renamed'])(
    '%s: prints a plain U+FFFD for each emoji, and the PDF is whole',
    async (change) => {
      simulated.change = change;
      for (const text of await printed(typed)) {
        expect(text).toContain(asPlaceholder);
        expect(text).not.toContain('😀');
        expect(text).toContain(MISSING_GLYPH);
      }
    },
  );

  it('another jsPDF version: prints a plain U+FFFD rather than trust internals nobody checked', async () => {
    jsPDF.version = '4.3.0';
    for (const text of await printed(typed)) expect(text).toContain(asPlaceholder);
  });
});
