// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { deviceKeyPair, resetDeviceKeyCache } from './key-store';
import { publicKeyBase64 } from '../signing/device-key';

describe('device key store', () => {
  it('creates one non-extractable ECDSA P-256 pair and finds the same one again after a reload', async () => {
    const first = await deviceKeyPair();
    expect(first.privateKey.extractable).toBe(false);
    expect(first.privateKey.algorithm).toMatchObject({ name: 'ECDSA', namedCurve: 'P-256' });
    resetDeviceKeyCache();
    const again = await deviceKeyPair();
    expect(await publicKeyBase64(again.publicKey)).toBe(await publicKeyBase64(first.publicKey));
    expect(again.privateKey.extractable).toBe(false);
  });
});
