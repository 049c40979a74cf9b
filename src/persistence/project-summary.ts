import { z } from '../lib/zod-mini';
import { STEP_IDS } from '../content/step-ids';
import { FLOW_STATES } from '../domain/flow';
import { recordStatusSchema } from '../schemas/record-status.schema';

/**
 * What the project list shows of a stored project, kept beside its record. zod/mini, and
 * loaded by the store only when there are summaries to read, so that an empty list costs
 * no validation code at all.
 */
export const summarySchema = z.object({
  id: z.string(),
  title: z.string(),
  partnerNames: z.array(z.string()),
  place: z.enum(FLOW_STATES),
  stepsVisited: z.int().check(z.minimum(0), z.maximum(STEP_IDS.length)),
  signatures: z.int().check(z.minimum(0)),
  updatedAt: z.string(),
  /** Absent from summaries written before the record was summarised: known at the next save. */
  record: z.optional(recordStatusSchema),
});
export type ProjectSummary = z.infer<typeof summarySchema>;
