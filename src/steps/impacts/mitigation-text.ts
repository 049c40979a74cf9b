/**
 * The mitigation field is free text, one measure per line by convention (that is how
 * riskFromCatalogue writes the suggestions). These helpers let a suggested measure be
 * added to it once, whatever the partners have written around it.
 */

const normalize = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** Whether the text already contains the measure, ignoring case and spacing. */
export function includesMeasure(text: string, measure: string): boolean {
  const m = normalize(measure);
  return m !== '' && normalize(text).includes(m);
}

/** The text with the measure added on a line of its own (unchanged if already there). */
export function appendMeasure(text: string, measure: string): string {
  if (includesMeasure(text, measure)) return text;
  const body = text.replace(/\s+$/, '');
  return body === '' ? measure : `${body}\n${measure}`;
}
