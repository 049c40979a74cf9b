import type { DIRECTIONS } from '../content/catalogues';
import { STUDIED_CASES, type StudiedCase } from '../content/guidance-extras';

export type Direction = (typeof DIRECTIONS)[number];

export interface CasesLikeYours {
  /** The studied cases that go the project's way (every case while no way is known). */
  first: readonly StudiedCase[];
  /** The other cases, offered on demand rather than hidden. */
  others: readonly StudiedCase[];
}

/**
 * The guide's studied cases put in order for a project: those of the project's direction
 * (export towards the South, import into France) first. The others stay within reach
 * rather than being hidden, since what the cases say about the association's part —
 * local contacts, authorisations, training, trust with the authorities — holds either way,
 * and a project may well change direction or take both. A project that has not chosen
 * yet, or only develops locally (a direction no studied case shares), sees every case.
 */
export function casesLikeYours(directions: readonly Direction[]): CasesLikeYours {
  const mine = new Set<Direction>(directions);
  const first = STUDIED_CASES.filter((c) => mine.has(c.direction));
  if (first.length === 0) return { first: STUDIED_CASES, others: [] };
  return { first, others: STUDIED_CASES.filter((c) => !mine.has(c.direction)) };
}
