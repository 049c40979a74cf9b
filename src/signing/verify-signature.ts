import { contentFingerprint } from '../domain/fingerprint';
import type { DraftProject } from '../schemas/project.schema';
import type { Signature } from '../schemas/signature.schema';
import { ECDSA_P256, ECDSA_SHA256 } from './device-key';
import { base64ToBytes, bytesToHex, sha256 } from './encoding';
import { signaturePayload } from './seal-signature';

export type InvalidReason =
  /** The public key in the record is not a P-256 key. */
  | 'malformedKey'
  /** The record was changed after signing, or signed with another key than the one it names. */
  | 'badSignature'
  /** The signature names a partner the project does not have. */
  | 'unknownPartner';

export type SignatureVerdict =
  /** Sealed, intact, and given on exactly this content. */
  | { status: 'valid'; keyFingerprint: string }
  /** Sealed and intact, but given on other content than this version. */
  | { status: 'otherVersion'; keyFingerprint: string; signedFingerprint: string }
  /** The seal does not hold: never shown as signed. */
  | { status: 'invalid'; reason: InvalidReason; keyFingerprint?: string }
  /** Made before signatures were sealed: nothing proves it, so it is never shown as verified. */
  | { status: 'unsealed'; sameVersion: boolean };

/** SHA-256 of the public key (SPKI DER) as 64 hex digits: the key's identity on the audit page. */
export async function keyFingerprint(publicKeyBase64: string): Promise<string> {
  return bytesToHex(await sha256(base64ToBytes(publicKeyBase64)));
}

/**
 * The cryptographic check of one signature against the content fingerprint of the version
 * at hand. Offline and plain: anyone with the record can run it. The domain's rule (which
 * partner, which content) builds on this; a signature counts only when this says 'valid'.
 */
export async function verifySignature(signature: Signature, fingerprint: string): Promise<SignatureVerdict> {
  const proof = signature.proof;
  if (!proof) return { status: 'unsealed', sameVersion: signature.fingerprint === fingerprint };
  let key: CryptoKey;
  let keyId: string;
  try {
    const spki = base64ToBytes(proof.publicKey);
    key = await globalThis.crypto.subtle.importKey('spki', spki, ECDSA_P256, false, ['verify']);
    keyId = await keyFingerprint(proof.publicKey);
  } catch {
    return { status: 'invalid', reason: 'malformedKey' };
  }
  let intact = false;
  try {
    const payload = signaturePayload(signature, proof);
    intact = await globalThis.crypto.subtle.verify(ECDSA_SHA256, key, base64ToBytes(proof.value), payload);
  } catch {
    intact = false;
  }
  if (!intact) return { status: 'invalid', reason: 'badSignature', keyFingerprint: keyId };
  if (signature.fingerprint !== fingerprint) {
    return { status: 'otherVersion', keyFingerprint: keyId, signedFingerprint: signature.fingerprint };
  }
  return { status: 'valid', keyFingerprint: keyId };
}

export interface SignatureCheck {
  signature: Signature;
  verdict: SignatureVerdict;
}

export interface ProjectSignatureReport {
  /** Content fingerprint of the project as it is now. */
  fingerprint: string;
  checks: SignatureCheck[];
}

/** Every signature of a project checked against its current content. */
export async function verifyProjectSignatures(project: DraftProject): Promise<ProjectSignatureReport> {
  const fingerprint = await contentFingerprint(project);
  return { fingerprint, checks: await checkSignatures(project.signatures, fingerprint, project) };
}

/**
 * Signatures checked against the fingerprint of the text they are for (a charter's
 * content, an amendment's own); one naming a partner the project does not have is invalid.
 */
export async function checkSignatures(
  signatures: readonly Signature[],
  fingerprint: string,
  project: DraftProject,
): Promise<SignatureCheck[]> {
  const partnerIds = new Set(project.partners.partners.map((p) => p.id));
  return Promise.all(
    signatures.map(async (signature): Promise<SignatureCheck> => {
      const verdict = await verifySignature(signature, fingerprint);
      if (verdict.status !== 'invalid' && !partnerIds.has(signature.partnerId)) {
        return { signature, verdict: { status: 'invalid', reason: 'unknownPartner' } };
      }
      return { signature, verdict };
    }),
  );
}

/** True when a verdict lets the signature count as given on this version. */
export function isVerified(verdict: SignatureVerdict): boolean {
  return verdict.status === 'valid';
}
