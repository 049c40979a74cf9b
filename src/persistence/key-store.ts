import { createStore, get, set, type UseStore } from 'idb-keyval';
import { createDeviceKeyPair } from '../signing/device-key';

// IndexedDB, not localStorage: CryptoKey objects are stored as they are (structured
// clone), so the non-extractable private key is kept without ever being turned into bytes.
const DB_NAME = 'cocharte-keys';
const STORE_NAME = 'keys';
const DEVICE_KEY = 'device-signing-key';

let store: UseStore | null = null;
const keyStore = () => {
  store ??= createStore(DB_NAME, STORE_NAME);
  return store;
};

let pending: Promise<CryptoKeyPair> | null = null;

function isKeyPair(value: unknown): value is CryptoKeyPair {
  const v = value as Partial<CryptoKeyPair> | undefined;
  return (
    typeof v === 'object' &&
    v !== null &&
    v.privateKey instanceof CryptoKey &&
    v.publicKey instanceof CryptoKey &&
    v.privateKey.algorithm.name === 'ECDSA'
  );
}

/**
 * This device's signing key pair, created on first signing and kept in IndexedDB. When the
 * browser cannot store it (storage disabled, some private modes) the pair lives for this
 * session only: the signature is still sealed and verifiable, later ones use another key.
 */
export function deviceKeyPair(): Promise<CryptoKeyPair> {
  pending ??= loadOrCreate().catch((error: unknown) => {
    pending = null;
    throw error;
  });
  return pending;
}

async function loadOrCreate(): Promise<CryptoKeyPair> {
  try {
    const stored: unknown = await get(DEVICE_KEY, keyStore());
    if (isKeyPair(stored)) return stored;
  } catch {
    // No IndexedDB: fall through to a session key.
  }
  const pair = await createDeviceKeyPair();
  try {
    await set(DEVICE_KEY, pair, keyStore());
  } catch {
    // Kept in memory for this session (see above).
  }
  return pair;
}

/** Tests only: forget the cached pair so the next call reads IndexedDB again. */
export function resetDeviceKeyCache(): void {
  pending = null;
}
