// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isCoSigned } from '../domain/signatures';
import type { Amendment } from '../schemas/record.schema';
import { sealedProject } from '../testing/sealed-project';
import { withoutBrokenSeals } from './broken-seals';

describe('signatures whose seal no longer holds', () => {
  it('are set aside, named, and no longer count', async () => {
    const { project } = await sealedProject();
    const edited = structuredClone(project);
    // A hand-edited file: the company's signatory renamed after signing.
    edited.signatures[1] = { ...edited.signatures[1]!, signatoryName: 'Quelqu’un d’autre' };
    expect(isCoSigned(edited)).toBe(true);
    const { project: kept, setAside } = await withoutBrokenSeals(edited);
    expect(setAside).toEqual([{ partnerId: 'company', signatoryName: 'Quelqu’un d’autre', amendment: null }]);
    expect(kept.signatures.map((s) => s.partnerId)).toEqual(['asso', 'south']);
    expect(isCoSigned(kept)).toBe(false);
  });

  it('are set aside from amendments too', async () => {
    const { project } = await sealedProject();
    const withAmendment = structuredClone(project);
    const sig = { ...project.signatures[0]!, signatoryTitle: 'Trésorière' };
    const amendment: Amendment = {
      id: 'am1',
      number: 1,
      date: '2026-04-01',
      title: 'Budget',
      reason: '',
      amends: 'a'.repeat(64),
      resulting: 'b'.repeat(64),
      changes: [],
      signatures: [sig],
    };
    withAmendment.record.amendments = [amendment];
    const { project: kept, setAside } = await withoutBrokenSeals(withAmendment);
    expect(setAside).toEqual([{ partnerId: 'asso', signatoryName: 'Élise Guérin', amendment: 1 }]);
    expect(kept.record.amendments[0]?.signatures).toEqual([]);
  });

  it('leave an intact project as it is (the same object)', async () => {
    const { project } = await sealedProject();
    const result = await withoutBrokenSeals(project);
    expect(result.setAside).toEqual([]);
    expect(result.project).toBe(project);
  });
});
