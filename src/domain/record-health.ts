import { HEALTH_QUESTION_IDS, type HealthAnswer, type HealthQuestionId, type Review } from '../schemas/record.schema';

/**
 * Where each health-check question comes from. The questions are Cocharte's own wording
 * (source 'cocharte'), never presented as the guide's; `drawsOn` names what they are
 * drawn from, so the UI can cite it next to the question.
 */
export interface HealthQuestionSource {
  source: 'cocharte';
  drawsOn: string[];
}

export const HEALTH_QUESTIONS: Record<HealthQuestionId, HealthQuestionSource> = {
  // Guide 000, « Les freins »: mutual ignorance and prejudice; contact people who change
  // break trust. Step 4: reviewing regularly "pour entretenir le rapport de confiance".
  trust: { source: 'cocharte', drawsOn: ['guide000-brakes-ignorance', 'guide000-step4'] },
  // Guide 000, step 2: motivations and expectations stated by each; the meeting of
  // individual interests and a collective interest.
  sharedGoals: { source: 'cocharte', drawsOn: ['guide000-step2', 'guide000-collective-interest'] },
  // Guide 000, brakes: fear of cost overruns (companies), of instrumentalisation
  // (associations); step 3: the place of each partner.
  balance: { source: 'cocharte', drawsOn: ['guide000-brakes-ignorance', 'guide000-step3'] },
  // Guide 000, brakes: little time, many contacts; step 3: stakeholders informed.
  communication: { source: 'cocharte', drawsOn: ['guide000-brakes-time', 'guide000-step3'] },
  // Guide 000, step 2 (the southern partner involved from the start) and step 3 (the
  // vision of the southern actors).
  southVoice: { source: 'cocharte', drawsOn: ['guide000-step2', 'guide000-step3'] },
  // Guide 000, step 3 (framework validated internally) and step 5 (the partner becoming a
  // stakeholder in governance); TPI Partnering Agreement Scorecard, governance ingredient.
  governance: { source: 'cocharte', drawsOn: ['guide000-step3', 'guide000-step5', 'tpi-scorecard'] },
  // Guide 000, step 5: effects each partner expects for itself.
  valueForUs: { source: 'cocharte', drawsOn: ['guide000-step5'] },
  // Guide 000, « Impacts observés » in the South and step 5's risks for the local ecosystem.
  valueForSouth: { source: 'cocharte', drawsOn: ['guide000-impacts-south', 'guide000-step5'] },
};

/** Two partners' scores this far apart (or more) on a 1–5 scale make a discussion point. */
export const GAP_THRESHOLD = 2;

export interface HealthGap {
  question: HealthQuestionId;
  low: { partnerId: string; score: number };
  high: { partnerId: string; score: number };
  gap: number;
}

/**
 * The questions on which partners see the partnership differently, widest gap first:
 * what the meeting should talk about. A low score everyone shares is not a gap (it is
 * in `lowScores`).
 */
export function healthGaps(answers: readonly HealthAnswer[], threshold = GAP_THRESHOLD): HealthGap[] {
  const gaps: HealthGap[] = [];
  for (const q of HEALTH_QUESTION_IDS) {
    const scored = answers
      .map((a) => ({ partnerId: a.partnerId, score: a.scores[q] }))
      .filter((s): s is { partnerId: string; score: number } => typeof s.score === 'number');
    if (scored.length < 2) continue;
    const low = scored.reduce((m, s) => (s.score < m.score ? s : m));
    const high = scored.reduce((m, s) => (s.score > m.score ? s : m));
    const gap = high.score - low.score;
    if (gap >= threshold) gaps.push({ question: q, low, high, gap });
  }
  return gaps.sort((a, b) => b.gap - a.gap);
}

/** Questions every partner who answered scored 2 or less. */
export function lowScores(answers: readonly HealthAnswer[]): HealthQuestionId[] {
  return HEALTH_QUESTION_IDS.filter((q) => {
    const scored = answers.map((a) => a.scores[q]).filter((s): s is number => typeof s === 'number');
    return scored.length > 0 && scored.every((s) => s <= 2);
  });
}

/** The mean score of a question among the partners who answered it, or null. */
export function meanScore(answers: readonly HealthAnswer[], q: HealthQuestionId): number | null {
  const scored = answers.map((a) => a.scores[q]).filter((s): s is number => typeof s === 'number');
  if (scored.length === 0) return null;
  return scored.reduce((a, b) => a + b, 0) / scored.length;
}

export interface HealthTrendPoint {
  reviewNumber: number;
  date: string;
  /** Mean of all answered questions across partners, 1–5. */
  mean: number;
}

/** The overall health score review after review, for the trend chart. */
export function healthTrend(reviews: readonly Review[]): HealthTrendPoint[] {
  return [...reviews]
    .sort((a, b) => a.number - b.number)
    .flatMap((r) => {
      const means = HEALTH_QUESTION_IDS.map((q) => meanScore(r.health, q)).filter((m): m is number => m !== null);
      if (means.length === 0) return [];
      return [{ reviewNumber: r.number, date: r.date, mean: means.reduce((a, b) => a + b, 0) / means.length }];
    });
}

/** An empty health check for a partner, to answer on its own. */
export function emptyHealthAnswer(partnerId: string, answeredOn: string): HealthAnswer {
  return {
    partnerId,
    answeredOn,
    scores: Object.fromEntries(HEALTH_QUESTION_IDS.map((q) => [q, null])) as HealthAnswer['scores'],
    comment: '',
  };
}
