// Checks the PAdES seals of a PDF without any server or trusted list: for each signature,
// the bytes it covers are hashed and compared with the digest it signed, and the CMS
// signature is verified with the certificate it carries. Used by `npm run verify`.
import { PDF } from '@libpdf/core';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { signatureSchema } from '../schemas/signature.schema';
import { z } from '../lib/zod';
import { EVIDENCE_FILE_NAME, EVIDENCE_FORMAT, type SignatureEvidence } from './seal-pdf';

export type SealProblem =
  /** The bytes covered are not the bytes signed: the file changed after sealing. */
  | 'digestMismatch'
  /** The CMS signature does not verify with the certificate it carries. */
  | 'badSignature'
  /** The signature dictionary or its CMS container cannot be read. */
  | 'malformed';

export interface PdfSealCheck {
  /** 1-based, in file order. */
  index: number;
  status: 'valid' | 'invalid';
  problem?: SealProblem;
  /** True when the signed ranges run to the end of the file (nothing appended after). */
  coversWholeFile: boolean;
  /** The certificate's subject, e.g. "O=Solidarités Loire, CN=Élise Guérin". */
  signer: string;
}

export interface PdfReport {
  seals: PdfSealCheck[];
  /** The signature records attached at sealing, or null when there are none (or unreadable). */
  evidence: SignatureEvidence | null;
}

const OID_MESSAGE_DIGEST = '1.2.840.113549.1.9.4';
const OID_SHA256 = '2.16.840.1.101.3.4.2.1';
const NAMES: Record<string, string> = { '2.5.4.3': 'CN', '2.5.4.10': 'O', '2.5.4.6': 'C', '2.5.4.11': 'OU' };

const evidenceSchema = z.object({
  format: z.literal(EVIDENCE_FORMAT),
  version: z.literal(1),
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
  partners: z
    .array(z.object({ id: z.string().max(100), name: z.string().max(200) }))
    .max(8)
    .optional(),
  amendment: z.number().int().min(1).optional(),
  signatures: z.array(signatureSchema).max(8),
});

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return s;
}

function hexToBytes(hex: string): Uint8Array<ArrayBuffer> {
  const clean = hex.replace(/[^0-9a-fA-F]/g, '');
  const out = new Uint8Array(clean.length >> 1);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(clean.slice(i * 2, i * 2 + 2), 16);
  return out;
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function subjectOf(cert: pkijs.Certificate | null | undefined): string {
  if (!cert) return '';
  return cert.subject.typesAndValues
    .map((tv) => `${NAMES[tv.type] ?? tv.type}=${String(tv.value.valueBlock.value)}`)
    .join(', ');
}

async function checkOne(bytes: Uint8Array, range: number[], index: number): Promise<PdfSealCheck> {
  const [a, b, c, d] = range as [number, number, number, number];
  const coversWholeFile = c + d === bytes.length;
  const invalid = (problem: SealProblem, signer = ''): PdfSealCheck => ({
    index,
    status: 'invalid',
    problem,
    coversWholeFile,
    signer,
  });
  if (a !== 0 || b <= 0 || c < b || c + d > bytes.length) return invalid('malformed');
  const contents = latin1(bytes.subarray(b, c)).trim();
  if (!contents.startsWith('<') || !contents.endsWith('>')) return invalid('malformed');
  const signed = new Uint8Array(b + d);
  signed.set(bytes.subarray(0, b), 0);
  signed.set(bytes.subarray(c, c + d), b);

  let signedData: pkijs.SignedData;
  let signer = '';
  try {
    const asn = asn1js.fromBER(hexToBytes(contents.slice(1, -1)));
    if (asn.offset === -1) return invalid('malformed');
    const info = new pkijs.ContentInfo({ schema: asn.result });
    signedData = new pkijs.SignedData({ schema: info.content });
    const first = signedData.certificates?.[0];
    signer = first instanceof pkijs.Certificate ? subjectOf(first) : '';
  } catch {
    return invalid('malformed');
  }
  const signerInfo = signedData.signerInfos[0];
  const digestAttr = signerInfo?.signedAttrs?.attributes.find((x) => x.type === OID_MESSAGE_DIGEST);
  const claimed = digestAttr?.values[0] as asn1js.OctetString | undefined;
  if (!claimed) return invalid('malformed', signer);
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', signed));
  if (!equalBytes(digest, new Uint8Array(claimed.valueBlock.valueHexView))) return invalid('digestMismatch', signer);
  const cert = signedData.certificates?.[0];
  if (!(cert instanceof pkijs.Certificate) || !signerInfo?.signedAttrs) return invalid('malformed', signer);
  if (!(await signatureHolds(cert, signerInfo))) return invalid('badSignature', signer);
  return { index, status: 'valid', coversWholeFile, signer };
}

/**
 * The CMS signature over the signed attributes, checked with WebCrypto: ECDSA P-256 with
 * SHA-256, the only algorithm Cocharte seals with. (pkijs's own SignedData.verify cannot
 * pick the hash for the algorithm identifier libpdf writes.)
 */
async function signatureHolds(cert: pkijs.Certificate, signerInfo: pkijs.SignerInfo): Promise<boolean> {
  try {
    if (signerInfo.digestAlgorithm.algorithmId !== OID_SHA256) return false;
    const spki = new Uint8Array(cert.subjectPublicKeyInfo.toSchema().toBER(false));
    const key = await globalThis.crypto.subtle.importKey('spki', spki, { name: 'ECDSA', namedCurve: 'P-256' }, false, [
      'verify',
    ]);
    const raw = ecdsaDerToRaw(new Uint8Array(signerInfo.signature.valueBlock.valueHexView));
    if (!raw) return false;
    // The signed attributes are signed as a SET (tag 0x31), not as the [0] they are stored with.
    const attrs = new Uint8Array(signerInfo.signedAttrs!.encodedValue);
    attrs[0] = 0x31;
    return await globalThis.crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, raw, attrs);
  } catch {
    return false;
  }
}

/** DER ECDSA-Sig-Value (SEQUENCE of two INTEGERs) to the 64-byte r‖s form WebCrypto takes. */
function ecdsaDerToRaw(der: Uint8Array): Uint8Array<ArrayBuffer> | null {
  const asn = asn1js.fromBER(der);
  if (asn.offset === -1 || !(asn.result instanceof asn1js.Sequence)) return null;
  const out = new Uint8Array(64);
  const parts = asn.result.valueBlock.value;
  if (parts.length !== 2) return null;
  for (const [i, part] of parts.entries()) {
    if (!(part instanceof asn1js.Integer)) return null;
    let bytes = new Uint8Array(part.valueBlock.valueHexView);
    while (bytes.length > 32 && bytes[0] === 0) bytes = bytes.subarray(1);
    if (bytes.length > 32) return null;
    out.set(bytes, i * 32 + (32 - bytes.length));
  }
  return out;
}

async function readEvidence(bytes: Uint8Array): Promise<SignatureEvidence | null> {
  try {
    const pdf = await PDF.load(bytes);
    const data = pdf.getAttachment(EVIDENCE_FILE_NAME);
    if (!data) return null;
    const parsed = evidenceSchema.safeParse(JSON.parse(new TextDecoder().decode(data)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Every PAdES seal of the file, checked, and the signature records it carries. */
export async function verifyPdf(bytes: Uint8Array): Promise<PdfReport> {
  const text = latin1(bytes);
  const ranges = [...text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)].map((m) =>
    m.slice(1, 5).map(Number),
  );
  const seals = await Promise.all(ranges.map((r, i) => checkOne(bytes, r, i + 1)));
  return { seals, evidence: await readEvidence(bytes) };
}
