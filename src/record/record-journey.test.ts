// @vitest-environment node
// The life of a signed charter without a browser: what the e2e journey of issue 13 will do
// once the app routes to the record. Each partner's device is its own record actor and
// its own project file; copies are put together by the real merge.
import '../i18n/register-en';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createTranslator } from '../i18n/i18n';
import { HEALTH_QUESTION_IDS } from '../schemas/record.schema';
import type { DraftProject } from '../schemas/project.schema';
import { contentFingerprint } from '../domain/fingerprint';
import { checkChain, draftAmendment, signAmendment } from '../domain/record-amendments';
import { recordDocumentSource, type RecordDocumentRequest } from '../domain/record-documents';
import { emptyHealthAnswer } from '../domain/record-health';
import { newClosing, newReview } from '../domain/record-new';
import { dueItems, isoDay } from '../domain/record-schedule';
import { recordMachine } from '../machine/record.machine';
import { diffProjects } from '../merge/diff-projects';
import { formatContextFor, formatSide } from '../merge/format-change';
import { isContentGroup } from '../merge/change';
import { mergeProjects } from '../merge/merge-projects';
import { parseProjectFile, serializeProject } from '../persistence/project-file';
import { renderRecordPdf } from '../pdf/render-record';
import { findInOrder, loadFonts, qpdfCheck, readPdf } from '../testing/pdf-test-support';
import { closedProject, signature, signedThreePartnerProject } from '../testing/record-fixtures';
import { withReviewDraft } from '../domain/record-drafts';
import { toFieldChanges } from './amendment-changes';

const fonts = loadFonts();

/** A partner's device: the project read from a file, its own record actor. */
function device(file: string) {
  const parsed = parseProjectFile(file);
  if (!parsed.ok) throw new Error(parsed.error);
  return createActor(recordMachine, { input: { project: parsed.project } }).start();
}
const save = (actor: ReturnType<typeof device>) => serializeProject(actor.getSnapshot().context.project);

async function pdf(project: DraftProject, request: RecordDocumentRequest, needles: string[]) {
  const source = await recordDocumentSource(project, request);
  const bytes = renderRecordPdf(source.project, request, {
    locale: 'fr',
    fonts,
    fingerprint: source.fingerprint,
    now: new Date('2029-04-01T00:00:00Z'),
  });
  expect(qpdfCheck(bytes)).toMatch(/No syntax or stream encoding errors/);
  const pages = await readPdf(bytes);
  expect(pages.length).toBeGreaterThan(0);
  expect(findInOrder(pages.map((p) => p.text).join('\n'), needles).filter((x) => x.at < 0)).toEqual([]);
}

describe('a partnership from signature to closing', () => {
  it('goes through two reviews, a merged health check, a co-signed amendment and a closing decision', async () => {
    // A three-partner charter signed by all; the clock is injected as dates.
    const signed = await signedThreePartnerProject();
    const original = await contentFingerprint(signed);
    let clock = new Date('2026-10-20T09:00:00Z');
    expect(dueItems(signed, isoDay(clock))).toContainEqual(expect.objectContaining({ kind: 'review', overdue: true }));

    // Review 1, in October 2026, on the association's device.
    const asso = device(serializeProject(signed));
    asso.send({ type: 'review.open', reviewId: null });
    const r1 = newReview(signed, { id: 'rev1', date: isoDay(clock) });
    r1.participants = 'Élise, François, Lan';
    r1.indicators = r1.indicators.map((x, i) => ({
      ...x,
      baseline: i === 0 ? '120 €' : '0 t',
      actual: i === 0 ? '126 €' : '12 t',
    }));
    asso.send({ type: 'review.saved', review: r1 });

    // Six months later, review 2; its health check is answered by each partner on its own device.
    clock = new Date('2027-04-06T09:00:00Z');
    const r2 = newReview(asso.getSnapshot().context.project, { id: 'rev2', date: isoDay(clock) });
    r2.participants = 'Élise, François, Lan';
    r2.indicators = r2.indicators.map((x, i) => ({ ...x, actual: i === 0 ? '138 €' : '31 t' }));
    asso.send({ type: 'review.open', reviewId: null });
    asso.send({ type: 'review.saved', review: r2 });
    const shared = save(asso);
    const devices = { asso, company: device(shared), south: device(shared) };
    for (const [id, actor] of Object.entries(devices)) {
      actor.send({ type: 'health.open', reviewId: 'rev2', partnerId: id });
      const scores = Object.fromEntries(
        HEALTH_QUESTION_IDS.map((q) => [q, id === 'south' && q === 'southVoice' ? 2 : 4]),
      );
      actor.send({
        type: 'health.answered',
        reviewId: 'rev2',
        answer: { ...emptyHealthAnswer(id, isoDay(clock)), scores: scores as never },
      });
    }
    // The copies come back as files and are merged: every answer is kept.
    let project = devices.asso.getSnapshot().context.project;
    for (const other of [devices.company, devices.south]) {
      const incoming = parseProjectFile(save(other));
      if (!incoming.ok) throw new Error(incoming.error);
      project = mergeProjects(project, incoming.project, new Set(), clock);
    }
    expect(project.record.reviews[1]!.health.map((h) => h.partnerId).sort()).toEqual(['asso', 'company', 'south']);
    expect(project.signatures.every((s) => s.fingerprint === original)).toBe(true);

    // An amendment raising the company's budget: the steps edit a copy of the text in force,
    // the comparison lists the changes, each partner signs the amendment on its own.
    const t = createTranslator('fr');
    const chain0 = await checkChain(project);
    const edited = structuredClone(chain0.current);
    edited.framework.roles = edited.framework.roles.map((r) =>
      r.partnerId === 'company' ? { ...r, money: '25\u00a0000\u00a0€ par an' } : r,
    );
    const ctx = formatContextFor(chain0.current, edited, 'fr', t);
    const changes = toFieldChanges(
      diffProjects(chain0.current, edited, t).filter((c) => isContentGroup(c.step)),
      (c, side) => formatSide(c as never, side, ctx).join('\n'),
    );
    expect(changes).toHaveLength(1);
    let amendment = await draftAmendment(project, {
      id: 'am1',
      date: '2027-05-02',
      title: 'Apport financier revu',
      reason: 'Subvention régionale obtenue.',
      changes,
    });
    for (const p of project.partners.partners)
      amendment = await signAmendment(amendment, signature(p.id, '2027-05-10'));
    const amending = device(serializeProject(project));
    amending.send({ type: 'amendment.open', amendmentId: null });
    amending.send({ type: 'amendment.saved', amendment });
    project = amending.getSnapshot().context.project;
    const chain = await checkChain(project);
    expect(chain.ok).toBe(true);
    expect(chain.versions.map((v) => v.fullySigned)).toEqual([true, true]);
    expect(chain.versions[1]!.amends).toBe(original);
    expect(await contentFingerprint(project)).toBe(original);
    expect(chain.current.framework.roles.find((r) => r.partnerId === 'company')?.money).toBe(
      '25\u00a0000\u00a0€ par an',
    );

    // End of term: the partners decide together to replicate elsewhere.
    clock = new Date('2029-03-20T09:00:00Z');
    const closing = newClosing(chain.current, isoDay(clock));
    closing.byPartner = closing.byPartner.map((e) => ({ ...e, results: 'Objectifs atteints' }));
    closing.southResults = 'Revenu des sauniers +15 %';
    closing.lessons = 'Anticiper la logistique.';
    closing.decision = 'replicate';
    closing.replicateWhere = 'Cambodge';
    amending.send({ type: 'closing.open' });
    amending.send({ type: 'closing.saved', closing });
    project = amending.getSnapshot().context.project;
    expect(dueItems(project, isoDay(clock))).toEqual([]);

    // The file round-trips, the chain still holds, and every document reads back.
    const reread = parseProjectFile(serializeProject(project));
    if (!reread.ok) throw new Error(reread.error);
    expect((await checkChain(reread.project)).ok).toBe(true);
    await pdf(reread.project, { kind: 'review', number: 1 }, ['BILAN N° 1', '126 €']);
    await pdf(reread.project, { kind: 'review', number: 2 }, ['BILAN N° 2', '138 €', 'À discuter ensemble']);
    await pdf(reread.project, { kind: 'amendment', number: 1 }, [
      'AVENANT N° 1',
      'Apport financier',
      '15 000 € par an',
      '25 000 € par an',
    ]);
    await pdf(reread.project, { kind: 'closing' }, [
      'BILAN DE FIN DE PARTENARIAT',
      'Le dupliquer ailleurs',
      'Cambodge',
    ]);
  }, 60_000);

  it('prints no review still being typed as held: the closing counts the reviews saved, a draft has no report', async () => {
    const closed = await closedProject();
    const typed = withReviewDraft(closed, {
      ...newReview(closed, { id: 'rev3', date: '2029-03-25' }),
      participants: 'Brouillon de Lan',
    });
    const source = await recordDocumentSource(typed, { kind: 'closing' });
    const bytes = renderRecordPdf(
      source.project,
      { kind: 'closing' },
      {
        locale: 'fr',
        fonts,
        fingerprint: source.fingerprint,
        now: new Date('2029-04-01T00:00:00Z'),
      },
    );
    const text = (await readPdf(bytes)).map((p) => p.text).join('\n');
    expect(text).toMatch(/Bilans tenus\s*2(?!\d)/);
    expect(text).not.toContain('Brouillon de Lan');
    await expect(recordDocumentSource(typed, { kind: 'review', number: 3 })).rejects.toThrow(RangeError);
  }, 60_000);
});
