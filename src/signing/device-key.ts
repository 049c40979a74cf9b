import { bytesToBase64 } from './encoding';

export const ECDSA_P256 = { name: 'ECDSA', namedCurve: 'P-256' } as const;
export const ECDSA_SHA256 = { name: 'ECDSA', hash: 'SHA-256' } as const;

/**
 * A device's signing key pair. The private key is created non-extractable: the browser can
 * sign with it but no script (ours included) can read it, so it never leaves the device.
 * WebCrypto always lets the public half be exported.
 */
export function createDeviceKeyPair(): Promise<CryptoKeyPair> {
  return globalThis.crypto.subtle.generateKey(ECDSA_P256, false, ['sign', 'verify']);
}

/** The public key as SubjectPublicKeyInfo (DER), base64: what a signature record carries. */
export async function publicKeyBase64(publicKey: CryptoKey): Promise<string> {
  return bytesToBase64(new Uint8Array(await globalThis.crypto.subtle.exportKey('spki', publicKey)));
}

let sessionPair: Promise<CryptoKeyPair> | null = null;
let provider: () => Promise<CryptoKeyPair> = () => {
  sessionPair ??= createDeviceKeyPair();
  return sessionPair;
};

/**
 * Where the device's key pair comes from. The composition root (src/app) plugs in the
 * IndexedDB store (src/persistence/key-store.ts); signing stays free of storage. Until then
 * (tests, tools) a key pair lives for the session.
 */
export function provideDeviceKeys(source: () => Promise<CryptoKeyPair>): void {
  provider = source;
}

export function deviceKeys(): Promise<CryptoKeyPair> {
  return provider();
}
