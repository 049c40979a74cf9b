// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { completeProject, signedByAll, typedSignature } from '../../tests/fixtures/project';
import { parseProjectFile, serializeProject } from '../persistence/project-file';
import { draftProjectSchema } from '../schemas/project.schema';
import { fingerprintOf } from './content-hash';
import { reconcilePartners } from './reconcile';
import {
  countingSignatures,
  isCoSigned,
  isDatedAfter,
  partnerSignatures,
  proposedSignatory,
  signedCount,
} from './signatures';

describe('the signature rule', () => {
  it('counts a signature for the partner it names, on the text it signed', () => {
    const signed = signedByAll(completeProject());
    expect(isCoSigned(signed)).toBe(true);
    expect(signedCount(signed)).toBe(3);
    expect(partnerSignatures(signed).map((s) => s.state)).toEqual(['signed', 'signed', 'signed']);
  });

  it('does not count signatures of a file edited by hand', () => {
    const signed = signedByAll(completeProject());
    const text = serializeProject(signed).replace('Préavis de six mois', 'Préavis de six jours');
    const parsed = parseProjectFile(text);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.project.signatures).toHaveLength(3);
    expect(isCoSigned(parsed.project)).toBe(false);
    expect(partnerSignatures(parsed.project).map((s) => s.state)).toEqual(['otherText', 'otherText', 'otherText']);
    expect(countingSignatures(parsed.project)).toEqual([]);
  });

  it('is not co-signed by three records of one partner, nor by records on another fingerprint', () => {
    const project = completeProject();
    const one = signedByAll(project).signatures[0]!;
    const threeForOne = { ...project, signatures: [one, { ...one }, { ...one }] };
    expect(isCoSigned(threeForOne)).toBe(false);
    expect(signedCount(threeForOne)).toBe(0);
    expect(partnerSignatures(threeForOne)[0]?.state).toBe('ambiguous');

    const stale = { ...project, signatures: project.partners.partners.map((p) => typedSignature(p.id)) };
    expect(isCoSigned(stale)).toBe(false);
    expect(signedCount(stale)).toBe(0);
  });

  it('never lets two partners with one id share a signature', () => {
    const project = completeProject();
    const [asso, company, south] = project.partners.partners;
    const twins = {
      ...project,
      partners: { ...project.partners, partners: [asso!, company!, { ...south!, id: 'asso' }] },
    };
    const withOne = { ...twins, signatures: [{ ...typedSignature('asso'), fingerprint: fingerprintOf(twins) }] };
    // The rule: an id two partners share signs for nobody.
    expect(partnerSignatures(withOne).map((s) => s.state)).toEqual(['ambiguous', 'unsigned', 'ambiguous']);
    expect(signedCount(withOne)).toBe(0);
    // The schemas refuse such a file; reconciling gives the second partner its own id.
    expect(draftProjectSchema.safeParse(withOne).success).toBe(false);
    const fixed = reconcilePartners(withOne);
    expect(fixed.partners.partners.map((p) => p.id)).toEqual(['asso', 'company', 'asso-2']);
  });
});

describe('the signatory proposed for a partner', () => {
  const [partner] = completeProject().partners.partners;
  it('is the legal representative when one is named, with their capacity', () => {
    const legal = { ...partner!.legal, representativeName: 'Jean Martin', representativeCapacity: 'Président' };
    expect(proposedSignatory({ ...partner!, legal })).toEqual({
      name: 'Jean Martin',
      title: 'Président',
      place: partner!.city,
    });
  });
  it('is the contact person otherwise', () => {
    expect(proposedSignatory(partner!)).toEqual({
      name: partner!.contactName,
      title: partner!.contactRole,
      place: partner!.city,
    });
  });
});

describe('the day a signature is dated', () => {
  it('may be today or before, never after (a mistyped year)', () => {
    expect(isDatedAfter('2026-11-30', '2026-11-30')).toBe(false);
    expect(isDatedAfter('2026-03-01', '2026-11-30')).toBe(false);
    expect(isDatedAfter('2062-11-30', '2026-11-30')).toBe(true);
    // Not written yet: the form says it is missing, not that it is late.
    expect(isDatedAfter('', '2026-11-30')).toBe(false);
  });
});
