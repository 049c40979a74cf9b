import type { DraftProject } from '../schemas/project.schema';
import {
  type AmendmentParty,
  amendmentFingerprint,
  amendmentParties,
  checkChain,
  checkChainNow,
  coSignedOn,
} from './record-amendments';

export type RecordDocumentRequest =
  | { kind: 'review'; number: number }
  | { kind: 'amendment'; number: number }
  | { kind: 'closing' };

/** What the record offers to download: its documents, or the consolidated text in force. */
export type RecordDownload = RecordDocumentRequest | { kind: 'inForce' };

/**
 * The project as it stood on `date` (YYYY-MM-DD): the amendments every party had signed by
 * then (under the signature rule: a record on another text neither counts nor delays),
 * and none signed later, so the chain check consolidates the text in force that day.
 */
export function asInForceOn(project: DraftProject, date: string): DraftProject {
  const { versions } = checkChainNow(project);
  const signedBy = (a: DraftProject['record']['amendments'][number]) => {
    const version = versions.find((v) => v.number === a.number);
    const on = version ? coSignedOn(a, version) : '';
    return on !== '' && on <= date;
  };
  const kept: typeof project.record.amendments = [];
  // In number order, stopping at the first one not yet signed: later ones amend it.
  for (const a of [...project.record.amendments].sort((x, y) => x.number - y.number)) {
    if (!signedBy(a)) break;
    kept.push(a);
  }
  return { ...project, record: { ...project.record, amendments: kept } };
}

export interface RecordDocumentSource {
  project: DraftProject;
  fingerprint: string;
  /** An amendment's signatories (amendmentParties); empty for the reports, which are not signed. */
  parties: AmendmentParty[];
}

/**
 * What a record document is drawn from: the consolidated text (with the record) and the
 * fingerprint its footers print. A review report shows the version in force on the day of
 * the review (an amendment signed later did not apply to it); the closing report the
 * version in force now; an amendment the text in force now, with the amendment's own
 * fingerprint (the one its signatures carry).
 */
export async function recordDocumentSource(
  project: DraftProject,
  request: RecordDocumentRequest,
): Promise<RecordDocumentSource> {
  if (request.kind === 'review') {
    const review = project.record.reviews.find((r) => r.number === request.number);
    if (!review) throw new RangeError(`No review number ${request.number}`);
    const then = await checkChain(asInForceOn(project, review.date));
    return { project: then.current, fingerprint: then.currentFingerprint, parties: [] };
  }
  const chain = await checkChain(project);
  if (request.kind !== 'amendment')
    return { project: chain.current, fingerprint: chain.currentFingerprint, parties: [] };
  const amendment = project.record.amendments.find((a) => a.number === request.number);
  if (!amendment) throw new RangeError(`No amendment number ${request.number}`);
  return {
    project: chain.current,
    fingerprint: await amendmentFingerprint(amendment),
    parties: amendmentParties(project, amendment, chain),
  };
}
