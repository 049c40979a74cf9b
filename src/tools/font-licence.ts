// The DejaVu fonts are copied into dist/assets (the PDF embeds them, the service worker
// caches them), and their licence (Bitstream Vera, plus Arev for some glyphs) requires its
// notice "in all copies of one or more of the Font Software typefaces". This build plugin
// ships the licence kept next to the fonts, under a stable name a notice can link to.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/** Where the licence lands in dist/ (and is served from). */
export const FONT_LICENCE_FILE = 'licenses/DejaVu-fonts-LICENSE.txt';
const source = new URL('../assets/fonts/LICENSE-DejaVu.txt', import.meta.url);

export function shipFontLicence(): Plugin {
  return {
    name: 'cocharte:font-licence',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: FONT_LICENCE_FILE, source: readFileSync(source, 'utf8') });
    },
  };
}
