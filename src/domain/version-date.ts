import type { DraftProject } from '../schemas/project.schema';
import { sameContent } from './fingerprint';

/**
 * The date of the version the documents print (« Version du … »): when its signed text last
 * changed, so a signature, a review or the documents' language never re-date a text the
 * partners sign (the signatory's PDF and the final one carry the same date). A file from
 * before that date was kept gives its last save.
 */
export function versionDate(project: Pick<DraftProject, 'contentChangedAt' | 'updatedAt'>): string {
  return project.contentChangedAt ?? project.updatedAt;
}

/**
 * The version date of a merged copy: the copy's whose text it kept (its own or the one
 * received), or now when the merge made a text neither had.
 */
export function mergedVersionDate(
  merged: DraftProject,
  local: DraftProject,
  incoming: DraftProject,
  now: Date,
): string {
  if (sameContent(merged, local)) return versionDate(local);
  if (sameContent(merged, incoming)) return versionDate(incoming);
  return now.toISOString();
}
