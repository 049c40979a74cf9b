// Signing by link, per signatory (issue 14): the coordinator sends each signatory a link
// carrying the exact version to sign; the signatory signs on their own device (sealed with
// their own key) or declines, and sends back a small file; the coordinator's app attaches
// it to the matching version only — never as a change to merge — or refuses it, with why.
import { appAddress } from '../lib/app-address';
import { slugify } from '../lib/slugify';
import { compressToEncodedURIComponent } from 'lz-string';
import { decompressUriSafeBounded } from '../lib/bounded-lz';
import { contentFingerprint } from '../domain/fingerprint';
import { amendmentFingerprint, applyChanges, checkChainNow } from '../domain/record-amendments';
import type { Amendment } from '../schemas/record.schema';
import type { DraftProject } from '../schemas/project.schema';
import {
  type SignatureRequest,
  type SignatureReturn,
  signatureRequestSchema,
  signatureReturnSchema,
} from '../schemas/signature-request.schema';
import type { Signature } from '../schemas/signature.schema';
import { localIsoTime, signOnThisDevice, type UnsealedSignature } from './seal-signature';
import { verifySignature } from './verify-signature';
import { namedSignatures, type SetAsideSignature, withoutBrokenSeals } from './broken-seals';

import { REQUEST_FRAGMENT } from './request-fragment';

// The link's fragment never reaches the server hosting Cocharte (see share-link.ts).
export const RETURN_FILE_SUFFIX = '.signature.json';

/**
 * `<charter>[-avenant-N]-<partner>.signature.json`: the answer's file name. A title or a name
 * written in a script that has no ASCII letters (Arabic, Chinese) leaves no slug: the charter
 * is then called « charte » and the partner by its id, so two partners' answers never share
 * a name (nor one made of a hyphen alone).
 */
export function returnFileName(
  title: string,
  partnerName: string,
  partnerId: string,
  amendmentNumber?: number,
): string {
  const amendment = amendmentNumber === undefined ? '' : `-avenant-${amendmentNumber}`;
  return `${slugify(title) || 'charte'}${amendment}-${slugify(partnerName) || slugify(partnerId)}${RETURN_FILE_SUFFIX}`;
}

/** An answer holds one signature (a drawn one is at most 400 KB of PNG): anything past 1 MB is not one. */
export const MAX_RETURN_BYTES = 1024 * 1024;

export function createSignatureRequest(
  project: DraftProject,
  partnerId: string,
  fingerprint: string,
  now = new Date(),
  /** An amendment of the project's record to sign instead of the charter; `fingerprint` is then its own. */
  amendmentId?: string,
): SignatureRequest {
  return {
    format: 'cocharte-signature-request',
    version: 1,
    partnerId,
    fingerprint,
    ...(amendmentId ? { amendmentId } : {}),
    askedAt: localIsoTime(now),
    project,
  };
}

/**
 * A request to sign one amendment of the project's record, on its own fingerprint. The link
 * carries what the signatory needs to read and check it — the charter, the amendments up
 * to this one, their signatures — and none of the record's reviews, health checks, closing
 * or drafts: nothing beyond what is signed leaves with it.
 */
export async function createAmendmentSignatureRequest(
  project: DraftProject,
  amendment: Amendment,
  partnerId: string,
  now = new Date(),
): Promise<SignatureRequest> {
  const amendments = project.record.amendments.filter((a) => a.number <= amendment.number);
  const carried: DraftProject = { ...project, record: { reviews: [], amendments, closing: null } };
  return createSignatureRequest(carried, partnerId, await amendmentFingerprint(amendment), now, amendment.id);
}

/** An answer file as the coordinator picks it: refused unread when far too large, null when not JSON. */
export async function checkReturnFile(
  file: Blob,
  check: (raw: unknown) => Promise<CheckedReturn>,
): Promise<CheckedReturn> {
  // Refused before reading: a huge wrong file never sits in memory.
  if (file.size > MAX_RETURN_BYTES) return { ok: false, problem: 'tooLarge' };
  let raw: unknown = null;
  try {
    raw = JSON.parse(await file.text());
  } catch {
    // Not JSON: the check calls it damaged.
  }
  return check(raw);
}

export function signatureRequestLink(request: SignatureRequest, pageUrl: string): string {
  return `${appAddress(pageUrl)}${REQUEST_FRAGMENT}${compressToEncodedURIComponent(JSON.stringify(request))}`;
}

export type RequestProblem =
  /** The link is cut or garbled. */
  | 'damaged'
  /**
   * The charter in the link is not the version whose fingerprint it announces; for an
   * amendment: the project does not hold it, it is not the one announced, or it does not
   * amend the text the link carries.
   */
  | 'tampered'
  /** The link asks a partner the charter does not name. */
  | 'unknownPartner'
  /** The link would expand past what a project may hold (a decompression bomb). */
  | 'tooLarge';

export type OpenedRequest =
  | {
      ok: true;
      request: SignatureRequest;
      /** Signatures the link carried whose seal no longer holds: left out of its project. */
      setAside: SetAsideSignature[];
      /** Signatures it carries with no seal at all (older releases, or written by hand): kept, unproven. */
      unsealed: SetAsideSignature[];
    }
  | { ok: false; problem: RequestProblem };

/**
 * The most a request's text may hold once expanded: a project file at its limit
 * (persistence/project-file-format.ts, 5 MB) and the request's few fields around it.
 */
export const MAX_REQUEST_CHARS = 5 * 1024 * 1024 + 64 * 1024;

/** Null when the hash is not a signature request. */
export async function readSignatureRequestFragment(hash: string): Promise<OpenedRequest | null> {
  if (!hash.startsWith(REQUEST_FRAGMENT)) return null;
  // Bounded: a short hostile link must not expand to hundreds of millions of characters.
  const text = decompressUriSafeBounded(hash.slice(REQUEST_FRAGMENT.length), MAX_REQUEST_CHARS);
  if (!text.ok) return { ok: false, problem: text.reason };
  let raw: unknown = null;
  try {
    raw = JSON.parse(text.text);
  } catch {
    return { ok: false, problem: 'damaged' };
  }
  return openSignatureRequest(raw);
}

export async function openSignatureRequest(raw: unknown): Promise<OpenedRequest> {
  const parsed = signatureRequestSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, problem: 'damaged' };
  // A link enters the device as a file or a share link does: a signature it carries whose
  // seal fails (changed after it was given) is left out before the signatory reads it as
  // given — and named — rather than shown beside theirs as if the partner had signed.
  const { project, setAside } = await withoutBrokenSeals(parsed.data.project);
  const request = { ...parsed.data, project };
  // Signatures with no seal still count, as everywhere (made before sealing existed), but the
  // signatory is told nothing proves them: anyone can write such a record.
  const checked = { setAside, unsealed: namedSignatures(project, (s) => !s.proof) };
  if (request.amendmentId !== undefined) return openAmendmentRequest(request, checked);
  if ((await contentFingerprint(request.project)) !== request.fingerprint) return { ok: false, problem: 'tampered' };
  if (!request.project.partners.partners.some((p) => p.id === request.partnerId)) {
    return { ok: false, problem: 'unknownPartner' };
  }
  return { ok: true, request, ...checked };
}

/** What a request about an amendment asks to sign: the amendment, and who may sign it. */
export interface AmendmentToSign {
  amendment: Amendment;
  /** The partners of the text it amends and of the text it produces. */
  parties: string[];
  /** The text it amends: the charter with the amendments in force before it. */
  amended: DraftProject;
  /** The text in force once it is signed by all (the text it amends, its changes applied). */
  after: DraftProject;
}

/**
 * The amendment a request (or a project, for the coordinator) names, checked against the
 * record's chain: the charter and earlier amendments it carries are the text the amendment
 * amends, and its changes produce the text it announces. Null otherwise.
 */
export function amendmentToSign(project: DraftProject, amendmentId: string): AmendmentToSign | null {
  const amendment = project.record.amendments.find((a) => a.id === amendmentId);
  if (!amendment) return null;
  const chain = checkChainNow(project);
  // A problem on this amendment or before it means the text shown is not the one it amends.
  const broken = chain.problems.some((p) => p.kind === 'original-not-signed' || p.amendment <= amendment.number);
  const version = chain.versions.find((v) => v.number === amendment.number);
  // Only the amendment still waiting for signatures is asked for (an earlier one is in force).
  if (broken || !version || chain.pending?.id !== amendment.id) return null;
  // The chain found no conflict up to it: its changes apply to the text in force.
  return {
    amendment,
    parties: version.parties,
    amended: chain.current,
    after: applyChanges(chain.current, amendment.changes),
  };
}

async function openAmendmentRequest(
  request: SignatureRequest,
  checked: { setAside: SetAsideSignature[]; unsealed: SetAsideSignature[] },
): Promise<OpenedRequest> {
  const found = amendmentToSign(request.project, request.amendmentId ?? '');
  if (!found || (await amendmentFingerprint(found.amendment)) !== request.fingerprint) {
    return { ok: false, problem: 'tampered' };
  }
  if (!found.parties.includes(request.partnerId)) return { ok: false, problem: 'unknownPartner' };
  return { ok: true, request, ...checked };
}

export type SignatoryFields = Pick<
  UnsealedSignature,
  'signatoryName' | 'signatoryTitle' | 'place' | 'date' | 'method' | 'image'
>;

/** The signatory's answer: the requested version, signed and sealed with their own device key. */
export async function signRequest(
  request: SignatureRequest,
  fields: SignatoryFields,
  now = new Date(),
): Promise<SignatureReturn> {
  const signature = await signOnThisDevice(
    {
      partnerId: request.partnerId,
      signatoryName: fields.signatoryName,
      signatoryTitle: fields.signatoryTitle,
      place: fields.place,
      date: fields.date,
      method: fields.method,
      ...(fields.method === 'drawn' && fields.image ? { image: fields.image } : {}),
      fingerprint: request.fingerprint,
      signedAt: localIsoTime(now),
    },
    'link',
  );
  return answer(request, { status: 'signed', signature });
}

export function declineRequest(
  request: SignatureRequest,
  declinedBy: string,
  reason: string,
  now = new Date(),
): SignatureReturn {
  return answer(request, { status: 'declined', declinedBy, reason, at: localIsoTime(now) });
}

function answer(request: SignatureRequest, outcome: SignatureReturn['outcome']): SignatureReturn {
  return {
    format: 'cocharte-signature-return',
    version: 1,
    partnerId: request.partnerId,
    fingerprint: request.fingerprint,
    ...(request.amendmentId ? { amendmentId: request.amendmentId } : {}),
    outcome,
  };
}

export function serializeSignatureReturn(ret: SignatureReturn): string {
  return JSON.stringify(ret, null, 2);
}

export type ReturnProblem =
  /** Not a signature return, or cut. */
  | 'damaged'
  /** Far larger than any answer: refused before it is read. */
  | 'tooLarge'
  /** It answers for a partner this charter does not name. */
  | 'unknownPartner'
  /** It answers another charter's request: none of its partners, and not its fingerprint. */
  | 'otherCharter'
  /** The signature inside names another partner than the return. */
  | 'wrongPartner'
  /** It signed other content than this version of the charter. */
  | 'otherVersion'
  /** Its seal does not hold: changed after signing, or another key. */
  | 'invalid'
  /** It answers a request about an amendment, offered to the charter. */
  | 'amendmentAnswer'
  /** It answers a request about the charter, offered to an amendment. */
  | 'charterAnswer'
  /** It answers a request about another amendment than this one. */
  | 'otherAmendment';

export type CheckedReturn =
  | { ok: true; status: 'signed'; partnerId: string; signature: Signature }
  | {
      ok: true;
      status: 'declined';
      partnerId: string;
      declinedBy: string;
      reason: string;
      at: string;
      /** The version declined: the one the request carried. */
      fingerprint: string;
    }
  | { ok: false; problem: ReturnProblem; partnerId?: string };

/**
 * Whether a returned answer belongs to this version of the charter. A signature attaches
 * only when its seal holds and it signed exactly this content; otherwise it is refused and
 * the project is left as it is.
 */
export async function checkSignatureReturn(project: DraftProject, raw: unknown): Promise<CheckedReturn> {
  const parsed = signatureReturnSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, problem: 'damaged' };
  const ret = parsed.data;
  const { partnerId } = ret;
  if (ret.amendmentId !== undefined)
    return { ok: false, problem: fromThisPartnership(project, ret) ? 'amendmentAnswer' : 'otherCharter', partnerId };
  return checkAnswer(ret, partnerIds(project), await contentFingerprint(project));
}

/**
 * Whether an answer about an amendment comes from this partnership: one of its amendments,
 * or one of its partners. Otherwise it answers another charter's request, and saying
 * « import it from that amendment » would send the user looking for what is not here.
 */
function fromThisPartnership(project: DraftProject, ret: SignatureReturn): boolean {
  const amendments = project.record.amendments;
  return amendments.some((a) => a.id === ret.amendmentId) || partnerIds(project).includes(ret.partnerId);
}

/**
 * Whether a returned answer belongs to this amendment: it answers a request about this
 * very amendment, for one of its parties, and a signature's seal holds on the amendment's
 * own fingerprint (so a signature of an earlier draft of it is refused too).
 */
export async function checkAmendmentReturn(
  project: DraftProject,
  amendment: Amendment,
  raw: unknown,
): Promise<CheckedReturn> {
  const parsed = signatureReturnSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, problem: 'damaged' };
  const ret = parsed.data;
  const { partnerId } = ret;
  const version = checkChainNow(project).versions.find((v) => v.number === amendment.number);
  const parties = version?.parties ?? partnerIds(project);
  const ours = fromThisPartnership(project, ret) || parties.includes(partnerId);
  if (ret.amendmentId === undefined) return { ok: false, problem: ours ? 'charterAnswer' : 'otherCharter', partnerId };
  if (ret.amendmentId !== amendment.id)
    return { ok: false, problem: ours ? 'otherAmendment' : 'otherCharter', partnerId };
  return checkAnswer(ret, parties, await amendmentFingerprint(amendment));
}

const partnerIds = (project: DraftProject) => project.partners.partners.map((p) => p.id);

/** The rule both texts share: one of its parties answers, and a signature holds on its fingerprint. */
async function checkAnswer(ret: SignatureReturn, parties: string[], fingerprint: string): Promise<CheckedReturn> {
  const { partnerId } = ret;
  if (!parties.includes(partnerId))
    return { ok: false, problem: ret.fingerprint === fingerprint ? 'unknownPartner' : 'otherCharter', partnerId };
  if (ret.outcome.status === 'declined') return { ok: true, partnerId, fingerprint: ret.fingerprint, ...ret.outcome };
  const signature = ret.outcome.signature;
  if (signature.partnerId !== partnerId) return { ok: false, problem: 'wrongPartner', partnerId };
  const verdict = await verifySignature(signature, fingerprint);
  if (verdict.status === 'invalid' || verdict.status === 'unsealed')
    return { ok: false, problem: 'invalid', partnerId };
  if (verdict.status === 'otherVersion') return { ok: false, problem: 'otherVersion', partnerId };
  return { ok: true, status: 'signed', partnerId, signature };
}
