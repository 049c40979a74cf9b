/** A name or a title fits a line or two. */
export const SHORT_TEXT_MAX = 200;

/**
 * Lengths a complete charter may have: a name or title fits a line or two, an article's text
 * a few pages (a governance article can reach 20,000 characters). Apart from fields.ts, which
 * brings zod: the first screen's code (the workshop's pair titles) reads them without it.
 */
export const LIMITS = { short: SHORT_TEXT_MAX, text: 20_000, list: 8, rows: 100 } as const;
