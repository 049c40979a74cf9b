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

/** The project title a pair starts with: "Binôme 3 — Terrena et Afdi", or just "Binôme 3". */
export function pairTitle(number: number, name: string, pairWord: string): string {
  const label = `${pairWord} ${number}`;
  return name.trim() ? `${label} — ${name.trim()}` : label;
}

export const pairOf = (session: WorkshopSession | null, projectId: string): WorkshopPair | undefined =>
  session?.pairs.find((p) => p.projectId === projectId);
