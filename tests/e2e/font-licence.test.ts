/**
 * The DejaVu fonts ship in the build (the PDF embeds them), so their licence ships too:
 * the Bitstream Vera notice must accompany every copy of the fonts. Reads the built dist/.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { FONT_LICENCE_FILE } from '../../src/tools/font-licence';
import { DIST } from './quality-helpers';

const dist = resolve(DIST);

describe('font licence', () => {
  it('is in the build beside the fonts, word for word the DejaVu licence', () => {
    const fonts = readdirSync(join(dist, 'assets')).filter((f) => /^DejaVuSans.*\.ttf$/.test(f));
    assert.equal(fonts.length, 2, `both DejaVu weights in dist/assets (found ${fonts.join(', ') || 'none'})`);
    const shipped = readFileSync(join(dist, FONT_LICENCE_FILE), 'utf8');
    assert.match(shipped, /Bitstream Vera Fonts Copyright/);
    assert.match(shipped, /Arev Fonts Copyright/);
    assert.match(shipped, /this permission notice shall\s+be included in all copies/);
    const kept = readFileSync(new URL('../../src/assets/fonts/LICENSE-DejaVu.txt', import.meta.url), 'utf8');
    const upstream = readFileSync(new URL('../../node_modules/dejavu-fonts-ttf/LICENSE', import.meta.url), 'utf8');
    assert.equal(shipped, kept);
    assert.equal(kept, upstream, 'the licence next to the fonts is the one of the dejavu-fonts-ttf package');
  });
});
