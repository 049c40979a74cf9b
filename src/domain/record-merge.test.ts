// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { budgetAmendment, signedThreePartnerProject } from '../testing/record-fixtures';
import { signaturesGathered } from './record-merge';

describe('an amendment’s signatures from two copies', () => {
  it('gathers the partners the local copy lacks, when both copies hold the same text', async () => {
    const project = await signedThreePartnerProject();
    const full = await budgetAmendment(project, () => '2027-04-20');
    const local = { ...full, signatures: full.signatures.slice(0, 1) };
    expect(signaturesGathered(local, full).map((s) => s.partnerId)).toEqual(['company', 'south']);
    expect(signaturesGathered(local, { ...full, title: 'Un autre texte' })).toEqual([]);
  });
});
