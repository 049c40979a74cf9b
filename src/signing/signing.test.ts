// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { contentFingerprint } from '../domain/fingerprint';
import { signatureSchema, type Signature } from '../schemas/signature.schema';
import { baseProject, copy, signature as typedSignature } from '../testing/test-projects';
import { createDeviceKeyPair } from './device-key';
import { localIsoTime, sealSignature } from './seal-signature';
import { keyFingerprint, verifyProjectSignatures, verifySignature } from './verify-signature';

async function signed(partnerId = 'asso', keys?: CryptoKeyPair) {
  const project = baseProject();
  const fingerprint = await contentFingerprint(project);
  const pair = keys ?? (await createDeviceKeyPair());
  const signature = await sealSignature(
    { ...typedSignature(partnerId), fingerprint, signedAt: '2026-03-01T11:00:00+01:00' },
    pair,
    'device',
  );
  return { project: { ...project, signatures: [signature] }, signature, fingerprint, pair };
}

describe('sealed signatures', () => {
  it('verify as valid on the content they signed, and survive a round trip through the schema', async () => {
    const { signature, fingerprint } = await signed();
    const reparsed = signatureSchema.parse(JSON.parse(JSON.stringify(signature)));
    const verdict = await verifySignature(reparsed, fingerprint);
    expect(verdict).toEqual({ status: 'valid', keyFingerprint: await keyFingerprint(signature.proof!.publicKey) });
    expect(signature.proof?.publicKey).toMatch(/^[A-Za-z0-9+/]+=*$/);
  });

  it('are invalid when a field of the record is changed after signing', async () => {
    const { signature, fingerprint } = await signed();
    for (const tampered of [
      { ...signature, signatoryName: 'Quelqu’un d’autre' },
      { ...signature, partnerId: 'company' },
      { ...signature, signedAt: '2026-03-02T11:00:00+01:00' },
      { ...signature, method: 'drawn' as const, image: 'data:image/png;base64,AAAA' },
      { ...signature, proof: { ...signature.proof!, channel: 'link' as const } },
    ]) {
      expect(await verifySignature(tampered, fingerprint)).toMatchObject({ status: 'invalid', reason: 'badSignature' });
    }
  });

  it('report a different version when the content changed, and are invalid when the claimed fingerprint is rewritten', async () => {
    const { project, signature } = await signed();
    const changed = copy(project);
    changed.framework.purpose = `${changed.framework.purpose} Et une clause ajoutée.`;
    const report = await verifyProjectSignatures(changed);
    expect(report.checks[0]?.verdict).toMatchObject({
      status: 'otherVersion',
      signedFingerprint: signature.fingerprint,
    });
    // A forger who rewrites the fingerprint to match the new content breaks the seal.
    const forged: Signature = { ...signature, fingerprint: report.fingerprint };
    expect(await verifySignature(forged, report.fingerprint)).toMatchObject({
      status: 'invalid',
      reason: 'badSignature',
    });
  });

  it('are invalid when the record names another key than the one that signed', async () => {
    const { signature, fingerprint } = await signed();
    const other = await signed('asso', await createDeviceKeyPair());
    const swapped = { ...signature, proof: { ...signature.proof!, publicKey: other.signature.proof!.publicKey } };
    expect(await verifySignature(swapped, fingerprint)).toMatchObject({ status: 'invalid', reason: 'badSignature' });
    const garbage = { ...signature, proof: { ...signature.proof!, publicKey: 'AAAA' } };
    expect(await verifySignature(garbage, fingerprint)).toEqual({ status: 'invalid', reason: 'malformedKey' });
  });

  it('show old signatures without a seal as unsealed, never as valid', async () => {
    const project = baseProject();
    const fingerprint = await contentFingerprint(project);
    const old = signatureSchema.parse({ ...typedSignature('asso'), fingerprint });
    expect(await verifySignature(old, fingerprint)).toEqual({ status: 'unsealed', sameVersion: true });
  });

  it('flag a signature for a partner the project does not have', async () => {
    const { project } = await signed('nobody');
    const report = await verifyProjectSignatures(project);
    expect(report.checks[0]?.verdict).toEqual({ status: 'invalid', reason: 'unknownPartner' });
  });

  it('keep the private key out of reach', async () => {
    const { pair } = await signed();
    expect(pair.privateKey.extractable).toBe(false);
    await expect(globalThis.crypto.subtle.exportKey('pkcs8', pair.privateKey)).rejects.toThrow();
  });

  it('write the local time with its offset', () => {
    const text = localIsoTime(new Date('2026-03-01T10:00:00Z'));
    expect(text).toMatch(/^2026-03-01T\d{2}:00:00[+-]\d{2}:\d{2}$/);
    expect(new Date(text).toISOString()).toBe('2026-03-01T10:00:00.000Z');
  });
});
