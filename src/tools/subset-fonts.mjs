// Builds the two fonts the PDF module embeds: DejaVu Sans (the only free font found that
// covers French, Vietnamese and Arabic at once) cut down to the scripts Cocharte needs,
// so the browser downloads ~100 KB per weight instead of ~750 KB.
// Run with `npm run fonts`; the outputs are committed.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';

const root = fileURLToPath(new URL('../../', import.meta.url));
const source = `${root}node_modules/dejavu-fonts-ttf/ttf/`;
const target = `${root}src/assets/fonts/`;

/** Inclusive code point ranges to keep. */
const RANGES = [
  [0x0020, 0x007e], // Basic Latin
  [0x00a0, 0x024f], // Latin-1 Supplement, Latin Extended-A and -B
  [0x02b0, 0x02ff], // spacing modifiers (ʻ ʼ ˆ ˜ used in transliterated names)
  [0x0300, 0x036f], // combining marks: residual NFC-less input still draws
  [0x1e00, 0x1eff], // Latin Extended Additional, including Vietnamese U+1EA0–1EF9
  [0x2000, 0x206f], // General Punctuation (’ “ ” – — … U+202F)
  [0x20ac, 0x20ac], // €
  [0x2116, 0x2116], // №
  [0x2122, 0x2122], // ™
  [0x2190, 0x21ff], // arrows
  [0x2212, 0x2212], // minus sign
  [0x2264, 0x2265], // ≤ ≥
  [0x25a0, 0x25ff], // geometric shapes (■ □ ● ○ ▲), used as bullets and legend marks
  [0x2610, 0x2612], // ☐ ☑ ☒
  [0x2713, 0x2717], // ✓ ✔ ✕ ✖ ✗
  // Symbols people type as emoji that jsPDF can draw (it drops code points beyond U+FFFF,
  // so 😀-style emoji show as U+FFFD whatever the font).
  [0x2600, 0x2603], // ☀ ☁ ☂ ☃
  [0x2605, 0x2606], // ★ ☆
  [0x260e, 0x260e], // ☎
  [0x2639, 0x263b], // ☹ ☺ ☻
  [0x2640, 0x2642], // ♀ ♂
  [0x2660, 0x266b], // ♠ ♥ ♦ ♪ ♫
  [0x2702, 0x270f], // ✂ ✈ ✉ ✌ ✍ ✎ ✏
  [0x2744, 0x2744], // ❄
  [0x2763, 0x2764], // ❣ ❤
  [0x0600, 0x06ff], // Arabic
  [0xfb50, 0xfdff], // Arabic Presentation Forms-A
  [0xfe70, 0xfeff], // Arabic Presentation Forms-B: jsPDF shapes Arabic into these
  [0xfffd, 0xfffd], // replacement character
];

const FILES = [
  ['DejaVuSans.ttf', 'DejaVuSans-subset.ttf'],
  ['DejaVuSans-Bold.ttf', 'DejaVuSans-Bold-subset.ttf'],
];

function rangesText() {
  let text = '';
  for (const [from, to] of RANGES) for (let cp = from; cp <= to; cp++) text += String.fromCodePoint(cp);
  return text;
}

await mkdir(target, { recursive: true });
const text = rangesText();
for (const [from, to] of FILES) {
  const input = await readFile(source + from);
  const output = await subsetFont(input, text, {
    targetFormat: 'truetype',
    // jsPDF neither reads OpenType layout tables nor hinting: it shapes Arabic itself
    // into Presentation Forms, which are kept above. Dropping them halves the files.
    noLayoutClosure: true,
    noHinting: true,
    dropTables: ['GSUB', 'GPOS', 'GDEF', 'kern', 'gasp', 'fpgm', 'prep', 'cvt '],
  });
  await writeFile(target + to, output);
  console.log(`${to}: ${(input.length / 1024).toFixed(0)} KB → ${(output.length / 1024).toFixed(0)} KB`);
}
// The Bitstream Vera / DejaVu licence asks that its notice travel with every copy of the
// fonts: it sits next to them, and the build ships it (src/tools/font-licence.ts).
await writeFile(`${target}LICENSE-DejaVu.txt`, await readFile(`${root}node_modules/dejavu-fonts-ttf/LICENSE`));
