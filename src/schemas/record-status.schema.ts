import { z } from '../lib/zod-mini';
import { CLOSING_DECISIONS } from './closing-decisions';

/**
 * Where a partnership record stands, in a few figures (what the facilitator's list of
 * pairs shows without loading each project): co-signed or not, how many reviews and
 * amendments, the next scheduled review, and the decision taken at the end of term.
 * zod/mini: it is part of the summary the home screen's list reads.
 */
export const recordStatusSchema = z.object({
  /** Every partner signed the charter: the record exists. */
  coSigned: z.boolean(),
  reviews: z.int().check(z.minimum(0)),
  amendments: z.int().check(z.minimum(0)),
  /** The next review on the agreed rhythm (YYYY-MM-DD), '' when none is scheduled or the partnership ended. */
  nextReview: z.string(),
  /** The decision recorded at the closing, '' while the partnership runs. */
  closed: z.union([z.enum(CLOSING_DECISIONS), z.literal('')]),
});
export type RecordStatus = z.infer<typeof recordStatusSchema>;
