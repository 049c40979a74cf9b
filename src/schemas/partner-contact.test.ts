import { describe, expect, it } from 'vitest';
import { completeProject } from '../../tests/fixtures/project';
import { canonicalContent } from '../domain/fingerprint';
import { partnerSchema, partnersStepSchema } from './partners.schema';

const base = () => completeProject().partners.partners[2]!;
const issues = (value: unknown) => {
  const r = partnerSchema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('a partner is reached by e-mail or by phone', () => {
  it('accepts a phone or messaging number instead of an e-mail', () => {
    expect(issues({ ...base(), contactEmail: '', contactPhone: '+84 90 123 45 67 (WhatsApp)' })).toEqual([]);
  });

  it('accepts an e-mail alone, as before', () => {
    expect(issues({ ...base(), contactEmail: 'ha@example.org', contactPhone: '' })).toEqual([]);
  });

  it('asks for one of the two when both are empty, and checks the phone holds a number', () => {
    expect(issues({ ...base(), contactEmail: '', contactPhone: '' })).toEqual(['contactEmail: errors.emailOrPhone']);
    expect(issues({ ...base(), contactEmail: '', contactPhone: 'le soir' })).toEqual(['contactPhone: errors.phone']);
  });

  it('reads a partner saved before the phone existed, and keeps its fingerprint', () => {
    const project = completeProject();
    const before = canonicalContent(project);
    const old = project.partners.partners.map(({ contactPhone: _, ...p }) => p);
    const parsed = partnersStepSchema.parse({ ...project.partners, partners: old });
    expect(parsed.partners[0]?.contactPhone).toBe('');
    expect(canonicalContent({ ...project, partners: parsed })).toBe(before);
  });
});
