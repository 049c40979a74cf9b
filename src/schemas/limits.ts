/**
 * Lengths a complete charter may have: a name or title fits a line or two (200), an
 * article's text a few pages (a governance article can reach 20,000 characters). Apart from
 * fields.ts, which brings zod: code that needs a limit without the schemas (the workshop's
 * pair names) reads them here.
 */
export const LIMITS = { short: 200, text: 20_000, list: 8, rows: 100 } as const;
