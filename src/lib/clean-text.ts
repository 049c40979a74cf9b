/**
 * The one cleaning every user text goes through: the schemas apply it when data enters
 * (forms, files, storage), the fingerprint hashes its output, and the PDF sanitizer starts
 * from it. So two texts that print the same ("❤" and "❤️", CRLF and LF) are the same text
 * and get the same fingerprint.
 *
 * Removed: C0/C1 controls except LF and CR (a TAB truncates a jsPDF line, so it becomes a
 * space, and so do VT, FF and NEL), the soft hyphen (jsPDF shows it as "-"), zero-width characters, variation
 * selectors (the documents draw one glyph either way), the byte-order mark, and the bidi
 * controls (LRE/RLE/PDF/LRO/RLO, the isolates, LRM/RLM/ALM): they draw nothing in the
 * documents, and in the web page an override shows a title reversed.
 */
const INVISIBLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFE00-\uFE0F\uFEFF]/g;

/** Removal first, NFC last: removing a character between a letter and its accent would otherwise leave them uncomposed, and the function would not be idempotent. */
export function cleanText(value: string): string {
  // A vertical tab (a line break pasted from PowerPoint or Word), a form feed or a NEL
  // separates words: removed, it glued the last word of a line to the first of the next.
  // A space, not a line break: the same text may be a one-line field (a name, a title).
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[\t\u000B\u000C\u0085]/g, ' ')
    .replace(INVISIBLE, '')
    .normalize('NFC');
}
