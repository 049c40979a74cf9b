/** The decisions partners may take together at the end of term (issue 13). */
export const CLOSING_DECISIONS = ['renew', 'grow', 'replicate', 'close'] as const;
export type ClosingDecision = (typeof CLOSING_DECISIONS)[number];
