import type { DraftProject } from '../schemas/project.schema';
import type { RecordStatus } from '../schemas/record-status.schema';
import { nextReviewDate } from './record-schedule';
import { isCoSigned } from './signatures';
import { isPartnershipClosed } from './record-new';

/**
 * A project's record in a few figures (see recordStatusSchema). Reviews and amendments are
 * counted as recorded; the next review is the schedule's, and there is none once the
 * partners decided at the end of term.
 */
export function recordStatus(project: DraftProject): RecordStatus {
  const closed = project.record.closing?.decision ?? '';
  return {
    coSigned: isCoSigned(project),
    reviews: project.record.reviews.length,
    amendments: project.record.amendments.length,
    nextReview: isPartnershipClosed(project) ? '' : nextReviewDate(project),
    closed,
  };
}

/** The next review is overdue on `today` (YYYY-MM-DD): scheduled before it and not held. */
export function reviewOverdue(status: RecordStatus, today: string): boolean {
  return status.nextReview !== '' && status.nextReview < today;
}
