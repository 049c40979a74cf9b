import { z } from '../lib/zod';
import { LIMITS } from './fields';

/**
 * A facilitator's workshop: the mode stays on across pairs and reloads, each pair is
 * numbered as it starts, and the step timer's length is kept for the whole session.
 */
// Built at the first read (z.lazy): most sessions have no workshop.
export const workshopPairSchema = z.lazy(() =>
  z.object({
    number: z.number().int().min(1).max(999),
    projectId: z.string().min(1).max(100),
    name: z.string().max(LIMITS.short),
    startedAt: z.string().max(40),
  }),
);

export const workshopSessionSchema = z.lazy(() =>
  z.object({
    active: z.boolean(),
    minutes: z.number().int().min(1).max(240),
    pairs: z.array(workshopPairSchema).max(999),
  }),
);

/**
 * The step timer of one tab, kept for the page's life (sessionStorage): a reload, or a tab
 * the browser discarded, finds the room's time where it was, for the same project and step.
 */
export const stepTimerSchema = z.lazy(() =>
  z.object({
    projectId: z.string().min(1).max(100),
    place: z.string().max(40),
    durationMs: z
      .number()
      .min(0)
      .max(240 * 60_000),
    elapsedMs: z
      .number()
      .min(0)
      .max(240 * 60_000),
    startedAt: z.number().nullable(),
  }),
);

/** The tab's step timers, one per pair's project (the latest first): a glance at another pair loses none. */
export const stepTimersSchema = z.lazy(() => z.array(stepTimerSchema).max(MAX_STEP_TIMERS));
export const MAX_STEP_TIMERS = 100;

export type WorkshopPair = z.infer<typeof workshopPairSchema>;
export type StepTimer = z.infer<typeof stepTimerSchema>;
export type WorkshopSession = z.infer<typeof workshopSessionSchema>;

/**
 * A session file (`.cocharte-atelier.json`) as it is read back: the pairs, the step length,
 * and of each pair's project file only its id (the copy itself is read by the project file's
 * reader, with its own checks: persistence/workshop-file.ts). Files saved before `minutes`
 * and `projectId` were written in it read too.
 */
export const workshopFileSchema = z.lazy(() =>
  z.object({
    format: z.literal('cocharte-workshop'),
    version: z.literal(1),
    minutes: z.number().int().min(1).max(240).optional(),
    pairs: z
      .array(
        z.object({
          number: z.number().int().min(1).max(999),
          projectId: z.string().min(1).max(100).optional(),
          name: z.string().max(LIMITS.short),
          startedAt: z.string().max(40),
          file: z.object({ project: z.object({ id: z.string().min(1).max(100) }) }).nullable(),
        }),
      )
      .max(999),
  }),
);
