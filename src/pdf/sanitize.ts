import { cleanText } from '../lib/clean-text';

/** Shown instead of a character the font has no glyph for, so the gap is visible. */
export const MISSING_GLYPH = '\uFFFD';

/**
 * Makes a user string drawable: first the cleaning every text gets (lib/clean-text.ts:
 * NFC, tabs as spaces, CRLF as LF, invisible and bidi controls removed — a TAB truncates
 * a jsPDF line, parallax/jsPDF#3490), so the PDF prints exactly the text the fingerprint
 * covers; then code points outside `coverage` replaced by U+FFFD (or dropped when the
 * font lacks that too). Idempotent.
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
  let s = cleanText(text);
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
