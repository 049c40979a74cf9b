// The PAdES seal of a signed charter. Loaded only with `await import('./seal-pdf')` when a
// signed charter is generated: @libpdf/core and pkijs (~230 KB gzip) stay out of every other
// chunk. Everything runs in the browser with WebCrypto; no request leaves it.
import { CryptoKeySigner, PDF } from '@libpdf/core';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { shortFingerprint } from '../domain/fingerprint';
import { createTranslator } from '../i18n/i18n';
import type { DraftProject } from '../schemas/project.schema';
import type { Signature } from '../schemas/signature.schema';
import { publicKeyBase64 } from '../signing/device-key';
import { checkSignatures, type SignatureCheck, verifyProjectSignatures } from '../signing/verify-signature';
import { withAmendment } from '../domain/record-amendments';
import { type RecordPdfOptions, renderRecordPdf } from './render-record';
import { renderCharterPdf, type RenderOptions } from './render-pdf';

/** Name of the file attached to a sealed charter: the sealed signature records (see verify-pdf.ts). */
export const EVIDENCE_FILE_NAME = 'cocharte-signatures.json';
export const EVIDENCE_FORMAT = 'cocharte-signatures';

export interface SignatureEvidence {
  format: typeof EVIDENCE_FORMAT;
  version: 1;
  /** Content fingerprint of the version the PDF shows. */
  fingerprint: string;
  /** The partners' names, so a reader of the records alone knows whom each signature is for. */
  partners?: Array<{ id: string; name: string }>;
  /** The amendment these signatures are on (its own fingerprint above); absent for the charter. */
  amendment?: number;
  signatures: Signature[];
}

export interface CertificateSubject {
  /** The person or device the certificate names (CN). */
  commonName: string;
  /** The organisation it names (O). */
  organisation: string;
}

export interface SealOptions {
  keys: CryptoKeyPair;
  subject: CertificateSubject;
  reason: string;
  location?: string;
  /** Attached to the file before sealing, so the seal covers it too. */
  evidence?: SignatureEvidence;
  /** Signing time (defaults to now); fixed in tests. */
  now?: Date;
}

const OID = { commonName: '2.5.4.3', organisation: '2.5.4.10', keyUsage: '2.5.29.15', basicConstraints: '2.5.29.19' };

// X.520 caps both names at 64 characters.
const x520 = (s: string) => (s.trim() || 'Cocharte').slice(0, 64);

/**
 * A certificate the key issues for itself (issuer = subject), naming the organisation. It
 * ties the PDF's seal to a key, not to a verified identity: no trusted third party vouches
 * for the name, so readers report the issuer as unknown. Valid five years from signing.
 */
export async function selfIssuedCertificate(keys: CryptoKeyPair, subject: CertificateSubject, now = new Date()) {
  const cert = new pkijs.Certificate();
  cert.version = 2;
  const serial = globalThis.crypto.getRandomValues(new Uint8Array(16));
  serial[0] = (serial[0]! & 0x7f) | 0x01; // positive and without a leading zero byte
  cert.serialNumber = new asn1js.Integer({ valueHex: serial });
  // One attribute per RDN (O, then CN): pkijs would put both in one multi-valued RDN.
  // pkijs keeps a parsed name's own encoding, so the sequence is encoded and parsed back.
  const encoded = () =>
    asn1js.fromBER(
      new asn1js.Sequence({
        value: [
          [OID.organisation, subject.organisation],
          [OID.commonName, subject.commonName],
        ].map(
          ([type, value]) =>
            new asn1js.Set({
              value: [
                new pkijs.AttributeTypeAndValue({
                  type: type!,
                  value: new asn1js.Utf8String({ value: x520(value!) }),
                }).toSchema(),
              ],
            }),
        ),
      }).toBER(false),
    ).result;
  const name = () => new pkijs.RelativeDistinguishedNames({ schema: encoded() });
  cert.subject = name();
  cert.issuer = name();
  cert.notBefore.value = new Date(now.getTime() - 60_000);
  cert.notAfter.value = new Date(now.getTime() + 5 * 365 * 24 * 3600_000);
  const basic = new pkijs.BasicConstraints({ cA: false });
  // digitalSignature (bit 0) and nonRepudiation (bit 1): a signing key, nothing else.
  const usage = new asn1js.BitString({ valueHex: new Uint8Array([0xc0]).buffer, unusedBits: 6 });
  cert.extensions = [
    new pkijs.Extension({ extnID: OID.basicConstraints, critical: true, extnValue: basic.toSchema().toBER(false) }),
    new pkijs.Extension({ extnID: OID.keyUsage, critical: true, extnValue: usage.toBER(false) }),
  ];
  await cert.subjectPublicKeyInfo.importKey(keys.publicKey);
  await cert.sign(keys.privateKey, 'SHA-256');
  return new Uint8Array(cert.toSchema(true).toBER(false));
}

/**
 * Appends a PAdES B-B signature (ETSI.CAdES.detached, ECDSA P-256 / SHA-256) covering the
 * whole file as an incremental update, after attaching the signature records. Any PDF
 * reader can then tell whether a byte changed since.
 */
export async function sealPdf(bytes: Uint8Array, options: SealOptions): Promise<Uint8Array> {
  const now = options.now ?? new Date();
  const certificate = await selfIssuedCertificate(options.keys, options.subject, now);
  const pdf = await PDF.load(bytes);
  if (options.evidence) {
    pdf.addAttachment(EVIDENCE_FILE_NAME, new TextEncoder().encode(JSON.stringify(options.evidence)), {
      description: 'Cocharte signature records (verify with: npm run verify -- <this file>)',
      mimeType: 'application/json',
      createdAt: now,
      modifiedAt: now,
    });
  }
  const { bytes: sealed } = await pdf.sign({
    signer: new CryptoKeySigner(options.keys.privateKey, certificate, 'EC', 'ECDSA'),
    reason: options.reason,
    ...(options.location ? { location: options.location } : {}),
    signingTime: now,
    level: 'B-B',
    // An ECDSA CMS is well under 2 KB; the default reserves 12 KB per signature.
    estimatedSize: 2048,
  });
  return sealed;
}

export interface SealedCharterOptions extends Omit<RenderOptions, 'signatureChecks'> {
  keys: CryptoKeyPair;
}

/**
 * The signed charter as a sealed PDF: every signature checked (src/signing), the audit trail
 * page added, signatures whose seal does not hold left out of the signature blocks and the
 * cover count (they stay listed, as invalid, on the audit page), the signature records
 * attached, then the whole file sealed with this device's key.
 */
export async function renderSealedCharterPdf(
  project: DraftProject,
  options: SealedCharterOptions,
): Promise<Uint8Array> {
  const { keys, ...render } = options;
  const { checks } = await verifyProjectSignatures(project);
  const shown = { ...project, signatures: holding(checks) };
  const bytes = renderCharterPdf(shown, { ...render, signatureChecks: checks });
  const t = createTranslator(options.locale);
  return sealPdf(bytes, {
    keys,
    subject: await sealSubject(project, project.signatures, keys),
    reason: t('doc.seal.reason', { fingerprint: shortFingerprint(options.fingerprint) }),
    evidence: evidenceOf(project, options.fingerprint, project.signatures),
    ...(options.now ? { now: options.now } : {}),
  });
}

/**
 * A signed amendment as a sealed PDF, as the charter is: its signatures checked on the
 * amendment's own fingerprint (`options.fingerprint`), the audit trail page added, a
 * signature whose seal does not hold left out of the boxes, the records attached, the
 * file sealed with this device's key. `project` is the text in force (recordDocumentSource).
 */
export async function renderSealedAmendmentPdf(
  project: DraftProject,
  number: number,
  options: SealedCharterOptions & Pick<RecordPdfOptions, 'parties'>,
): Promise<Uint8Array> {
  const amendment = project.record.amendments.find((a) => a.number === number);
  if (!amendment) throw new RangeError(`No amendment number ${number}`);
  const { keys, ...render } = options;
  const checks = await checkSignatures(amendment.signatures, options.fingerprint, project);
  const shown = withAmendment(project, { ...amendment, signatures: holding(checks) });
  const bytes = renderRecordPdf(shown, { kind: 'amendment', number }, { ...render, signatureChecks: checks });
  const t = createTranslator(options.locale);
  return sealPdf(bytes, {
    keys,
    subject: await sealSubject(project, amendment.signatures, keys),
    reason: t('doc.seal.reasonAmendment', { n: number, fingerprint: shortFingerprint(options.fingerprint) }),
    evidence: { ...evidenceOf(project, options.fingerprint, amendment.signatures), amendment: number },
    ...(options.now ? { now: options.now } : {}),
  });
}

/** The signatures whose seal holds (or that have none to check): those the boxes show. */
function holding(checks: SignatureCheck[]): Signature[] {
  return checks.filter((c) => c.verdict.status !== 'invalid').map((c) => c.signature);
}

function evidenceOf(project: DraftProject, fingerprint: string, signatures: Signature[]): SignatureEvidence {
  return {
    format: EVIDENCE_FORMAT,
    version: 1,
    fingerprint,
    partners: project.partners.partners.map((p) => ({ id: p.id, name: p.name.trim() })),
    signatures,
  };
}

/**
 * Whom the certificate names: the one signatory who used this device's key, with their
 * organisation; when several did (partners signing in turn on one laptop), no one person
 * (a PDF reader would show the last as the signer of the whole charter) but the device,
 * "Cocharte", for their organisations; when this device signed for no one, for the
 * partnership's partners. Never an organisation whose signatory did not use this key.
 */
async function sealSubject(
  project: DraftProject,
  signatures: readonly Signature[],
  keys: CryptoKeyPair,
): Promise<CertificateSubject> {
  const mine = await publicKeyBase64(keys.publicKey);
  const nameOf = (id: string) => project.partners.partners.find((p) => p.id === id)?.name.trim() ?? '';
  const own = signatures.filter((s) => s.proof?.publicKey === mine && nameOf(s.partnerId));
  const only = own.length === 1 ? own[0] : undefined;
  if (only) return { commonName: only.signatoryName, organisation: nameOf(only.partnerId) };
  const organisations = own.length
    ? [...new Set(own.map((s) => nameOf(s.partnerId)))]
    : project.partners.partners.map((p) => p.name.trim()).filter(Boolean);
  return { commonName: 'Cocharte', organisation: organisations.join(', ') || project.partners.title };
}
