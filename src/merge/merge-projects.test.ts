import { describe, expect, it } from 'vitest';
import { MAX_PARTNERS } from '../schemas/partners.schema';
import { draftProjectSchema } from '../schemas/project.schema';
import { reconcilePartners } from '../domain/reconcile';
import { diffProjects } from './diff-projects';
import { mergeProjects, mergeProjectsDetailed } from './merge-projects';
import { fingerprintOf } from '../domain/content-hash';
import type { DraftProject } from '../schemas/project.schema';
import { baseProject, copy, signature as unsigned } from '../testing/test-projects';

/** A partner's signature on the project's own text: one that counts. */
const signedOn = (project: DraftProject) => (partnerId: string) => ({
  ...unsigned(partnerId),
  fingerprint: fingerprintOf(project),
});

const NOW = new Date('2026-05-01T08:00:00Z');

describe('mergeProjects', () => {
  it('applies the taken changes and leaves the others', () => {
    const local = baseProject();
    const incoming = copy(local);
    incoming.id = 'someone-else';
    incoming.framework.purpose = 'Nouvel objet.';
    incoming.partners.partners[0]!.contactEmail = 'contact@afdi.org';
    incoming.impacts.risks[1]!.mitigation = 'Clause et formation.';
    const merged = mergeProjects(local, incoming, new Set(['framework.purpose', 'impacts.risks[r2].mitigation']), NOW);
    expect(merged.framework.purpose).toBe('Nouvel objet.');
    expect(merged.impacts.risks[1]!.mitigation).toBe('Clause et formation.');
    expect(merged.partners.partners[0]!.contactEmail).toBe('elise@example.org');
    expect(draftProjectSchema.safeParse(merged).success).toBe(true);
    expect(merged.id).toBe(local.id);
    expect(merged.createdAt).toBe(local.createdAt);
    expect(merged.updatedAt).toBe(NOW.toISOString());
    expect(diffProjects(merged, incoming).map((c) => c.id)).toEqual(['partners.partners[asso].contactEmail']);
  });

  it('adds and removes whole rows, keeping the local order', () => {
    const local = baseProject();
    const incoming = copy(local);
    incoming.impacts.risks = [{ ...incoming.impacts.risks[1]!, id: 'r9', title: 'Retard' }, incoming.impacts.risks[1]!];
    const added = mergeProjects(local, incoming, new Set(['impacts.risks[r9]']), NOW);
    expect(added.impacts.risks.map((r) => r.id)).toEqual(['r1', 'r2', 'r9']);
    const removed = mergeProjects(local, incoming, new Set(['impacts.risks[r1]']), NOW);
    expect(removed.impacts.risks.map((r) => r.id)).toEqual(['r2']);
    // When the result is the received text itself, its order is kept too, so that the
    // signatures made on it stay valid.
    const both = mergeProjects(local, incoming, new Set(['impacts.risks[r1]', 'impacts.risks[r9]']), NOW);
    expect(both.impacts.risks.map((r) => r.id)).toEqual(['r9', 'r2']);
  });

  it('brings a taken partner with its entries, and clears references to a removed one', () => {
    const local = baseProject();
    const incoming = copy(local);
    incoming.partners.partners = incoming.partners.partners.filter((p) => p.id !== 'company');
    incoming.partners.partners.push({ ...local.partners.partners[1]!, id: 'bank', name: 'Banque', kind: 'other' });
    const reconciled = reconcilePartners(incoming);
    reconciled.motivations.byPartner.find((e) => e.partnerId === 'bank')!.motivations = 'Financer.';
    const changes = diffProjects(local, reconciled).map((c) => c.id);
    expect(changes).toContain('motivations.byPartner[bank]');
    const merged = mergeProjects(local, reconciled, new Set(changes), NOW);
    expect(merged.partners.partners.map((p) => p.id)).toEqual(['asso', 'south', 'bank']);
    expect(merged.motivations.byPartner.map((e) => e.partnerId)).toEqual(['asso', 'south', 'bank']);
    expect(merged.motivations.byPartner[2]!.motivations).toBe('Financer.');
    expect(merged.impacts.risks.every((r) => r.ownerId !== 'company')).toBe(true);

    // Taking the partner alone still gives it (empty) entries in the later steps.
    const alone = mergeProjects(local, reconciled, new Set(['partners.partners[bank]']), NOW);
    expect(alone.framework.roles.map((r) => r.partnerId)).toEqual(['asso', 'company', 'south', 'bank']);
    expect(alone.motivations.byPartner[3]!.motivations).toBe('');
  });

  it('skips added rows beyond the schema’s limit and says so', () => {
    const local = baseProject();
    const incoming = copy(local);
    for (let i = local.partners.partners.length; i < MAX_PARTNERS; i++) {
      local.partners.partners.push({ ...local.partners.partners[0]!, id: `l${i}` });
      incoming.partners.partners.push({ ...local.partners.partners[0]!, id: `x${i}` });
    }
    const ids = new Set(
      diffProjects(local, incoming)
        .filter((c) => c.kind === 'added')
        .map((c) => c.id),
    );
    const result = mergeProjectsDetailed(reconcilePartners(local), reconcilePartners(incoming), ids, NOW);
    expect(result.project.partners.partners).toHaveLength(MAX_PARTNERS);
    expect(result.skipped.length).toBeGreaterThan(0);
  });

  it('voids local signatures when the signed content changes', () => {
    const base = baseProject();
    const signature = signedOn(base);
    const local = { ...base, signatures: [signature('asso'), signature('company')] };
    const incoming = copy(local);
    incoming.followUp.difficultyProcess = 'Autrement.';
    const result = mergeProjectsDetailed(local, incoming, new Set(['followUp.difficultyProcess']), NOW);
    expect(result.project.signatures).toEqual([]);
    expect(result.signaturesVoided).toBe(true);
  });

  it('keeps signatures when only document settings are taken', () => {
    const base = baseProject();
    const local = { ...base, signatures: [signedOn(base)('asso')] };
    const incoming = copy(local);
    incoming.documentLanguage = 'en';
    const result = mergeProjectsDetailed(local, incoming, new Set(['documentLanguage']), NOW);
    expect(result.project.documentLanguage).toBe('en');
    expect(result.project.signatures).toHaveLength(1);
    expect(result.signaturesVoided).toBe(false);
  });

  it('takes a partner’s signature made on the same text, and refuses one made on another text', () => {
    const base = baseProject();
    const local = { ...base, signatures: [signedOn(base)('asso')] };
    const incoming = copy(local);
    incoming.signatures.push(signedOn(base)('company'));
    const same = mergeProjects(local, incoming, new Set(['signatures[company]']), NOW);
    expect(same.signatures.map((s) => s.partnerId)).toEqual(['asso', 'company']);

    // Projects are never mutated once used (the domain remembers answers per object): the
    // other text is a new copy.
    const changed = copy(incoming);
    changed.framework.exit = 'Autre clause.';
    changed.signatures = changed.signatures.map((s) => ({ ...s, fingerprint: fingerprintOf(changed) }));
    const other = mergeProjects(local, changed, new Set(['signatures[company]']), NOW);
    expect(other.signatures.map((s) => s.partnerId)).toEqual(['asso']);
    // Taking the text too makes the received signature valid and the local one void.
    const both = mergeProjects(local, changed, new Set(['signatures[company]', 'framework.exit']), NOW);
    expect(both.signatures.map((s) => s.partnerId)).toEqual(['company']);
  });

  it('keeps only signatures that pass the signature rule on the merged text', () => {
    // The other copy changed the text but kept the signatures given on the old one.
    const base = baseProject();
    const local = { ...base, signatures: [signedOn(base)('asso')] };
    const incoming = copy(local);
    incoming.framework.exit = 'Autre clause.';
    incoming.signatures.push(signedOn(base)('company'));
    const result = mergeProjectsDetailed(local, incoming, new Set(['framework.exit', 'signatures[company]']), NOW);
    expect(result.project.framework.exit).toBe('Autre clause.');
    expect(result.project.signatures).toEqual([]);
    expect(result.signaturesVoided).toBe(true);

    // A local record on another text does not survive a merge either.
    const stale = { ...base, signatures: [unsigned('asso')] };
    const other = copy(stale);
    other.documentLanguage = 'en';
    expect(mergeProjects(stale, other, new Set(['documentLanguage']), NOW).signatures).toEqual([]);
  });

  it('opens the steps whose changes were taken', () => {
    const local = { ...baseProject(), visited: ['partners' as const] };
    const incoming = copy(local);
    incoming.impacts.otherSouthImpacts = 'Eau potable.';
    expect(mergeProjects(local, incoming, new Set(['impacts.otherSouthImpacts']), NOW).visited).toEqual([
      'partners',
      'impacts',
    ]);
  });
});
