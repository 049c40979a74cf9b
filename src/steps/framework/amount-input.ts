/**
 * What a typed amount means: '' is "not given" (null); "1 500,50" and "1500.50" are the
 * same number. Anything else stays NaN so the schema says it is not a number, rather than
 * silently storing 0.
 */
export function parseAmount(value: unknown): number | null {
  if (typeof value === 'number') return Number.isNaN(value) ? Number.NaN : value;
  if (typeof value !== 'string') return null;
  const s = value.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (s === '') return null;
  return /^-?\d*(\.\d+)?$/.test(s) ? Number(s) : Number.NaN;
}
