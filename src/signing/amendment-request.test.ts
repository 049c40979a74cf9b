// @vitest-environment node
// Signing an amendment (avenant) by link: the same request, answer and seal as the charter's,
// pointed at one amendment and its own fingerprint.
import { describe, expect, it } from 'vitest';
import { amendmentFingerprint, withAmendment } from '../domain/record-amendments';
import { contentFingerprint } from '../domain/fingerprint';
import type { DraftProject } from '../schemas/project.schema';
import type { Amendment } from '../schemas/record.schema';
import { reviewedProject, budgetAmendmentDraft } from '../testing/record-fixtures';
import {
  checkAmendmentReturn,
  checkSignatureReturn,
  createAmendmentSignatureRequest,
  createSignatureRequest,
  declineRequest,
  openSignatureRequest,
  readSignatureRequestFragment,
  serializeSignatureReturn,
  signRequest,
  signatureRequestLink,
} from './signature-request';

const fields = {
  signatoryName: 'Nguyễn Thị Lan',
  signatoryTitle: 'Présidente',
  place: 'Đà Nẵng',
  date: '2027-05-03',
  method: 'typed' as const,
};

const asFile = (value: unknown) => JSON.parse(serializeSignatureReturn(value as never)) as unknown;

async function drafted(): Promise<{ project: DraftProject; amendment: Amendment; own: string }> {
  let project = await reviewedProject();
  const amendment = await budgetAmendmentDraft(project);
  project = withAmendment(project, amendment);
  return { project, amendment, own: await amendmentFingerprint(amendment) };
}

async function askedFor(partnerId = 'south') {
  const d = await drafted();
  const request = await createAmendmentSignatureRequest(
    d.project,
    d.amendment,
    partnerId,
    new Date('2027-05-02T09:00:00Z'),
  );
  return { ...d, request };
}

describe('an amendment signed by link', () => {
  it('carries the amendment’s id and own fingerprint; the signatory signs that fingerprint, and it attaches to it', async () => {
    const { project, amendment, own, request } = await askedFor();
    expect(request).toMatchObject({ amendmentId: 'am1', fingerprint: own, partnerId: 'south' });
    // Only what is signed travels: not the record's reviews and health checks.
    expect(project.record.reviews.length).toBeGreaterThan(0);
    expect(request.project.record).toMatchObject({ reviews: [], amendments: [amendment], closing: null });
    const opened = await readSignatureRequestFragment(
      new URL(signatureRequestLink(request, 'https://x.example/')).hash,
    );
    expect(opened).toMatchObject({ ok: true, request: { amendmentId: 'am1', fingerprint: own } });
    if (!opened?.ok) throw new Error('not opened');
    const ret = await signRequest(opened.request, fields);
    expect(ret).toMatchObject({ amendmentId: 'am1', fingerprint: own });
    const checked = await checkAmendmentReturn(project, amendment, asFile(ret));
    expect(checked).toMatchObject({ ok: true, status: 'signed', partnerId: 'south', signature: { fingerprint: own } });
  });

  it('refuses on opening a link whose project does not hold the amendment, or whose amendment is not the one announced', async () => {
    const { request } = await askedFor();
    const elsewhere = { ...request, amendmentId: 'am9' };
    expect(await openSignatureRequest(elsewhere)).toEqual({ ok: false, problem: 'tampered' });
    const altered = structuredClone(request);
    altered.project.record.amendments[0]!.reason = 'Une autre raison.';
    expect(await openSignatureRequest(altered)).toEqual({ ok: false, problem: 'tampered' });
    // The charter under the amendment changed: the amendment no longer amends it.
    const charter = structuredClone(request);
    charter.project.framework.purpose = 'Autre objet';
    expect(await openSignatureRequest(charter)).toEqual({ ok: false, problem: 'tampered' });
    expect(await openSignatureRequest({ ...request, partnerId: 'nobody' })).toEqual({
      ok: false,
      problem: 'unknownPartner',
    });
  });

  it('refuses an answer about another text: the charter, another amendment, another version of it', async () => {
    const { project, amendment, request } = await askedFor();
    const forAmendment = await signRequest(request, fields);
    // The amendment's answer offered to the charter, and the charter's to the amendment.
    expect(await checkSignatureReturn(project, asFile(forAmendment))).toEqual({
      ok: false,
      problem: 'amendmentAnswer',
      partnerId: 'south',
    });
    const charterRequest = createSignatureRequest(project, 'south', await contentFingerprint(project));
    const forCharter = await signRequest(charterRequest, fields);
    expect(await checkAmendmentReturn(project, amendment, asFile(forCharter))).toEqual({
      ok: false,
      problem: 'charterAnswer',
      partnerId: 'south',
    });
    // Its amendment id stripped, it still does not pass for the charter's: its seal is on the amendment.
    const { amendmentId: _, ...stripped } = forAmendment;
    expect(await checkSignatureReturn(project, asFile(stripped))).toMatchObject({ ok: false, problem: 'otherVersion' });
    expect(await checkAmendmentReturn(project, { ...amendment, id: 'am2' }, asFile(forAmendment))).toEqual({
      ok: false,
      problem: 'otherAmendment',
      partnerId: 'south',
    });
    const redrafted = { ...amendment, reason: 'Raison réécrite.' };
    expect(await checkAmendmentReturn(project, redrafted, asFile(forAmendment))).toEqual({
      ok: false,
      problem: 'otherVersion',
      partnerId: 'south',
    });
  });

  it('says an answer to another partnership’s amendment belongs to another charter, offered to the charter or to an amendment', async () => {
    const { project, amendment, request } = await askedFor();
    // Another partnership: none of its partners and none of its amendments are this one's.
    const text = serializeSignatureReturn(await signRequest(request, fields));
    const elsewhere = JSON.parse(text.replaceAll('"south"', '"ailleurs"').replaceAll('"am1"', '"autre-avenant"'));
    expect(await checkSignatureReturn(project, elsewhere)).toEqual({
      ok: false,
      problem: 'otherCharter',
      partnerId: 'ailleurs',
    });
    expect(await checkAmendmentReturn(project, amendment, elsewhere)).toEqual({
      ok: false,
      problem: 'otherCharter',
      partnerId: 'ailleurs',
    });
  });

  it('refuses a tampered answer or one for a partner who is not a party of the amendment', async () => {
    const { project, amendment, request } = await askedFor();
    const ret = await signRequest(request, fields);
    const file = serializeSignatureReturn(ret).replace('"Présidente"', '"Directrice"');
    expect(await checkAmendmentReturn(project, amendment, JSON.parse(file))).toEqual({
      ok: false,
      problem: 'invalid',
      partnerId: 'south',
    });
    const moved = JSON.parse(serializeSignatureReturn(ret).replaceAll('"south"', '"ghost"'));
    expect(await checkAmendmentReturn(project, amendment, moved)).toEqual({
      ok: false,
      problem: 'unknownPartner',
      partnerId: 'ghost',
    });
  });

  it('brings back a refusal of the amendment with its reason', async () => {
    const { project, amendment, own, request } = await askedFor();
    const ret = declineRequest(request, 'Nguyễn Thị Lan', 'Le montant doit être revu.');
    expect(await checkAmendmentReturn(project, amendment, asFile(ret))).toMatchObject({
      ok: true,
      status: 'declined',
      partnerId: 'south',
      fingerprint: own,
      reason: 'Le montant doit être revu.',
    });
  });
});
