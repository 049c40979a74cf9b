import type { DraftProject } from '../schemas/project.schema';
import type { Signature } from '../schemas/signature.schema';
import { fingerprintOf } from './content-hash';

/**
 * THE signature rule, asked by every screen and document: a signature counts only for
 * the partner it names, and only on the exact text it signed (its fingerprint is the
 * project's). A partner is signed when exactly one signature counts for it; a partner id
 * that two partners share (only a hand-edited file can do this) is signed by nobody.
 */
export function signatureCounts(signature: Signature, partnerId: string, fingerprint: string): boolean {
  return signature.partnerId === partnerId && signature.fingerprint === fingerprint;
}

export type SignatureState =
  /** Exactly one signature of this partner on this text. */
  | 'signed'
  /** Signed, but on another text (edited since, or a file changed by hand). */
  | 'otherText'
  /** More than one record counts, or the partner's id is not unique: nothing counts. */
  | 'ambiguous'
  | 'unsigned';

export interface PartnerSignature {
  partnerId: string;
  state: SignatureState;
  /** The record to show: the one that counts, else the partner's last one, else null. */
  signature: Signature | null;
}

const statuses = new WeakMap<object, PartnerSignature[]>();

/**
 * The rule on one text, whichever it is (the charter, or an amendment on its own
 * fingerprint): each party, in order, with its signature and whether it counts.
 */
export function signatureStates(
  signatures: readonly Signature[],
  fingerprint: string,
  partyIds: readonly string[],
): PartnerSignature[] {
  const idCount = new Map<string, number>();
  for (const id of partyIds) idCount.set(id, (idCount.get(id) ?? 0) + 1);
  return partyIds.map((partnerId): PartnerSignature => {
    const records = signatures.filter((s) => s.partnerId === partnerId);
    const counting = records.filter((s) => signatureCounts(s, partnerId, fingerprint));
    const last = records.at(-1) ?? null;
    if (records.length === 0) return { partnerId, state: 'unsigned', signature: null };
    if (idCount.get(partnerId) !== 1 || counting.length > 1)
      return { partnerId, state: 'ambiguous', signature: counting.at(-1) ?? last };
    if (counting.length === 1) return { partnerId, state: 'signed', signature: counting[0] ?? null };
    return { partnerId, state: 'otherText', signature: last };
  });
}

/** Each partner of the charter, in order, with its signature and whether it counts. Once per project object. */
export function partnerSignatures(project: DraftProject): PartnerSignature[] {
  const known = statuses.get(project);
  if (known) return known;
  // Hashing only when there is something to check: most edits happen unsigned.
  const fingerprint = project.signatures.length > 0 ? fingerprintOf(project) : '';
  const result = signatureStates(
    project.signatures,
    fingerprint,
    project.partners.partners.map((p) => p.id),
  );
  statuses.set(project, result);
  return result;
}

/** How many partners are signed under the rule. */
export function signedCount(project: DraftProject): number {
  return partnerSignatures(project).filter((p) => p.state === 'signed').length;
}

/** Co-signed: there are partners, and every one has exactly one signature that counts. */
export function isCoSigned(project: DraftProject): boolean {
  const all = partnerSignatures(project);
  return all.length > 0 && all.every((p) => p.state === 'signed');
}

/** The signatures that count for the project's own text; the others are dropped by a merge. */
export function countingSignatures(project: DraftProject): Signature[] {
  const counting = new Set(
    partnerSignatures(project)
      .filter((p) => p.state === 'signed')
      .map((p) => p.signature),
  );
  return project.signatures.filter((s) => counting.has(s));
}

/** Whether a new signature may be recorded: it names a partner and signs the text on screen. */
export function canAddSignature(project: DraftProject, signature: Signature): boolean {
  const named = project.partners.partners.filter((p) => p.id === signature.partnerId).length === 1;
  return named && signatureCounts(signature, signature.partnerId, fingerprintOf(project));
}

/**
 * Whom and where the signing forms propose for a partner: its legal representative, who
 * holds the authority to sign (and whom the charter's article on the parties names), when
 * one is given, else its contact person; in the partner's town. The signatory may always
 * change them.
 */
export function proposedSignatory(
  partner: Pick<DraftProject['partners']['partners'][number], 'legal' | 'contactName' | 'contactRole' | 'city'>,
): { name: string; title: string; place: string } {
  const { representativeName, representativeCapacity } = partner.legal;
  const who = representativeName.trim()
    ? { name: representativeName, title: representativeCapacity }
    : { name: partner.contactName, title: partner.contactRole };
  return { ...who, place: partner.city };
}

/**
 * A signature's date is the day it is given, written under it (« Fait à …, le … »): one
 * after `today` (an ISO day) — a mistyped year — would be sealed as given. Every signature
 * form, of the charter or of an amendment, here or by link, asks this before sealing.
 */
export function isDatedAfter(date: string, today: string): boolean {
  return date !== '' && date > today;
}
