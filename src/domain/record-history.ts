import type { RISK_STATUSES } from '../content/catalogues';
import type { DraftProject } from '../schemas/project.schema';
import type { Review } from '../schemas/record.schema';
import { isRated, riskScore } from './risk-rating';

type RiskStatus = (typeof RISK_STATUSES)[number];

/**
 * The first number in an indicator's text (« 12,5 t », « +20 % », « 6 bassins sur 9 »),
 * for charts; null when there is none. A decimal comma is read as a point and spaces
 * between thousands are ignored.
 */
export function firstNumber(text: string): number | null {
  const m = /[-+]?\d[\d\s\u00a0\u202f]*(?:[.,]\d+)?/.exec(text);
  if (!m) return null;
  const n = Number(m[0].replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

export interface IndicatorPoint {
  reviewNumber: number;
  date: string;
  baseline: string;
  actual: string;
  value: number | null;
}

export interface IndicatorHistory {
  indicatorId: string;
  name: string;
  target: string;
  /** The baseline as first recorded (later reviews carry it over). */
  baseline: string;
  points: IndicatorPoint[];
}

const inOrder = (reviews: readonly Review[]) => [...reviews].sort((a, b) => a.number - b.number);

/** Each indicator of the charter with its readings, review after review. */
export function indicatorHistory(project: DraftProject, reviews: readonly Review[]): IndicatorHistory[] {
  return project.followUp.indicators.map((ind) => {
    const points = inOrder(reviews).flatMap((r) => {
      const reading = r.indicators.find((x) => x.indicatorId === ind.id);
      if (!reading || !reading.actual.trim()) return [];
      return [
        {
          reviewNumber: r.number,
          date: r.date,
          baseline: reading.baseline,
          actual: reading.actual,
          value: firstNumber(reading.actual),
        },
      ];
    });
    const baseline = points.find((p) => p.baseline.trim())?.baseline ?? '';
    return { indicatorId: ind.id, name: ind.name, target: ind.target, baseline, points };
  });
}

export interface RiskPoint {
  /** 0 for the charter as signed. */
  reviewNumber: number;
  date: string;
  likelihood: number;
  severity: number;
  score: number;
  status: RiskStatus;
}

export interface RiskHistory {
  riskId: string;
  title: string;
  points: RiskPoint[];
  /** Score now minus score at signing: negative when the risk went down. */
  move: number;
}

/** Each risk of the charter from its signed score through every review's reassessment. */
export function riskHistory(project: DraftProject, reviews: readonly Review[]): RiskHistory[] {
  // A signed charter's risks are all rated; the filter only tells the types so.
  return project.impacts.risks.filter(isRated).map((risk) => {
    const start: RiskPoint = {
      reviewNumber: 0,
      date: project.signatures.map((s) => s.date).sort()[0] ?? '',
      likelihood: risk.likelihood,
      severity: risk.severity,
      score: riskScore(risk),
      status: risk.status,
    };
    const later = inOrder(reviews).flatMap((r) => {
      const x = r.risks.find((rr) => rr.riskId === risk.id);
      if (!x) return [];
      return [
        {
          reviewNumber: r.number,
          date: r.date,
          likelihood: x.likelihood,
          severity: x.severity,
          score: riskScore(x),
          status: x.status,
        },
      ];
    });
    const points = [start, ...later];
    return { riskId: risk.id, title: risk.title, points, move: points[points.length - 1]!.score - start.score };
  });
}

/** A risk as it stands now: its last reassessment, or the charter's score. */
export function currentRiskState(history: RiskHistory): RiskPoint {
  return history.points[history.points.length - 1]!;
}
