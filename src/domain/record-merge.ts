import { canonicalJson } from '../lib/canonical-json';
import type { Amendment, HealthAnswer, PartnershipRecord, Review } from '../schemas/record.schema';
import type { Signature } from '../schemas/signature.schema';

/**
 * Two copies of a record put together, with nothing lost: each partner fills its own view
 * and health check on its own device, then the copies are merged. Reviews and amendments
 * are matched by id; inside a review, each partner's view and health answers come from
 * whichever copy has them (the local one when both do, unless it is still empty); an
 * amendment gathers the signatures of both copies when both copies hold the same text.
 * Not a choice offered field by field: the record only grows. What this device's partners
 * are still typing (`drafts`) stays theirs: another copy's drafts are not taken.
 */
export function mergeRecords(local: PartnershipRecord, incoming: PartnershipRecord): PartnershipRecord {
  return {
    reviews: unionById(local.reviews, incoming.reviews, mergeReview).sort((a, b) => a.number - b.number),
    amendments: unionById(local.amendments, incoming.amendments, mergeAmendment).sort((a, b) => a.number - b.number),
    closing: local.closing ?? incoming.closing,
    ...(local.drafts ? { drafts: local.drafts } : {}),
  };
}

function unionById<T extends { id: string }>(a: readonly T[], b: readonly T[], both: (x: T, y: T) => T): T[] {
  const incoming = new Map(b.map((x) => [x.id, x]));
  const out = a.map((x) => {
    const y = incoming.get(x.id);
    return y ? both(x, y) : x;
  });
  const known = new Set(a.map((x) => x.id));
  return [...out, ...b.filter((y) => !known.has(y.id))];
}

function byPartner<T extends { partnerId: string }>(a: readonly T[], b: readonly T[], isEmpty: (x: T) => boolean): T[] {
  const out = new Map<string, T>();
  for (const x of a) out.set(x.partnerId, x);
  for (const y of b) {
    const x = out.get(y.partnerId);
    if (!x || (isEmpty(x) && !isEmpty(y))) out.set(y.partnerId, y);
  }
  return [...out.values()];
}

/** A partner's view with nothing written: counts as none when copies are merged or compared. */
export const isEmptyView = (v: Review['views'][number]) =>
  !v.wentWell.trim() && !v.difficulties.trim() && !v.proposals.trim();

/** A health check with no score given: counts as none when copies are merged or compared. */
export const isEmptyHealthAnswer = (h: HealthAnswer) => Object.values(h.scores).every((s) => s === null);

function mergeReview(a: Review, b: Review): Review {
  return {
    ...a,
    partnerIds: [...new Set([...a.partnerIds, ...b.partnerIds])],
    views: byPartner(a.views, b.views, isEmptyView),
    health: byPartner(a.health, b.health, isEmptyHealthAnswer),
  };
}

/** Whether two copies of an amendment hold the same text (everything but their signatures). */
export function sameAmendmentText(a: Amendment, b: Amendment): boolean {
  const { signatures: _a, ...ta } = a;
  const { signatures: _b, ...tb } = b;
  return canonicalJson(ta) === canonicalJson(tb);
}

/**
 * The signatures the received copy of an amendment adds to the local one: those of the
 * partners the local copy has none of, when both hold the same text; none otherwise.
 */
export function signaturesGathered(local: Amendment, incoming: Amendment): Signature[] {
  if (!sameAmendmentText(local, incoming)) return [];
  const seen = new Set(local.signatures.map((s) => s.partnerId));
  return incoming.signatures.filter((s) => !seen.has(s.partnerId));
}

function mergeAmendment(a: Amendment, b: Amendment): Amendment {
  // Different texts under one id: keep the local one and its own signatures only.
  if (!sameAmendmentText(a, b)) return a;
  return { ...a, signatures: [...a.signatures, ...signaturesGathered(a, b)] };
}
