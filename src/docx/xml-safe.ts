/**
 * Characters XML 1.0 cannot hold at all, not even escaped: C0 controls other than tab and
 * line breaks, lone surrogates, U+FFFE and U+FFFF. The text cleaning (lib/clean-text.ts)
 * removes the controls but keeps the other three, which only a hand-edited file brings, and
 * Word then refused the whole copy as corrupt.
 */
const NOT_IN_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** The visible mark the PDF prints for a character it cannot draw (pdf/sanitize.ts). */
const REPLACEMENT = '\uFFFD';

/**
 * `value` with each of its strings (at any depth) writable in XML: a character XML cannot
 * hold becomes U+FFFD, as in the PDF. The fingerprint is untouched: it is computed from the
 * project, not from this copy.
 */
export function xmlSafe<T>(value: T): T {
  if (typeof value === 'string') return value.replace(NOT_IN_XML, REPLACEMENT) as T;
  if (Array.isArray(value)) return value.map((item) => xmlSafe(item)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, xmlSafe(item)])) as T;
  }
  return value;
}
