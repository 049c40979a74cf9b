// One Intl.NumberFormat per language tag and options: making one costs about a millisecond,
// and the first of a page ten (the locale's data), where a step lists a dozen amounts.
const formats = new Map<string, Intl.NumberFormat>();

/** The number format for `tag` ("fr-FR", "en-GB") and `options`, made once per page. */
export function numberFormat(tag: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${tag}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(tag, options);
    formats.set(key, format);
  }
  return format;
}
