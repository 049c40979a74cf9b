import { canonicalJson } from '../lib/canonical-json';
import { draftProjectSchema, type DraftProject } from '../schemas/project.schema';
import type { Amendment, FieldChange } from '../schemas/record.schema';
import type { Signature } from '../schemas/signature.schema';
import { sha256Hex } from '../lib/sha256';
import { fingerprintOf } from './content-hash';
import { contentFingerprint } from './fingerprint';
import { isCoSigned, signatureStates } from './signatures';
import { isPartnershipClosed } from './record-new';

/**
 * Amendments (avenants) to a signed charter. The project's own content stays the original
 * signed text for ever; each amendment lists field-by-field changes, names the
 * fingerprint of the version it amends and of the version it produces, and is co-signed
 * on its own fingerprint. The consolidated text is the original with the co-signed
 * amendments applied in number order. So the original's signatures and every earlier
 * amendment's signatures stay valid: none of what they signed ever changes.
 */

type Json = Record<string, unknown>;

/** Ids of the partners a signature may speak for in a version. */
function partnerIds(project: DraftProject): string[] {
  return project.partners.partners.map((p) => p.id);
}

/**
 * The partners that signed `fingerprint`, in the parties' order: THE signature rule
 * (domain/signatures.ts), on an amendment's own text as on the charter's.
 */
export function partnersWhoSigned(signatures: readonly Signature[], fingerprint: string, parties: string[]): string[] {
  return countingOn(signatures, fingerprint, parties).map((s) => s.partnerId);
}

/** The signatures that count on this exact text, one per party that signed it. */
function countingOn(signatures: readonly Signature[], fingerprint: string, parties: string[]): Signature[] {
  return signatureStates(signatures, fingerprint, parties).flatMap((p) =>
    p.state === 'signed' && p.signature ? [p.signature] : [],
  );
}

/** Every party signed this exact text (and there is at least one party). */
export function isFullySigned(signatures: readonly Signature[], fingerprint: string, parties: string[]): boolean {
  return parties.length > 0 && partnersWhoSigned(signatures, fingerprint, parties).length === parties.length;
}

/**
 * The version in force: the charter (number 0) once every party signed it, then each
 * amendment every party signed, in order, up to the first one still waiting. None while the
 * charter itself is not co-signed: an amendment does not bring into force a text nobody
 * agreed to (only a hand-edited file has amendments on such a charter).
 */
export function versionInForce(chain: Pick<ChainCheck, 'versions'>): VersionInfo | undefined {
  let inForce: VersionInfo | undefined;
  for (const v of chain.versions) {
    if (!v.fullySigned) break;
    inForce = v;
  }
  return inForce;
}

/**
 * The day the text in force took effect: the last co-signature of its latest co-signed
 * amendment (only signatures on that amendment's own text count); '' while the signed
 * charter has no amendment.
 */
export function inForceSince(project: DraftProject, chain: Pick<ChainCheck, 'versions'>): string {
  const latest = versionInForce(chain);
  const amendment = latest && latest.number > 0 && project.record.amendments.find((a) => a.number === latest.number);
  if (!latest || !amendment) return '';
  return coSignedOn(amendment, latest);
}

/**
 * The day an amendment was co-signed: the date of the last signature that counts on its
 * own text, once every party signed it; '' before.
 */
export function coSignedOn(
  amendment: Pick<Amendment, 'signatures'>,
  version: Pick<VersionInfo, 'fullySigned' | 'signedFingerprint' | 'parties'>,
): string {
  if (!version.fullySigned) return '';
  const dates = countingOn(amendment.signatures, version.signedFingerprint, version.parties)
    .map((s) => s.date)
    .sort();
  return dates.at(-1) ?? '';
}

/**
 * What editing the charter does. Before the first full signature, an edit voids the
 * signatures (the existing rule); once every partner has signed the original, the text is
 * never edited again: changes go into an amendment draft. The wizard machine should ask
 * this before applying a step's submitted data (see the report of issue 13).
 */
export async function editPolicy(project: DraftProject): Promise<'void-signatures' | 'amend'> {
  if (project.record.amendments.length > 0) return 'amend';
  const fingerprint = await contentFingerprint(project);
  return isFullySigned(project.signatures, fingerprint, partnerIds(project)) ? 'amend' : 'void-signatures';
}

/**
 * The same decision at once, for synchronous callers (the wizard machine and its
 * selectors): the signature rule on the current text (`isCoSigned`, with the memoised
 * synchronous hash). Signatures that all carry one fingerprint are not enough: a file
 * edited by hand after signing keeps them, and its steps must stay editable (and void
 * them) rather than lock a text nobody signed.
 */
export function editPolicySync(project: DraftProject): 'void-signatures' | 'amend' {
  if (project.record.amendments.length > 0) return 'amend';
  return isCoSigned(project) ? 'amend' : 'void-signatures';
}

/** What an amendment's signatories sign: everything but its id and its signatures. */
export function amendmentContent(a: Amendment): unknown {
  const { number, date, title, reason, amends, resulting, changes } = a;
  return { kind: 'cocharte-amendment', number, date, title, reason, amends, resulting, changes };
}

export async function amendmentFingerprint(a: Amendment): Promise<string> {
  return amendmentFingerprintNow(a);
}

/** The same fingerprint at once (the hash is synchronous, lib/sha256.ts). */
export function amendmentFingerprintNow(a: Amendment): string {
  return sha256Hex(canonicalJson(amendmentContent(a)));
}

export class ChangeConflict extends Error {
  constructor(readonly changeId: string) {
    super(`The change ${changeId} does not apply: the text is not the one it was drafted on.`);
  }
}

const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The row of a keyed list named by a path segment (rows are keyed by `id` or `partnerId`). */
function rowIndex(list: unknown[], key: string | number): number {
  if (typeof key === 'number') return key < list.length ? key : -1;
  return list.findIndex((r) => isObject(r) && (r.id === key || r.partnerId === key));
}

/**
 * The project with the changes applied, each checked against the value it was drafted on
 * (`before`), so an amendment never applies to a text other than the one it amends.
 * Throws ChangeConflict otherwise. The input is not modified.
 */
export function applyChanges(project: DraftProject, changes: readonly FieldChange[]): DraftProject {
  const out: unknown = structuredClone(project);
  for (const change of changes) applyOne(out, change);
  // Read back through the schema: the amended text is a project like any other. A value that
  // does not fit (a number for a text, written by hand) is a change that does not apply:
  // named by the first change under the place the schema refuses.
  const parsed = draftProjectSchema.safeParse(out);
  if (parsed.success) return parsed.data;
  const where = parsed.error.issues[0]?.path[0];
  throw new ChangeConflict((changes.find((c) => c.path[0] === where) ?? changes[0])?.id ?? '');
}

/** Keys that reach an object's prototype rather than its data: no field of a project has them. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function applyOne(root: unknown, change: FieldChange): void {
  const path = change.path;
  // A hand-made path through `__proto__` would write into every object of the page.
  if (path.some((seg) => PROTOTYPE_KEYS.has(String(seg)))) throw new ChangeConflict(change.id);
  let parent: unknown = root;
  for (const seg of path.slice(0, -1)) {
    if (Array.isArray(parent)) {
      const i = rowIndex(parent, seg);
      if (i < 0) throw new ChangeConflict(change.id);
      parent = parent[i];
    } else if (isObject(parent)) parent = parent[String(seg)];
    else throw new ChangeConflict(change.id);
  }
  const last = path[path.length - 1]!;
  const same = (a: unknown, b: unknown) => canonicalJson(a ?? null) === canonicalJson(b ?? null);
  if (Array.isArray(parent)) {
    const i = rowIndex(parent, last);
    if (change.kind === 'added') {
      if (i >= 0) throw new ChangeConflict(change.id);
      parent.push(structuredClone(change.after));
      return;
    }
    if (i < 0 || !same(parent[i], change.before)) throw new ChangeConflict(change.id);
    if (change.kind === 'removed') parent.splice(i, 1);
    else parent[i] = structuredClone(change.after);
    return;
  }
  if (!isObject(parent)) throw new ChangeConflict(change.id);
  const key = String(last);
  if (!same(parent[key], change.before)) throw new ChangeConflict(change.id);
  parent[key] = structuredClone(change.after);
}

export interface VersionInfo {
  /** 0 for the original charter, N for the version made by amendment N. */
  number: number;
  fingerprint: string;
  /** The fingerprint of the version it amends; '' for the original. */
  amends: string;
  /** The fingerprint partners signed: the charter's content, or the amendment's own. */
  signedFingerprint: string;
  signedBy: string[];
  parties: string[];
  fullySigned: boolean;
}

export type ChainProblem =
  | { kind: 'original-not-signed' }
  | { kind: 'numbering'; amendment: number }
  | { kind: 'amends-mismatch'; amendment: number }
  | { kind: 'change-conflict'; amendment: number; changeId: string }
  | { kind: 'resulting-mismatch'; amendment: number }
  | { kind: 'signature-mismatch'; amendment: number; partnerId: string }
  | { kind: 'signed-after-pending'; amendment: number };

export interface ChainCheck {
  ok: boolean;
  versions: VersionInfo[];
  problems: ChainProblem[];
  /** The amendment still being drafted or signed, if any (always the last one). */
  pending: Amendment | null;
  /** The consolidated text: the original plus every co-signed amendment, in order. */
  current: DraftProject;
  currentFingerprint: string;
}

/**
 * Checks the whole chain from the signed original to the last amendment: each
 * amendment names the fingerprint of the version before it, its changes apply to that
 * version exactly, the result has the fingerprint it names, and its signatures are on
 * its own fingerprint. Changing any byte of the original, of an amendment or of a
 * signature's fingerprint breaks it.
 */
export async function checkChain(project: DraftProject): Promise<ChainCheck> {
  return checkChainNow(project);
}

/**
 * The same check at once, with the synchronous SHA-256 (content-hash.ts, the hash the
 * signature rule already uses): a draft's changes must reach storage within the tab's
 * `pagehide`, where a WebCrypto promise would resolve too late (see redraftAmendmentNow).
 */
export function checkChainNow(project: DraftProject): ChainCheck {
  const problems: ChainProblem[] = [];
  const original = fingerprintOf(project);
  const parties0 = partnerIds(project);
  const signed0 = partnersWhoSigned(project.signatures, original, parties0);
  const versions: VersionInfo[] = [
    {
      number: 0,
      fingerprint: original,
      amends: '',
      signedFingerprint: original,
      signedBy: signed0,
      parties: parties0,
      fullySigned: signed0.length === parties0.length && parties0.length > 0,
    },
  ];
  const amendments = [...project.record.amendments].sort((a, b) => a.number - b.number);
  if (amendments.length > 0 && !versions[0]!.fullySigned) problems.push({ kind: 'original-not-signed' });

  let current = project;
  let currentFingerprint = original;
  let pending: Amendment | null = null;
  for (const [i, a] of amendments.entries()) {
    if (a.number !== i + 1) problems.push({ kind: 'numbering', amendment: a.number });
    if (a.amends !== currentFingerprint) problems.push({ kind: 'amends-mismatch', amendment: a.number });
    let next: DraftProject;
    try {
      next = applyChanges(current, a.changes);
    } catch (error) {
      if (!(error instanceof ChangeConflict)) throw error;
      problems.push({ kind: 'change-conflict', amendment: a.number, changeId: error.changeId });
      next = current;
    }
    const resulting = fingerprintOf(next);
    if (resulting !== a.resulting) problems.push({ kind: 'resulting-mismatch', amendment: a.number });
    const own = amendmentFingerprintNow(a);
    const parties = [...new Set([...partnerIds(current), ...partnerIds(next)])];
    for (const s of a.signatures) {
      if (s.fingerprint !== own || !parties.includes(s.partnerId))
        problems.push({ kind: 'signature-mismatch', amendment: a.number, partnerId: s.partnerId });
    }
    const signedBy = partnersWhoSigned(a.signatures, own, parties);
    const fullySigned = signedBy.length === parties.length;
    versions.push({
      number: a.number,
      fingerprint: resulting,
      amends: a.amends,
      signedFingerprint: own,
      signedBy,
      parties,
      fullySigned,
    });
    if (pending) {
      // Only the last amendment may still wait for signatures: a later one would amend a
      // text that is not in force.
      problems.push({ kind: 'signed-after-pending', amendment: a.number });
      continue;
    }
    if (fullySigned) {
      current = next;
      currentFingerprint = resulting;
    } else pending = a;
  }
  return { ok: problems.length === 0, versions, problems, pending, current, currentFingerprint };
}

/** A partner who signs an amendment, as its signature boxes and screens name it. */
export interface AmendmentParty {
  id: string;
  /** The partner's name in the texts that know it; its id when none does. */
  name: string;
  kind: DraftProject['partners']['partners'][number]['kind'] | null;
}

/**
 * Who signs amendment N: every partner of the text it amends and of the text it produces
 * (a partner an amendment adds or removes signs it too) — the chain's parties for that
 * version — named from the texts that know them: the original, the text in force, and
 * the pending amendment's result. The screen and the documents list the same boxes.
 */
export function amendmentParties(
  project: DraftProject,
  amendment: Amendment,
  chain: ChainCheck = checkChainNow(project),
): AmendmentParty[] {
  const texts: DraftProject[] = [project, chain.current];
  if (chain.pending?.id === amendment.id) {
    try {
      texts.push(applyChanges(chain.current, amendment.changes));
    } catch (error) {
      if (!(error instanceof ChangeConflict)) throw error;
    }
  }
  const known = texts.flatMap((x) => x.partners.partners);
  const ids = chain.versions.find((v) => v.number === amendment.number)?.parties ?? partnerIds(chain.current);
  return ids.map((id) => {
    const partner = known.find((p) => p.id === id);
    return { id, name: partner?.name || id, kind: partner?.kind ?? null };
  });
}

/** The consolidated text in force: the original plus every co-signed amendment. */
export async function consolidatedProject(project: DraftProject): Promise<DraftProject> {
  return (await checkChain(project)).current;
}

export interface AmendmentDraftInput {
  id: string;
  date: string;
  title: string;
  reason: string;
  /** From comparing the consolidated text with the edited one (content changes only). */
  changes: FieldChange[];
}

/**
 * A new amendment, numbered after the last one, on the consolidated text in force. It
 * has no signatures yet; it enters into force once every partner signed it.
 */
export async function draftAmendment(project: DraftProject, input: AmendmentDraftInput): Promise<Amendment> {
  const chain = await checkChain(project);
  const next = applyChanges(chain.current, input.changes);
  return {
    ...input,
    number: project.record.amendments.length + 1,
    amends: chain.currentFingerprint,
    resulting: await contentFingerprint(next),
    signatures: [],
  };
}

/** The project with the amendment stored (replacing the draft with the same id). */
export function withAmendment(project: DraftProject, amendment: Amendment): DraftProject {
  const others = project.record.amendments.filter((a) => a.id !== amendment.id);
  return {
    ...project,
    record: { ...project.record, amendments: [...others, amendment].sort((a, b) => a.number - b.number) },
  };
}

/**
 * A partner signs an amendment: its signature carries the amendment's own fingerprint,
 * replacing any earlier signature of the same partner on it.
 */
export async function signAmendment(
  amendment: Amendment,
  signature: Omit<Signature, 'fingerprint'>,
  /** Seals the signature on its fingerprint (the app: this device's key, src/signing). */
  seal: (signature: Signature) => Promise<Signature> = async (s) => s,
): Promise<Amendment> {
  const fingerprint = await amendmentFingerprint(amendment);
  const sealed = await seal({ ...signature, fingerprint });
  return {
    ...amendment,
    signatures: [...amendment.signatures.filter((s) => s.partnerId !== signature.partnerId), sealed],
  };
}

/**
 * An amendment's text is locked once one partner signed it (any record it carries): a
 * change would void that signature, and the record keeps it as an act. Until then it is a
 * draft, which the partners may edit again or discard.
 */
export function isAmendmentLocked(amendment: Pick<Amendment, 'signatures'>): boolean {
  return amendment.signatures.length > 0;
}

/**
 * Whether partners may sign an amendment (here or by link): it has a subject, and it
 * changes something — once a partner signed, the others sign the same text whatever it holds.
 */
export function canSignAmendment(amendment: Pick<Amendment, 'title' | 'changes' | 'signatures'>): boolean {
  return amendment.title.trim() !== '' && (isAmendmentLocked(amendment) || amendment.changes.length > 0);
}

/** The amendment being drafted: the pending one, as long as no partner signed it. */
export function draftInProgress(chain: Pick<ChainCheck, 'pending'>): Amendment | null {
  return chain.pending && !isAmendmentLocked(chain.pending) ? chain.pending : null;
}

/**
 * Whether the partners may start a new amendment: one at a time (none while another waits
 * for its signatures: only the last one may), and none once they decided how the
 * partnership ends.
 */
export function canDraftAmendment(
  project: DraftProject,
  chain: Pick<ChainCheck, 'pending'> = checkChainNow(project),
): boolean {
  return !isPartnershipClosed(project) && chain.pending === null;
}

/** An amendment's text is locked once one partner signed it: a change would void that signature. */
export class AmendmentLocked extends Error {
  constructor(readonly amendmentId: string) {
    super(`The amendment ${amendmentId} is signed: its text no longer changes.`);
  }
}

/**
 * The draft with its changes recomputed from the edited working copy: same id and number,
 * on the text in force now, with the fingerprint the changes produce. Throws
 * AmendmentLocked once a partner signed it.
 */
export async function redraftAmendment(
  project: DraftProject,
  draft: Amendment,
  changes: FieldChange[],
): Promise<Amendment> {
  return redraftAmendmentNow(project, draft, changes);
}

/**
 * The same, at once: the amendment editor stores a draft's changes within the event that
 * produced them, `pagehide` included, so the last keystrokes before a tab closes are
 * handed to storage before the page goes (an awaited hash would come back too late).
 */
export function redraftAmendmentNow(project: DraftProject, draft: Amendment, changes: FieldChange[]): Amendment {
  if (isAmendmentLocked(draft)) throw new AmendmentLocked(draft.id);
  const chain = checkChainNow(project);
  return {
    ...draft,
    changes,
    amends: chain.currentFingerprint,
    resulting: fingerprintOf(applyChanges(chain.current, changes)),
  };
}

/**
 * The project without a draft amendment, which the partners discarded. Only a draft
 * nobody signed can go (a signature is an act the record keeps); otherwise the project
 * is returned as it is.
 */
export function withoutDraftAmendment(project: DraftProject, amendmentId: string): DraftProject {
  const draft = project.record.amendments.find((a) => a.id === amendmentId);
  if (!draft || isAmendmentLocked(draft)) return project;
  return {
    ...project,
    record: { ...project.record, amendments: project.record.amendments.filter((a) => a.id !== amendmentId) },
  };
}

/**
 * The working copy the partners edit while drafting an amendment: the text in force with
 * the draft's changes, without signatures or amendments of its own, so the steps edit it
 * freely (the edit rule of an unsigned charter) and never touch what was signed.
 */
export function amendmentWorkingCopy(current: DraftProject, draft: Amendment | null): DraftProject {
  const edited = draft ? applyChanges(current, draft.changes) : current;
  return { ...edited, signatures: [], record: { ...edited.record, amendments: [] } };
}
