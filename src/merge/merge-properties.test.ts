import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PARTNERS } from '../schemas/partners.schema';
import { emptyPartner, emptyRisk } from '../domain/new-project';
import { draftProjectSchema, type DraftProject } from '../schemas/project.schema';
import { reconcilePartners } from '../domain/reconcile';
import { canonicalJson } from '../lib/canonical-json';
import { signedContent } from '../domain/fingerprint';
import { countingSignatures } from '../domain/signatures';
import { sha256Hex } from '../lib/sha256';
import type { Signature } from '../schemas/signature.schema';
import { diffProjects } from './diff-projects';
import { mergeProjects } from './merge-projects';
import { PROJECT_SHAPE, type ShapeNode } from '../document/project-shape';
import { baseProject, copy, signature } from '../testing/test-projects';
import { PROPERTY_TIMEOUT, propertyRuns } from '../../tests/setup/property-runs';

const NOW = new Date('2026-05-01T08:00:00Z');
const KEY: ShapeNode = { kind: 'value', label: 'app.name', display: { as: 'text' } };
const word = fc.constantFrom('', 'Oui', 'Autre texte', 'Œuvre « commune »', 'Đà Nẵng');

/** One edit a partner could make in its copy; each keeps the project a valid draft. */
const edit = fc.oneof(
  word.map((w) => (p: DraftProject) => void (p.framework.purpose = w)),
  word.map((w) => (p: DraftProject) => void (p.partners.zone.region = w)),
  fc.tuple(fc.nat(7), word).map(([i, w]) => (p: DraftProject) => {
    const row = p.partners.partners[i % Math.max(1, p.partners.partners.length)];
    if (row) row.contactEmail = w;
  }),
  fc.tuple(fc.nat(7), word).map(([i, w]) => (p: DraftProject) => {
    const row = p.motivations.byPartner[i % Math.max(1, p.motivations.byPartner.length)];
    if (row) row.expectations = w;
  }),
  fc
    .subarray(['solidarity', 'transparency', 'innovation'] as const)
    .map((v) => (p: DraftProject) => void (p.motivations.sharedValues = [...v])),
  fc
    .nat(99)
    .map(
      (n) => (p: DraftProject) =>
        void p.impacts.risks.push(emptyRisk({ id: `k${n}`, title: `R${n}`, ownerId: 'south' })),
    ),
  fc.nat(3).map((i) => (p: DraftProject) => void p.impacts.risks.splice(i, 1)),
  fc.nat(3).map((i) => (p: DraftProject) => {
    const r = p.impacts.risks[i];
    if (r) r.likelihood = ((Number(r.likelihood) % 4) + 1) as 1 | 2 | 3 | 4;
  }),
  fc.constant((p: DraftProject) => void p.impacts.risks.reverse()),
  fc.constant((p: DraftProject) => void p.partners.partners.reverse()),
  fc.nat(99).map((n) => (p: DraftProject) => {
    if (p.partners.partners.length < MAX_PARTNERS)
      p.partners.partners.push({ ...emptyPartner('public'), id: `p${n}`, name: `P${n}` });
  }),
  fc.nat(7).map((i) => (p: DraftProject) => void p.partners.partners.splice(i, 1)),
  fc
    .nat(99)
    .map(
      (n) => (p: DraftProject) =>
        void p.followUp.milestones.push({ id: `m${n}`, date: '', title: `J${n}`, partnerId: 'company' }),
    ),
  // A partner signs the text as it is at that moment (later edits leave it on another text).
  fc.constantFrom('asso', 'company', 'south').map((id) => (p: DraftProject) => {
    const fingerprint = sha256Hex(text(p));
    p.signatures = [...p.signatures.filter((s) => s.partnerId !== id), { ...signature(id), fingerprint }];
  }),
  fc.constant((p: DraftProject) => void (p.documentLanguage = p.documentLanguage === 'fr' ? 'en' : 'fr')),
);

/** A copy of the base project after some edits, reconciled as the wizard would do. */
const version = fc.array(edit, { maxLength: 8 }).map((edits) => {
  const p = copy(baseProject());
  for (const e of edits) e(p);
  return reconcilePartners(p);
});

const text = (p: DraftProject) => canonicalJson(signedContent(p));

/**
 * Every signature kept came from one side and passes the signature rule on the merged
 * text: it names a partner and carries the merged text's fingerprint.
 */
function signaturesMatchTheirText(merged: DraftProject, local: DraftProject, incoming: DraftProject): boolean {
  const has = (p: DraftProject, s: Signature) => p.signatures.some((x) => canonicalJson(x) === canonicalJson(s));
  const fingerprint = sha256Hex(text(merged));
  return merged.signatures.every(
    (s) =>
      (has(local, s) || has(incoming, s)) &&
      s.fingerprint === fingerprint &&
      merged.partners.partners.some((p) => p.id === s.partnerId),
  );
}

describe('mergeProjects — properties', { timeout: PROPERTY_TIMEOUT }, () => {
  it('always gives a valid draft, whatever is taken', () => {
    fc.assert(
      fc.property(version, version, fc.infiniteStream(fc.boolean()), (local, incoming, coin) => {
        const changes = diffProjects(local, incoming);
        const taken = new Set(changes.filter(() => coin.next().value).map((c) => c.id));
        const merged = mergeProjects(local, incoming, taken, NOW);
        expect(draftProjectSchema.safeParse(merged).success).toBe(true);
        expect(merged.id).toBe(local.id);
        expect(signaturesMatchTheirText(merged, local, incoming)).toBe(true);
      }),
      { numRuns: propertyRuns(300) },
    );
  });

  it('taking everything gives the received content; taking nothing keeps the local one', () => {
    fc.assert(
      fc.property(version, version, (local, incoming) => {
        const all = new Set(diffProjects(local, incoming).map((c) => c.id));
        const merged = mergeProjects(local, incoming, all, NOW);
        // Signatures in the generated versions may not match their text (a real copy
        // voids them on edit), so they are checked by the invariant below instead.
        expect(diffProjects(merged, incoming).filter((c) => c.step !== 'signatures')).toEqual([]);
        expect(signaturesMatchTheirText(merged, local, incoming)).toBe(true);
        // Taking nothing keeps the local text and those of its signatures that count on it.
        const none = mergeProjects(local, incoming, new Set(), NOW);
        expect(diffProjects(none, local).filter((c) => c.step !== 'signatures')).toEqual([]);
        expect(none.signatures).toEqual(countingSignatures(local));
      }),
      { numRuns: propertyRuns(200) },
    );
  });
});

describe('PROJECT_SHAPE', () => {
  it('covers every field of a project, so none is silently left out of a merge', () => {
    const missing: string[] = [];
    const check = (node: ShapeNode, value: unknown, at: string) => {
      if (node.kind === 'value' || value === null || typeof value !== 'object') return;
      if (node.kind === 'rows') {
        if (!node.fields) return;
        for (const row of value as Record<string, unknown>[])
          check({ kind: 'object', fields: { ...node.fields, [node.key]: KEY } }, row, `${at}[]`);
        return;
      }
      for (const [k, v] of Object.entries(value)) {
        const child = node.fields[k];
        if (!child) missing.push(`${at}.${k}`);
        else check(child, v, `${at}.${k}`);
      }
    };
    const p = baseProject();
    for (const [k, v] of Object.entries(p)) {
      const entry = PROJECT_SHAPE[k];
      if (entry) check(entry.node, v, k);
      // `record` is merged by its own rule (src/domain/record-merge.ts): it only grows.
      else if (!['id', 'createdAt', 'updatedAt', 'visited', 'record'].includes(k)) missing.push(k);
    }
    expect(missing).toEqual([]);
  });
});
