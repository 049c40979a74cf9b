import { describe, expect, it } from 'vitest';
import type { DraftProject } from '../schemas/project.schema';
import { amendedReviewedProject, NEW_BUDGET } from '../testing/record-fixtures';
import { contentFingerprint } from './fingerprint';
import { checkChain } from './record-amendments';
import { recordDocumentSource } from './record-documents';
import { newReview } from './record-new';

const companyMoney = (p: DraftProject) => p.framework.roles.find((r) => r.partnerId === 'company')?.money;

describe('which text a record document is drawn from', () => {
  it('draws a review held before an amendment from the text then in force, with its fingerprint', async () => {
    const project = await amendedReviewedProject();
    const original = await contentFingerprint(project);
    const source = await recordDocumentSource(project, { kind: 'review', number: 1 });
    expect(source.fingerprint).toBe(original);
    expect(companyMoney(source.project)).not.toBe(NEW_BUDGET);
  });

  it('draws a review held after the amendment was signed by all from the amended text', async () => {
    let project = await amendedReviewedProject();
    const chain = await checkChain(project);
    const third = { ...newReview(chain.current, { id: 'rev3', date: '2027-06-01' }), number: 3 };
    project = { ...project, record: { ...project.record, reviews: [...project.record.reviews, third] } };
    const source = await recordDocumentSource(project, { kind: 'review', number: 3 });
    expect(source.fingerprint).toBe(chain.currentFingerprint);
    expect(source.fingerprint).not.toBe(await contentFingerprint(project));
    expect(companyMoney(source.project)).toBe(NEW_BUDGET);
  });

  it('reads an amendment as in force from its co-signature, a later record on another text not delaying it', async () => {
    let project = await amendedReviewedProject();
    const chain = await checkChain(project);
    const amendment = project.record.amendments[0]!;
    // A stale copy's signature, dated after the review, on a text that is not the amendment's.
    const stale = { ...amendment.signatures[0]!, date: '2027-09-01', fingerprint: 'f'.repeat(64) };
    const third = { ...newReview(chain.current, { id: 'rev3', date: '2027-06-01' }), number: 3 };
    project = {
      ...project,
      record: {
        ...project.record,
        amendments: [{ ...amendment, signatures: [...amendment.signatures, stale] }],
        reviews: [...project.record.reviews, third],
      },
    };
    const source = await recordDocumentSource(project, { kind: 'review', number: 3 });
    expect(companyMoney(source.project)).toBe(NEW_BUDGET);
    expect(source.fingerprint).toBe(chain.currentFingerprint);
  });

  it('draws the closing from the text in force now', async () => {
    const project = await amendedReviewedProject();
    const source = await recordDocumentSource(project, { kind: 'closing' });
    expect(source.fingerprint).toBe((await checkChain(project)).currentFingerprint);
    expect(companyMoney(source.project)).toBe(NEW_BUDGET);
  });
});
