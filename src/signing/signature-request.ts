// Signing by link, per signatory (issue 14): the coordinator sends each signatory a link
// carrying the exact version to sign; the signatory signs on their own device (sealed with
// their own key) or declines, and sends back a small file; the coordinator's app attaches
// it to the matching version only — never as a change to merge — or refuses it, with why.
import { appAddress } from '../lib/app-address';
import { compressToEncodedURIComponent } from 'lz-string';
import { decompressUriSafeBounded } from '../lib/bounded-lz';
import { contentFingerprint } from '../domain/fingerprint';
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

import { REQUEST_FRAGMENT } from './request-fragment';

// The link's fragment never reaches the server hosting Cocharte (see share-link.ts).
export const RETURN_FILE_SUFFIX = '.signature.json';

/** An answer holds one signature (a drawn one is at most 400 KB of PNG): anything past 1 MB is not one. */
export const MAX_RETURN_BYTES = 1024 * 1024;

export function createSignatureRequest(
  project: DraftProject,
  partnerId: string,
  fingerprint: string,
  now = new Date(),
): SignatureRequest {
  return {
    format: 'cocharte-signature-request',
    version: 1,
    partnerId,
    fingerprint,
    askedAt: localIsoTime(now),
    project,
  };
}

export function signatureRequestLink(request: SignatureRequest, pageUrl: string): string {
  return `${appAddress(pageUrl)}${REQUEST_FRAGMENT}${compressToEncodedURIComponent(JSON.stringify(request))}`;
}

export type RequestProblem =
  /** The link is cut or garbled. */
  | 'damaged'
  /** The charter in the link is not the version whose fingerprint it announces. */
  | 'tampered'
  /** The link asks a partner the charter does not name. */
  | 'unknownPartner'
  /** The link would expand past what a project may hold (a decompression bomb). */
  | 'tooLarge';

export type OpenedRequest = { ok: true; request: SignatureRequest } | { ok: false; problem: RequestProblem };

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
  const request = parsed.data;
  if ((await contentFingerprint(request.project)) !== request.fingerprint) return { ok: false, problem: 'tampered' };
  if (!request.project.partners.partners.some((p) => p.id === request.partnerId)) {
    return { ok: false, problem: 'unknownPartner' };
  }
  return { ok: true, request };
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
  /** The signature inside names another partner than the return. */
  | 'wrongPartner'
  /** It signed other content than this version of the charter. */
  | 'otherVersion'
  /** Its seal does not hold: changed after signing, or another key. */
  | 'invalid';

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
  if (!project.partners.partners.some((p) => p.id === partnerId))
    return { ok: false, problem: 'unknownPartner', partnerId };
  if (ret.outcome.status === 'declined') return { ok: true, partnerId, fingerprint: ret.fingerprint, ...ret.outcome };
  const signature = ret.outcome.signature;
  if (signature.partnerId !== partnerId) return { ok: false, problem: 'wrongPartner', partnerId };
  const verdict = await verifySignature(signature, await contentFingerprint(project));
  if (verdict.status === 'invalid' || verdict.status === 'unsealed')
    return { ok: false, problem: 'invalid', partnerId };
  if (verdict.status === 'otherVersion') return { ok: false, problem: 'otherVersion', partnerId };
  return { ok: true, status: 'signed', partnerId, signature };
}
