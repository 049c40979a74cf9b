import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../lib/canonical-json';
import { draftProjectSchema } from '../schemas/project.schema';
import { fingerprintOf } from './content-hash';
import { signedContent } from './fingerprint';
import { partnerSignatures } from './signatures';

// A charter co-signed with the previous release (0.1) must stay co-signed once its file
// or store is read by this one, although the schemas have gained fields since (a
// partner's legal identity, the agreement): its fingerprint must not move.
const store = new Map(
  JSON.parse(readFileSync('tests/fixtures/legacy-store/localstorage-0.1.json', 'utf8')) as [string, string][],
);
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('charters signed with the previous release', () => {
  for (const id of ['legacy-signed', 'legacy-draft', 'legacy-review']) {
    it(`keep the fingerprint release 0.1 computed (${id})`, () => {
      const raw = (JSON.parse(store.get(`cocharte.project.${id}`)!) as { project: Parameters<typeof signedContent>[0] })
        .project;
      const oldFingerprint = sha256(canonicalJson(signedContent(raw)));
      expect(fingerprintOf(draftProjectSchema.parse(raw))).toBe(oldFingerprint);
    });
  }

  it('and so their signatures still count', () => {
    const raw = (
      JSON.parse(store.get('cocharte.project.legacy-signed')!) as { project: Parameters<typeof signedContent>[0] }
    ).project;
    const fingerprint = sha256(canonicalJson(signedContent(raw)));
    const signedThen = { ...raw, signatures: raw.signatures.map((s) => ({ ...s, fingerprint })) };
    const project = draftProjectSchema.parse(signedThen);
    expect(partnerSignatures(project).map((s) => s.state)).toEqual(['signed', 'signed', 'signed']);
  });
});
