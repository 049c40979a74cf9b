import type { DraftProject } from '../schemas/project.schema';
import { amendmentFingerprint, checkChain } from './record-amendments';

export type RecordDocumentRequest =
  | { kind: 'review'; number: number }
  | { kind: 'amendment'; number: number }
  | { kind: 'closing' };

/**
 * What a record document is drawn from: the consolidated text in force (with the record)
 * and the fingerprint its footers print — the version in force for a report, the
 * amendment's own for an amendment (the one its signatures carry).
 */
export async function recordDocumentSource(
  project: DraftProject,
  request: RecordDocumentRequest,
): Promise<{ project: DraftProject; fingerprint: string }> {
  const chain = await checkChain(project);
  if (request.kind !== 'amendment') return { project: chain.current, fingerprint: chain.currentFingerprint };
  const amendment = project.record.amendments.find((a) => a.number === request.number);
  if (!amendment) throw new RangeError(`No amendment number ${request.number}`);
  return { project: chain.current, fingerprint: await amendmentFingerprint(amendment) };
}
