import { canonicalJson } from '../lib/canonical-json';
import type { Amendment, PartnershipRecord, Review } from '../schemas/record.schema';
import { isEmptyHealthAnswer, isEmptyView, sameAmendmentText, signaturesGathered } from '../domain/record-merge';

/**
 * What differs between the partnership records of two copies, in the terms the merge uses
 * (src/domain/record-merge.ts): the record only grows, so each difference says whether
 * merging adds it from the received copy ('added'), keeps what only the local copy has
 * ('kept'), or keeps the local version of something both copies hold differently
 * ('differs'). Nothing here is chosen by the user: it is said, so nobody is surprised.
 */
export type RecordOutcome = 'added' | 'kept' | 'differs';

export type RecordDifference =
  | { kind: 'review'; outcome: RecordOutcome; number: number; date: string }
  | { kind: 'health' | 'view'; outcome: RecordOutcome; number: number; partnerId: string }
  | { kind: 'amendment'; outcome: RecordOutcome; number: number; title: string }
  | { kind: 'amendmentSignature'; outcome: 'added'; number: number; partnerId: string }
  | { kind: 'closing'; outcome: RecordOutcome };

const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

function outcome(local: unknown, incoming: unknown, localEmpty: boolean, incomingEmpty: boolean): RecordOutcome | null {
  if (incomingEmpty || incoming === undefined) return localEmpty || local === undefined ? null : 'kept';
  if (localEmpty || local === undefined) return 'added';
  return same(local, incoming) ? null : 'differs';
}

function byPartner<T extends { partnerId: string }>(
  kind: 'health' | 'view',
  number: number,
  local: readonly T[],
  incoming: readonly T[],
  isEmpty: (x: T) => boolean,
): RecordDifference[] {
  const ids = [...new Set([...local, ...incoming].map((x) => x.partnerId))];
  const out: RecordDifference[] = [];
  for (const partnerId of ids) {
    const a = local.find((x) => x.partnerId === partnerId);
    const b = incoming.find((x) => x.partnerId === partnerId);
    const o = outcome(a, b, !a || isEmpty(a), !b || isEmpty(b));
    if (o) out.push({ kind, outcome: o, number, partnerId });
  }
  return out;
}

/**
 * What the partners wrote together, without what each brings on its own (views, health)
 * and without who took part, which the merge unites and nobody needs to be told about.
 */
const sharedPart = ({ views: _v, health: _h, partnerIds: _p, ...rest }: Review) => rest;

function reviews(local: readonly Review[], incoming: readonly Review[]): RecordDifference[] {
  const out: RecordDifference[] = [];
  const all = [...local, ...incoming.filter((b) => !local.some((a) => a.id === b.id))];
  for (const r of [...all].sort((x, y) => x.number - y.number)) {
    const a = local.find((x) => x.id === r.id);
    const b = incoming.find((x) => x.id === r.id);
    if (!a || !b) {
      out.push({ kind: 'review', outcome: a ? 'kept' : 'added', number: r.number, date: r.date });
      continue;
    }
    if (!same(sharedPart(a), sharedPart(b)))
      out.push({ kind: 'review', outcome: 'differs', number: a.number, date: a.date });
    out.push(...byPartner('view', a.number, a.views, b.views, isEmptyView));
    out.push(...byPartner('health', a.number, a.health, b.health, isEmptyHealthAnswer));
  }
  return out;
}

function amendments(local: readonly Amendment[], incoming: readonly Amendment[]): RecordDifference[] {
  const out: RecordDifference[] = [];
  const all = [...local, ...incoming.filter((b) => !local.some((a) => a.id === b.id))];
  for (const m of [...all].sort((x, y) => x.number - y.number)) {
    const a = local.find((x) => x.id === m.id);
    const b = incoming.find((x) => x.id === m.id);
    if (!a || !b) {
      out.push({ kind: 'amendment', outcome: a ? 'kept' : 'added', number: m.number, title: m.title });
      continue;
    }
    if (!sameAmendmentText(a, b)) {
      out.push({ kind: 'amendment', outcome: 'differs', number: a.number, title: a.title });
      continue;
    }
    // The same text: the merge gathers the signatures of both copies.
    for (const s of signaturesGathered(a, b))
      out.push({ kind: 'amendmentSignature', outcome: 'added', number: a.number, partnerId: s.partnerId });
  }
  return out;
}

/** Every difference between two copies' records, reviews first (by number), then amendments, then the closing. */
export function diffRecords(local: PartnershipRecord, incoming: PartnershipRecord): RecordDifference[] {
  const closing = outcome(local.closing ?? undefined, incoming.closing ?? undefined, !local.closing, !incoming.closing);
  return [
    ...reviews(local.reviews, incoming.reviews),
    ...amendments(local.amendments, incoming.amendments),
    ...(closing ? [{ kind: 'closing' as const, outcome: closing }] : []),
  ];
}
