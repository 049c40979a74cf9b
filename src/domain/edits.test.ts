// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { completeProject, signedByAll, typedSignature } from '../../tests/fixtures/project';
import { stepSchemas } from '../schemas/project.schema';
import { checkStep, isProjectComplete, isStepComplete } from './completeness';
import {
  addSignature,
  applyStep,
  asNewProject,
  removeSignature,
  renameProject,
  sameProject,
  setDocumentSettings,
} from './edits';
import { fingerprintOf } from './content-hash';
import { isCoSigned } from './signatures';
import { newReview, withReview } from './record-new';

const NOW = new Date('2026-06-01T12:00:00Z');

describe('project edits', () => {
  it('stamps the update date with the given clock, and only when something changed', () => {
    const p = completeProject();
    const same = applyStep(p, { step: 'framework', data: { ...p.framework } }, NOW);
    expect(same.project).toBe(p);
    const edited = applyStep(p, { step: 'framework', data: { ...p.framework, exit: 'Autre.' } }, NOW);
    expect(edited.project.updatedAt).toBe(NOW.toISOString());
    expect(edited.project.framework.exit).toBe('Autre.');
  });

  it('voids every signature when the signed text changes, renaming included', () => {
    const signed = signedByAll(completeProject());
    const renamed = renameProject(signed, 'Un autre titre', NOW);
    expect(renamed).toMatchObject({ voided: true, project: { signatures: [], updatedAt: NOW.toISOString() } });
    expect(renamed.project.partners.title).toBe('Un autre titre');
    // The same title, or one that prints the same, keeps them.
    expect(renameProject(signed, `${signed.partners.title}\uFE0F`, NOW)).toEqual({ project: signed, voided: false });
  });

  it('keeps signatures when the bilingual setting changes, and the language they were signed in', () => {
    const signed = signedByAll(completeProject());
    // The suggested clauses are worded in the documents' language: signed in French, the
    // charter stays in French (an English translation can be printed beside it).
    const next = setDocumentSettings(signed, { language: 'en', bilingual: true }, NOW);
    expect(next).toMatchObject({ documentLanguage: 'fr', bilingualDocuments: true, updatedAt: NOW.toISOString() });
    expect(isCoSigned(next)).toBe(true);
    expect(setDocumentSettings(next, { language: 'en' }, NOW)).toBe(next);
    // Unsigned, the language is free.
    expect(setDocumentSettings(completeProject(), { language: 'en' }, NOW).documentLanguage).toBe('en');
  });

  it('records a signature only when it passes the rule, one per partner', () => {
    const p = completeProject();
    const onText = { ...typedSignature('asso'), fingerprint: fingerprintOf(p) };
    expect(addSignature(p, typedSignature('asso'), NOW)).toBe(p);
    const once = addSignature(p, onText, NOW);
    const twice = addSignature(once, { ...onText, place: 'Angers' }, NOW);
    expect(twice.signatures).toEqual([{ ...onText, place: 'Angers' }]);
    expect(removeSignature(twice, 'asso', NOW).signatures).toEqual([]);
  });
});

describe('project identity', () => {
  it('sees the same project through re-saving, and a different one when settings or signatures differ', () => {
    const p = signedByAll(completeProject());
    expect(sameProject(p, { ...p, updatedAt: NOW.toISOString(), visited: [] })).toBe(true);
    expect(sameProject(p, { ...p, documentLanguage: 'en' })).toBe(false);
    expect(sameProject(p, { ...p, signatures: p.signatures.slice(1) })).toBe(false);
  });

  it('sees a copy whose record grew (a review, a partner’s health check) as a different project', () => {
    // Otherwise importing a partner's copy after a review replaces the local record with
    // it, and what only the local copy held (another partner's answers) is lost.
    const p = signedByAll(completeProject());
    const reviewed = withReview(p, newReview(p, { id: 'rev1', date: '2026-06-03' }));
    expect(sameProject(p, reviewed)).toBe(false);
    expect(sameProject(reviewed, { ...reviewed, record: { ...reviewed.record } })).toBe(true);
  });

  it('gives a copy its own identity, unsigned', () => {
    const p = signedByAll(completeProject());
    const copy = asNewProject(p, NOW);
    expect(copy.id).not.toBe(p.id);
    expect(copy).toMatchObject({ createdAt: NOW.toISOString(), updatedAt: NOW.toISOString(), signatures: [] });
  });
});

describe('editing the partners step', () => {
  it('leaves the later steps’ objects as they are while the partner list is unchanged', () => {
    const p = completeProject();
    const next = applyStep(p, { step: 'partners', data: { ...p.partners, title: 'Autre titre' } }, NOW).project;
    expect(next.motivations).toBe(p.motivations);
    expect(next.framework).toBe(p.framework);
    expect(next.followUp).toBe(p.followUp);
    expect(next.impacts).toBe(p.impacts);
    const fewer = { ...p.partners, partners: p.partners.partners.slice(0, 2) };
    const removed = applyStep(p, { step: 'partners', data: fewer }, NOW).project;
    expect(removed.motivations.byPartner.map((m) => m.partnerId)).toEqual(['asso', 'company']);
  });
});

describe('completeness', () => {
  it('validates a submitted step once: the machine and the stepper reuse the answer', () => {
    const p = completeProject();
    const spy = vi.spyOn(stepSchemas.complete.framework, 'safeParse');
    const checked = checkStep('framework', { ...p.framework, exit: 'Préavis d’un an.' });
    expect(checked.success).toBe(true);
    if (!checked.success) return;
    const next = applyStep(p, { step: 'framework', data: checked.data }, NOW).project;
    expect(isStepComplete('framework', next.framework)).toBe(true);
    expect(isProjectComplete(next)).toBe(true);
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
  });
});
