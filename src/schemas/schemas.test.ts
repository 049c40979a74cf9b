import { describe, expect, it } from 'vitest';
import { completeProject } from '../../tests/fixtures/project';
import { cleanText, isValidIsoDate } from './fields';
import { createEmptyProject } from '../domain/new-project';
import { completeProjectSchema, draftProjectSchema, stepSchemas } from './project.schema';
import { signatureSchema } from './signature.schema';

const messages = (r: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) =>
  r.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('project schemas', () => {
  it('accepts an empty new project as a draft but not as complete', () => {
    const empty = createEmptyProject();
    expect(draftProjectSchema.safeParse(empty).success).toBe(true);
    expect(completeProjectSchema.safeParse(empty).success).toBe(false);
  });

  it('accepts a complete project', () => {
    const r = completeProjectSchema.safeParse(completeProject());
    expect(messages(r)).toEqual([]);
  });

  it('requires at least one association and one company', () => {
    const p = completeProject();
    const partners = p.partners.partners.map((x) => ({ ...x, kind: 'association' as const }));
    const r = stepSchemas.complete.partners.safeParse({ ...p.partners, partners });
    expect(messages(r)).toContain('partners: errors.needAssociationAndCompany');
  });

  it('explains each missing or malformed field with a message key', () => {
    const p = completeProject();
    const [first, ...rest] = p.partners.partners;
    const r = stepSchemas.complete.partners.safeParse({
      ...p.partners,
      title: '   ',
      partners: [{ ...first!, contactEmail: 'not-an-email' }, ...rest],
      partnershipKinds: [],
    });
    expect(messages(r)).toEqual(
      expect.arrayContaining([
        'title: errors.required',
        'partners.0.contactEmail: errors.email',
        'partnershipKinds: errors.chooseOne',
      ]),
    );
  });

  it('rejects unknown catalogue ids even in a draft', () => {
    const p = createEmptyProject();
    const r = draftProjectSchema.safeParse({ ...p, partners: { ...p.partners, partnershipKinds: ['bribery'] } });
    expect(r.success).toBe(false);
  });

  it('needs an end date or a duration, and an end after the start', () => {
    const f = completeProject().followUp;
    expect(messages(stepSchemas.complete.followUp.safeParse({ ...f, durationMonths: null, endDate: '' }))).toContain(
      'endDate: errors.endOrDuration',
    );
    expect(messages(stepSchemas.complete.followUp.safeParse({ ...f, endDate: '2025-01-01' }))).toContain(
      'endDate: errors.endBeforeStart',
    );
  });

  it('requires every risk to have a known owner and a review date', () => {
    const p = completeProject();
    const risk = { ...p.impacts.risks[0]!, ownerId: 'ghost', reviewDate: '' };
    const r = completeProjectSchema.safeParse({ ...p, impacts: { ...p.impacts, risks: [risk] } });
    expect(messages(r)).toEqual(
      expect.arrayContaining([
        'impacts.risks.0.ownerId: errors.riskOwner',
        'impacts.risks.0.reviewDate: errors.required',
      ]),
    );
  });

  it('keeps likelihood and severity within 1–4', () => {
    const p = completeProject();
    const risk = { ...p.impacts.risks[0]!, likelihood: 5 };
    expect(stepSchemas.complete.impacts.safeParse({ ...p.impacts, risks: [risk] }).success).toBe(false);
  });

  it('requires each partner to have its motivations and role', () => {
    const p = completeProject();
    const r = completeProjectSchema.safeParse({
      ...p,
      motivations: { ...p.motivations, byPartner: p.motivations.byPartner.slice(1) },
    });
    expect(messages(r)).toContain('motivations.byPartner: errors.partnerNotCovered');
  });

  it('normalises text to NFC and strips characters that break PDFs', () => {
    expect(cleanText('Nguye\u0302\u0303n\tA\u00adB\u200b')).toBe('Nguyễn AB');
    const r = stepSchemas.complete.framework.safeParse({ ...completeProject().framework, purpose: 'E\u0301cole' });
    expect(r.success && r.data.purpose).toBe('École');
  });

  it('validates calendar dates', () => {
    expect(isValidIsoDate('2026-02-28')).toBe(true);
    expect(isValidIsoDate('2026-02-30')).toBe(false);
    expect(isValidIsoDate('30/01/2026')).toBe(false);
  });

  it('accepts a typed signature and requires an image for a drawn one', () => {
    const base = {
      partnerId: 'asso',
      signatoryName: 'Élise Guérin',
      signatoryTitle: 'Présidente',
      place: 'Nantes',
      date: '2026-03-01',
      fingerprint: 'a'.repeat(64),
      signedAt: '2026-03-01T10:00:00.000Z',
    };
    expect(signatureSchema.safeParse({ ...base, method: 'typed' }).success).toBe(true);
    expect(signatureSchema.safeParse({ ...base, method: 'drawn' }).success).toBe(false);
    expect(
      signatureSchema.safeParse({ ...base, method: 'drawn', image: 'data:image/png;base64,iVBORw0KGgo=' }).success,
    ).toBe(true);
    expect(signatureSchema.safeParse({ ...base, method: 'drawn', image: 'javascript:alert(1)' }).success).toBe(false);
  });
});
