// Characters jsPDF cannot draw with an embedded TTF: a TAB truncates the rest of the line
// (parallax/jsPDF#3490), a soft hyphen shows as "-", zero-width and C0/C1 controls are
// noise. Line breaks are kept: the layout splits paragraphs on them.
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u200B-\u200D\u2060\uFE00-\uFE0F\uFEFF]/g;

/** Shown instead of a character the font has no glyph for, so the gap is visible. */
export const MISSING_GLYPH = '\uFFFD';

/**
 * Makes a user string drawable: NFC (decomposed Vietnamese extracts badly), tabs as
 * spaces, invisible characters removed, CRLF as LF, and code points outside `coverage`
 * replaced by U+FFFD (or dropped when the font lacks that too). Idempotent.
 *
 * `substitute`, when given, is asked first for each code point outside `coverage`: the
 * renderer uses it to swap in a stand-in that keeps the character in the text layer
 * (see glyph-carriers.ts); undefined falls back to U+FFFD.
 */
export function sanitizeForPdf(
  text: string,
  coverage?: ReadonlySet<number>,
  substitute?: (codePoint: number) => string | undefined,
): string {
  let s = text.normalize('NFC').replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(INVISIBLE, '');
  if (coverage) {
    const replacement = coverage.has(MISSING_GLYPH.codePointAt(0)!) ? MISSING_GLYPH : '';
    let out = '';
    for (const ch of s) {
      const cp = ch.codePointAt(0)!;
      out += cp === 0x0a || cp === 0x20 || coverage.has(cp) ? ch : (substitute?.(cp) ?? replacement);
    }
    s = out;
  }
  return s;
}
