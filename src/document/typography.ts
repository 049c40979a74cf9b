/**
 * « and » hold to their words with a no-break space, as French typography wants; a plain
 * space (or none) typed by a user would let a line end on an opening «. Every document
 * applies it to what it prints (the PDF, the web page, the Word copy, the calendar).
 */
export function guillemetSpacing(text: string): string {
  return text.replace(/«[ \u00a0\u202f]*/g, '«\u00a0').replace(/[ \u00a0\u202f]*»/g, '\u00a0»');
}

/**
 * A document model with every text in it spaced as above: the partners' words reach the
 * models as typed, and the PDF, the web page and the Word copy print the same model.
 * Plain data only (the models are): other objects are kept as they are.
 */
export function typeset<T>(model: T): T {
  return spaced(model) as T;
}

function spaced(value: unknown): unknown {
  if (typeof value === 'string') return value.includes('«') || value.includes('»') ? guillemetSpacing(value) : value;
  if (Array.isArray(value)) return value.map(spaced);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, spaced(v)]));
  return value;
}
