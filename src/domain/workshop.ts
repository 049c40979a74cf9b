import { LIMITS } from '../schemas/fields';
import type { WorkshopPair, WorkshopSession } from '../schemas/workshop.schema';

export const DEFAULT_STEP_MINUTES = 20;

export const newWorkshop = (): WorkshopSession => ({ active: true, minutes: DEFAULT_STEP_MINUTES, pairs: [] });

/** Numbers follow the pairs already seen, so a deleted project never makes two "Binôme 3". */
export const nextPairNumber = (session: WorkshopSession): number =>
  session.pairs.reduce((max, p) => Math.max(max, p.number), 0) + 1;

export function addPair(session: WorkshopSession, projectId: string, name: string, now: Date): WorkshopSession {
  const pair: WorkshopPair = {
    number: nextPairNumber(session),
    projectId,
    name: name.trim(),
    startedAt: now.toISOString(),
  };
  return { ...session, pairs: [...session.pairs, pair] };
}

/**
 * The project title a pair starts with: "Binôme 3 — Terrena et Afdi", or just "Binôme 3". A
 * name too long for a title (the name field takes as many characters as a title) is cut
 * between two letters and ends with "…", so the new project's title is valid from the start.
 */
export function pairTitle(number: number, name: string, pairWord: string): string {
  const label = `${pairWord} ${number}`;
  const trimmed = name.trim();
  if (!trimmed) return label;
  const whole = `${label} — ${trimmed}`;
  if (whole.length <= LIMITS.short) return whole;
  const room = LIMITS.short - `${label} — …`.length;
  let kept = '';
  for (const letter of letters(trimmed)) {
    if (kept.length + letter.length > room) break;
    kept += letter;
  }
  return `${label} — ${kept.trimEnd()}…`;
}

/** A text's user-perceived letters: a base and its combining accents stay together. */
function letters(text: string): Iterable<string> {
  if (typeof Intl.Segmenter !== 'function') return text;
  return Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text), (s) => s.segment);
}

export const pairOf = (session: WorkshopSession | null, projectId: string): WorkshopPair | undefined =>
  session?.pairs.find((p) => p.projectId === projectId);
