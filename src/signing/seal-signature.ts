import { canonicalJson } from '../lib/canonical-json';
import type { Signature, SignatureChannel } from '../schemas/signature.schema';
import { deviceKeys, ECDSA_SHA256, publicKeyBase64 } from './device-key';
import { bytesToBase64 } from './encoding';

/** A signature as the form gives it, before it is sealed. */
export type UnsealedSignature = Omit<Signature, 'proof'>;

/**
 * The exact bytes a seal covers: every field of the record (who, for which partner, the
 * content fingerprint, when, typed or drawn, the drawn image) plus how it was given and the
 * public key, as canonical JSON. Changing any of them breaks the seal; so does swapping
 * the key, since the key is inside what was signed.
 */
export function signaturePayload(
  signature: UnsealedSignature,
  proof: { channel: SignatureChannel; publicKey: string },
): Uint8Array<ArrayBuffer> {
  const payload = {
    kind: 'cocharte.signature',
    version: 1,
    partnerId: signature.partnerId,
    signatoryName: signature.signatoryName,
    signatoryTitle: signature.signatoryTitle,
    place: signature.place,
    date: signature.date,
    method: signature.method,
    image: signature.image ?? null,
    fingerprint: signature.fingerprint,
    signedAt: signature.signedAt,
    channel: proof.channel,
    publicKey: proof.publicKey,
  };
  return new TextEncoder().encode(canonicalJson(payload));
}

/**
 * The local time with its offset (2026-03-01T11:00:00+01:00): the audit trail shows the
 * signer's own clock and time zone, and the instant stays unambiguous.
 */
export function localIsoTime(date: Date): string {
  const pad = (n: number) => String(Math.abs(Math.trunc(n))).padStart(2, '0');
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
    `${sign}${pad(offset / 60)}:${pad(offset % 60)}`
  );
}

/** Signs the record with the device's key and returns it with its proof. */
export async function sealSignature(
  signature: UnsealedSignature,
  keys: CryptoKeyPair,
  channel: SignatureChannel,
): Promise<Signature> {
  const publicKey = await publicKeyBase64(keys.publicKey);
  const bytes = signaturePayload(signature, { channel, publicKey });
  const value = new Uint8Array(await globalThis.crypto.subtle.sign(ECDSA_SHA256, keys.privateKey, bytes));
  return {
    ...signature,
    proof: { version: 1, algorithm: 'ECDSA-P256-SHA256', channel, publicKey, value: bytesToBase64(value) },
  };
}

/** Seals a signature given on this device with this device's key. */
export async function signOnThisDevice(
  signature: UnsealedSignature,
  channel: SignatureChannel = 'device',
): Promise<Signature> {
  return sealSignature(signature, await deviceKeys(), channel);
}
