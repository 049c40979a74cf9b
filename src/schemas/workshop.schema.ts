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

export type WorkshopPair = z.infer<typeof workshopPairSchema>;
export type WorkshopSession = z.infer<typeof workshopSessionSchema>;
