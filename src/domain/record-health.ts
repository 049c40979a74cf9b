import type { Locale, MessageKey, Translate } from '../i18n/i18n';
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

/** A question every partner who answered it scored 2 or less. */
export interface LowScore {
  question: HealthQuestionId;
  /** The partners who answered it, in the order they answered. */
  partnerIds: string[];
  /** How many partners the review counts: its partners, and anyone else who answered. */
  asked: number;
  /** Whether every one of them answered: only then is the low score everyone's view. */
  everyone: boolean;
}

/**
 * Questions every partner who answered scored 2 or less, with who answered: one partner's
 * 2 out of 5 is that partner's view, not a shared one, and the meeting should know it.
 * `reviewPartnerIds` are the partners of the review (those asked to answer).
 */
export function lowScores(answers: readonly HealthAnswer[], reviewPartnerIds: readonly string[]): LowScore[] {
  return HEALTH_QUESTION_IDS.flatMap((q) => {
    const scored = answers.filter((a) => typeof a.scores[q] === 'number');
    if (scored.length === 0 || !scored.every((a) => (a.scores[q] as number) <= 2)) return [];
    const asked = new Set([...reviewPartnerIds, ...answers.map((a) => a.partnerId)]);
    const partnerIds = scored.map((a) => a.partnerId);
    return [{ question: q, partnerIds, asked: asked.size, everyone: partnerIds.length === asked.size }];
  });
}

/**
 * What the meeting should talk about, as sentences: the gaps between partners, widest
 * first, then the low scores, each saying whose view it is (« tous les partenaires » only
 * when every partner of the review answered). One wording for the screen and the report.
 */
export function healthDiscussion(
  answers: readonly HealthAnswer[],
  reviewPartnerIds: readonly string[],
  { t, locale, partnerName }: { t: Translate; locale: Locale; partnerName: (id: string) => string },
): string[] {
  const question = (q: HealthQuestionId) => t(`record.health.q.${q}` as MessageKey);
  const names = (ids: string[]) =>
    new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(ids.map(partnerName));
  return [
    ...healthGaps(answers).map((g) =>
      t('record.health.gapQuestion', {
        question: question(g.question),
        low: partnerName(g.low.partnerId),
        lowScore: g.low.score,
        high: partnerName(g.high.partnerId),
        highScore: g.high.score,
      }),
    ),
    ...lowScores(answers, reviewPartnerIds).map((l) =>
      l.everyone && l.partnerIds.length > 1
        ? t('record.health.lowQuestion', { question: question(l.question) })
        : l.partnerIds.length === 1
          ? t('record.health.lowOne', { question: question(l.question), name: partnerName(l.partnerIds[0]!) })
          : t('record.health.lowSome', {
              question: question(l.question),
              count: l.partnerIds.length,
              total: l.asked,
              names: names(l.partnerIds),
            }),
    ),
  ];
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
