import { z } from '../lib/zod';
import { id, text } from './fields';

/**
 * Where signing by link stands for one partner, as the coordinator's device remembers it
 * (issue 14): asked (and the link sent), or declined with its reason. Each status names the
 * version it was about, so a later version of the charter can tell an old answer from a
 * current one. Kept next to the project, never inside it: the project's content, and so
 * its fingerprint and the signatures on it, stay as they are.
 */
// Built at the first read (z.lazy), when a project's signing by link is looked up.
export const requestStatusSchema = z.lazy(() => {
  const fingerprint = z.string().regex(/^[0-9a-f]{64}$/);
  const at = z.iso.datetime({ offset: true });
  return z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('asked'), fingerprint, at, link: z.string().min(1) }),
    z.object({
      kind: z.literal('declined'),
      fingerprint,
      at,
      by: text('draft', { max: 200 }),
      reason: text('draft', { max: 2000 }),
    }),
  ]);
});

export type RequestStatus = z.output<typeof requestStatusSchema>;

/** One project's statuses, by partner id. */
export const requestStatusesSchema = z.lazy(() => z.record(id, requestStatusSchema));

export type RequestStatuses = z.output<typeof requestStatusesSchema>;
