import { describe, expect, it, vi } from 'vitest';
import { createActor, fromPromise } from 'xstate';
import { completeProject, signedByAll, typedSignature } from '../../tests/fixtures/project';
import { fingerprintOf } from '../domain/content-hash';
import { createEmptyProject } from '../domain/new-project';
import { isCoSigned } from '../domain/signatures';
import type { DraftProject } from '../schemas/project.schema';
import { wizardMachine } from './wizard.machine';
import type { FlowState, PdfRequest, PdfResult, WizardInput } from './wizard.types';

function start(input: WizardInput) {
  const deliverPdf = vi.fn();
  const machine = wizardMachine.provide({ actions: { deliverPdf } });
  const actor = createActor(machine, { input }).start();
  const place = () => (actor.getSnapshot().value as { flow: FlowState }).flow;
  return { actor, place, deliverPdf };
}

const signature = typedSignature;

function signedProject(): DraftProject {
  return signedByAll(completeProject());
}

describe('wizard machine', () => {
  it('starts a new project on the first step', () => {
    const { place } = start({ project: createEmptyProject() });
    expect(place()).toBe('partners');
  });

  it('resumes on the step where the user left', () => {
    const { place } = start({ project: completeProject(), resumeAt: 'followUp' });
    expect(place()).toBe('followUp');
  });

  it('falls back from signing to review when the project is incomplete', () => {
    const { place } = start({
      project: { ...completeProject(), framework: createEmptyProject().framework },
      resumeAt: 'signing',
    });
    expect(place()).toBe('review');
  });

  it('refuses to move forward with an invalid step and keeps the draft', () => {
    const { actor, place } = start({ project: createEmptyProject() });
    const data = { ...actor.getSnapshot().context.project.partners, title: 'Mon partenariat' };
    actor.send({ type: 'partners.submitted', data });
    expect(place()).toBe('partners');
    expect(actor.getSnapshot().context.project.partners.title).toBe('Mon partenariat');
  });

  it('walks the five steps in order with valid data, then review and signing', () => {
    const project = completeProject();
    const { actor, place } = start({ project: { ...project, visited: ['partners'] } });
    const order: FlowState[] = ['motivations', 'framework', 'followUp', 'impacts', 'review'];
    actor.send({ type: 'partners.submitted', data: project.partners });
    actor.send({ type: 'motivations.submitted', data: project.motivations });
    actor.send({ type: 'framework.submitted', data: project.framework });
    actor.send({ type: 'followUp.submitted', data: project.followUp });
    expect(place()).toBe(order[3]);
    actor.send({ type: 'impacts.submitted', data: project.impacts });
    expect(place()).toBe(order[4]);
    expect(actor.getSnapshot().context.project.visited).toEqual([
      'partners',
      'motivations',
      'framework',
      'followUp',
      'impacts',
    ]);
    actor.send({ type: 'step.goto', target: 'signing' });
    expect(place()).toBe('signing');
  });

  it('moves on only on the submission of the step on screen', () => {
    const project = completeProject();
    const { actor, place } = start({ project, resumeAt: 'partners' });
    actor.send({ type: 'framework.submitted', data: { ...project.framework, exit: 'Autre sortie.' } });
    expect(place()).toBe('partners');
    expect(actor.getSnapshot().can({ type: 'partners.submitted', data: project.partners })).toBe(true);
    actor.send({ type: 'partners.submitted', data: project.partners });
    expect(place()).toBe('motivations');
  });

  it('keeps a draft of any step while typing, stamped by the injected clock', () => {
    const project = completeProject();
    const at = new Date('2026-04-01T09:30:00Z');
    const { actor } = start({ project, resumeAt: 'framework', clock: () => at });
    actor.send({ type: 'framework.changed', data: { ...project.framework, purpose: '' } });
    const next = actor.getSnapshot().context.project;
    expect(next.framework.purpose).toBe('');
    expect(next.updatedAt).toBe(at.toISOString());
    // The same text again is not an edit: nothing new, not even the date.
    actor.send({ type: 'framework.changed', data: { ...next.framework } });
    expect(actor.getSnapshot().context.project).toBe(next);
  });

  it('refuses a signature on another text or for a partner it does not name', () => {
    const project = completeProject();
    const { actor } = start({ project, resumeAt: 'signing' });
    const onText = { ...signature('asso'), fingerprint: fingerprintOf(project) };
    expect(actor.getSnapshot().can({ type: 'signature.added', signature: signature('asso') })).toBe(false);
    actor.send({ type: 'signature.added', signature: signature('asso') });
    actor.send({ type: 'signature.added', signature: { ...onText, partnerId: 'nobody' } });
    expect(actor.getSnapshot().context.project.signatures).toEqual([]);
    actor.send({ type: 'signature.added', signature: onText });
    expect(actor.getSnapshot().context.project.signatures).toEqual([onText]);
  });

  it('is co-signed once every partner signed the text on screen', () => {
    const project = completeProject();
    const { actor } = start({ project, resumeAt: 'signing' });
    for (const p of project.partners.partners) {
      expect(isCoSigned(actor.getSnapshot().context.project)).toBe(false);
      actor.send({ type: 'signature.added', signature: { ...signature(p.id), fingerprint: fingerprintOf(project) } });
    }
    expect(isCoSigned(actor.getSnapshot().context.project)).toBe(true);
  });

  it('goes back one step at a time and never before the first step', () => {
    const { actor, place } = start({ project: completeProject(), resumeAt: 'framework' });
    actor.send({ type: 'step.back' });
    expect(place()).toBe('motivations');
    actor.send({ type: 'step.back' });
    actor.send({ type: 'step.back' });
    expect(place()).toBe('partners');
  });

  it('jumps only to visited steps', () => {
    const { actor, place } = start({ project: createEmptyProject() });
    actor.send({ type: 'step.goto', target: 'impacts' });
    expect(place()).toBe('partners');
    actor.send({ type: 'step.goto', target: 'review' });
    expect(place()).toBe('partners');
    const second = start({ project: completeProject(), resumeAt: 'impacts' });
    second.actor.send({ type: 'step.goto', target: 'partners' });
    expect(second.place()).toBe('partners');
    second.actor.send({ type: 'step.goto', target: 'review' });
    expect(second.place()).toBe('review');
  });

  it('refuses signing while the project is incomplete', () => {
    const project = { ...completeProject(), framework: createEmptyProject().framework };
    const { actor, place } = start({ project, resumeAt: 'review' });
    actor.send({ type: 'step.goto', target: 'signing' });
    expect(place()).toBe('review');
  });

  it('records a signature per partner, replacing an earlier one', () => {
    const project = completeProject();
    const onText = { ...signature('asso'), fingerprint: fingerprintOf(project) };
    const { actor } = start({ project, resumeAt: 'signing' });
    actor.send({ type: 'signature.added', signature: onText });
    actor.send({ type: 'signature.added', signature: { ...onText, place: 'Angers' } });
    const sigs = actor.getSnapshot().context.project.signatures;
    expect(sigs).toHaveLength(1);
    expect(sigs[0]?.place).toBe('Angers');
    actor.send({ type: 'signature.removed', partnerId: 'asso' });
    expect(actor.getSnapshot().context.project.signatures).toHaveLength(0);
  });

  it('voids every signature when a step is edited before every partner signed, and says so', () => {
    // Two partners out of three signed: the first full signature has not happened yet.
    const all = signedProject();
    const project = { ...all, signatures: all.signatures.slice(0, 2) };
    const { actor } = start({ project, resumeAt: 'review' });
    actor.send({ type: 'framework.changed', data: { ...project.framework, purpose: 'Un autre objet.' } });
    const { context } = actor.getSnapshot();
    expect(context.project.signatures).toEqual([]);
    expect(context.signaturesVoided).toBe(true);
    actor.send({ type: 'notice.dismissed' });
    expect(actor.getSnapshot().context.signaturesVoided).toBe(false);
  });

  it('once co-signed, leaves the signed text and its signatures as they are when a step is edited', () => {
    const project = signedProject();
    const { actor, place } = start({ project, resumeAt: 'framework' });
    const other = { ...project.framework, purpose: 'Un autre objet.' };
    actor.send({ type: 'framework.changed', data: other });
    actor.send({ type: 'framework.submitted', data: other });
    const { context } = actor.getSnapshot();
    expect(context.project.framework).toEqual(project.framework);
    expect(context.project.signatures).toEqual(project.signatures);
    expect(context.signaturesVoided).toBe(false);
    // Submitting still moves on: the steps can be read after signing.
    expect(place()).toBe('followUp');
  });

  it('stores the partnership record without touching the signed text or its signatures', () => {
    const project = signedProject();
    const at = new Date('2027-04-06T09:00:00Z');
    const { actor } = start({ project, resumeAt: 'signing', clock: () => at });
    const record = { ...project.record, reviews: [] };
    actor.send({ type: 'record.changed', record });
    const stored = actor.getSnapshot().context.project;
    expect(stored.record).toBe(record);
    expect(stored.signatures).toEqual(project.signatures);
    expect(stored.framework).toBe(project.framework);
    expect(stored.updatedAt).toBe(at.toISOString());
    expect(isCoSigned(stored)).toBe(true);
  });

  it('keeps signatures when a step is saved unchanged', () => {
    const project = signedProject();
    const { actor } = start({ project, resumeAt: 'review' });
    actor.send({ type: 'framework.changed', data: project.framework });
    expect(actor.getSnapshot().context.project.signatures).toHaveLength(3);
    expect(actor.getSnapshot().context.signaturesVoided).toBe(false);
  });

  it('adds the bilingual version of a signed charter without voiding signatures, in the language it was signed in', () => {
    const { actor } = start({ project: signedProject(), resumeAt: 'review' });
    actor.send({ type: 'documentSettings.changed', language: 'en' });
    actor.send({ type: 'documentSettings.changed', bilingual: true });
    const { project } = actor.getSnapshot().context;
    expect(project).toMatchObject({ documentLanguage: 'fr', bilingualDocuments: true });
    expect(project.signatures).toHaveLength(3);
  });

  it('changes the documents language of an unsigned charter', () => {
    const { actor } = start({ project: completeProject(), resumeAt: 'review' });
    actor.send({ type: 'documentSettings.changed', language: 'en' });
    expect(actor.getSnapshot().context.project.documentLanguage).toBe('en');
  });

  it('keeps per-partner sections in line when a partner is removed', () => {
    const project = completeProject();
    const { actor } = start({ project, resumeAt: 'partners' });
    const partners = project.partners.partners.filter((p) => p.id !== 'company');
    actor.send({ type: 'partners.changed', data: { ...project.partners, partners } });
    const { project: next } = actor.getSnapshot().context;
    expect(next.motivations.byPartner.map((m) => m.partnerId)).toEqual(['asso', 'south']);
    expect(next.framework.roles.map((r) => r.partnerId)).toEqual(['asso', 'south']);
    expect(next.impacts.risks[0]?.ownerId).toBe('');
  });

  it('generates the requested PDF in the document language and delivers it', async () => {
    const deliverPdf = vi.fn();
    const machine = wizardMachine.provide({
      actions: { deliverPdf },
      actors: {
        generatePdf: fromPromise(async ({ input }: { input: PdfRequest }) => ({
          blob: new Blob(['%PDF-1.7']),
          fileName: `${input.kind}-${input.locale}.pdf`,
        })),
      },
    });
    const project = { ...completeProject(), documentLanguage: 'en' as const };
    const actor = createActor(machine, { input: { project, resumeAt: 'review' } }).start();
    actor.send({ type: 'pdf.requested', kind: 'charter' });
    expect(actor.getSnapshot().hasTag('busy')).toBe(true);
    await vi.waitFor(() => expect(actor.getSnapshot().hasTag('busy')).toBe(false));
    expect(actor.getSnapshot().context.pdfError).toBeNull();
    expect(deliverPdf).toHaveBeenCalledTimes(1);
    expect(deliverPdf.mock.calls[0]?.[1]).toMatchObject({ fileName: 'charter-en.pdf' });
  });

  it('reports a PDF failure without leaving the flow', async () => {
    const failing = wizardMachine.provide({
      actors: {
        generatePdf: fromPromise<PdfResult, PdfRequest>(async () => {
          throw new Error('font missing');
        }),
      },
    });
    const actor = createActor(failing, { input: { project: completeProject(), resumeAt: 'review' } }).start();
    actor.send({ type: 'pdf.requested', kind: 'risks' });
    await vi.waitFor(() => expect(actor.getSnapshot().context.pdfError).toBe('font missing'));
    expect(actor.getSnapshot().matches({ flow: 'review' })).toBe(true);
  });
});
