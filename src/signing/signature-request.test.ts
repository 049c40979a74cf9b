// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { contentFingerprint } from '../domain/fingerprint';
import { baseProject, copy } from '../testing/test-projects';
import { lzBomb } from '../testing/lz-bomb';
import { MAX_PROJECT_FILE_BYTES } from '../persistence/project-file-format';
import {
  checkSignatureReturn,
  createSignatureRequest,
  declineRequest,
  MAX_REQUEST_CHARS,
  readSignatureRequestFragment,
  serializeSignatureReturn,
  signRequest,
  signatureRequestLink,
} from './signature-request';
import { verifySignature } from './verify-signature';

const fields = {
  signatoryName: 'Marc Lefèvre',
  signatoryTitle: 'Gérant',
  place: 'Lyon',
  date: '2026-03-02',
  method: 'typed' as const,
};

async function asked(partnerId = 'company') {
  const project = baseProject();
  const fingerprint = await contentFingerprint(project);
  const request = createSignatureRequest(project, partnerId, fingerprint, new Date('2026-03-01T09:00:00Z'));
  return { project, fingerprint, request };
}

/** The file the signatory sends back, as the coordinator's app reads it. */
const asFile = (value: unknown) => JSON.parse(serializeSignatureReturn(value as never)) as unknown;

describe('signing by link', () => {
  it('carries the exact version in the link; the signatory opens it and signs it with their own sealed key', async () => {
    const { project, fingerprint, request } = await asked();
    const link = signatureRequestLink(request, 'https://cocharte.example/app/#projet=old');
    expect(link.startsWith('https://cocharte.example/app/#signer=')).toBe(true);
    const opened = await readSignatureRequestFragment(new URL(link).hash);
    expect(opened).toMatchObject({ ok: true, request: { partnerId: 'company', fingerprint } });
    if (!opened?.ok) throw new Error('not opened');
    const ret = await signRequest(opened.request, fields, new Date('2026-03-02T10:00:00Z'));
    expect(ret.outcome.status).toBe('signed');
    if (ret.outcome.status !== 'signed') return;
    expect(ret.outcome.signature.proof?.channel).toBe('link');
    expect((await verifySignature(ret.outcome.signature, fingerprint)).status).toBe('valid');
    const checked = await checkSignatureReturn(project, asFile(ret));
    expect(checked).toMatchObject({ ok: true, status: 'signed', partnerId: 'company' });
  });

  it('refuses a link whose charter was altered, or that is cut', async () => {
    const { request } = await asked();
    const altered = {
      ...request,
      project: { ...request.project, framework: { ...request.project.framework, purpose: 'Autre' } },
    };
    const link = signatureRequestLink(altered, 'https://x.example/');
    expect(await readSignatureRequestFragment(new URL(link).hash)).toEqual({ ok: false, problem: 'tampered' });
    expect(await readSignatureRequestFragment('#signer=abc')).toEqual({ ok: false, problem: 'damaged' });
    expect(await readSignatureRequestFragment('#projet=abc')).toBeNull();
  });

  it('opens a signing link whose « + » and « $ » a mail or chat client percent-encoded', async () => {
    const { fingerprint, request } = await asked();
    const hash = new URL(signatureRequestLink(request, 'https://x.example/')).hash;
    const payload = hash.slice('#signer='.length);
    expect(payload).toMatch(/[+$]/);
    expect(await readSignatureRequestFragment(`#signer=${encodeURIComponent(payload)}`)).toMatchObject({
      ok: true,
      request: { partnerId: 'company', fingerprint },
    });
  });

  it('refuses a returned signature given on another version, and says so', async () => {
    const { project, request } = await asked();
    const ret = await signRequest(request, fields);
    const edited = copy(project);
    edited.framework.purpose = `${edited.framework.purpose} Modifié depuis la demande.`;
    expect(await checkSignatureReturn(edited, asFile(ret))).toEqual({
      ok: false,
      problem: 'otherVersion',
      partnerId: 'company',
    });
  });

  it('refuses a tampered return: its seal does not hold', async () => {
    const { project, request } = await asked();
    const ret = await signRequest(request, fields);
    const file = serializeSignatureReturn(ret).replace('"Gérant"', '"Directeur général"');
    expect(await checkSignatureReturn(project, JSON.parse(file))).toEqual({
      ok: false,
      problem: 'invalid',
      partnerId: 'company',
    });
    // Moving the signature to another partner is refused too.
    const moved = JSON.parse(serializeSignatureReturn(ret).replaceAll('"company"', '"south"'));
    expect(await checkSignatureReturn(project, moved)).toMatchObject({ ok: false, problem: 'invalid' });
    expect(await checkSignatureReturn(project, { hello: 'world' })).toEqual({ ok: false, problem: 'damaged' });
  });

  it('brings back a refusal with its reason', async () => {
    const { project, request } = await asked();
    const ret = declineRequest(request, 'Marc Lefèvre', 'Le budget de l’article 4 n’est pas validé.');
    expect(await checkSignatureReturn(project, asFile(ret))).toMatchObject({
      ok: true,
      status: 'declined',
      partnerId: 'company',
      declinedBy: 'Marc Lefèvre',
      reason: 'Le budget de l’article 4 n’est pas validé.',
    });
  });

  it('refuses a link that would expand past what a project may hold, without expanding it', async () => {
    // 64 KB of link that lz-string would expand to about 390 M characters (18 s, frozen).
    const bomb = lzBomb(64 * 1024);
    const started = performance.now();
    expect(await readSignatureRequestFragment(`#signer=${bomb}`)).toEqual({ ok: false, problem: 'tooLarge' });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(MAX_REQUEST_CHARS).toBeGreaterThan(MAX_PROJECT_FILE_BYTES);
  });
});
