/** Likelihood or severity as a draft holds it: 1–4, or '' while nobody has chosen it. */
export type DraftScale = number | '';

interface Rated {
  likelihood: number;
  severity: number;
}

/**
 * Whether the partners have chosen both the likelihood and the severity of a risk. A risk
 * written by hand starts unrated; until it is rated it has no level, no place in the
 * matrix, and the documents say « à choisir » instead of inventing one.
 */
export function isRated<R extends { likelihood: DraftScale; severity: DraftScale }>(r: R): r is R & Rated {
  return typeof r.likelihood === 'number' && typeof r.severity === 'number';
}

/** A rated risk's score: likelihood × severity, 1–16. */
export function riskScore(r: Rated): number {
  return r.likelihood * r.severity;
}

/** Level shown in the matrix, from the score (a risk once rated). */
export function riskLevel(r: Rated): 'low' | 'medium' | 'high' | 'critical' {
  const score = riskScore(r);
  if (score >= 12) return 'critical';
  if (score >= 8) return 'high';
  if (score >= 4) return 'medium';
  return 'low';
}

/** The level of a rated risk, or null while its likelihood or severity is still to choose. */
export function draftRiskLevel(r: {
  likelihood: DraftScale;
  severity: DraftScale;
}): ReturnType<typeof riskLevel> | null {
  return isRated(r) ? riskLevel(r) : null;
}
