// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { contentFingerprint } from './fingerprint';
import { makeProject } from '../testing/test-fixtures';
import {
  NEW_BUDGET,
  budgetAmendment,
  budgetChange,
  laboratoryJoins,
  signature,
  signedThreePartnerProject,
} from '../testing/record-fixtures';
import {
  AmendmentLocked,
  amendmentParties,
  amendmentWorkingCopy,
  canDraftAmendment,
  canSignAmendment,
  isAmendmentLocked,
  applyChanges,
  checkChain,
  draftInProgress,
  redraftAmendment,
  withoutDraftAmendment,
  draftAmendment,
  editPolicy,
  editPolicySync,
  inForceSince,
  partnersWhoSigned,
  versionInForce,
  signAmendment,
  withAmendment,
} from './record-amendments';
import type { DraftProject } from '../schemas/project.schema';
import type { Signature } from '../schemas/signature.schema';
import { newClosing } from './record-new';

async function amendedProject(): Promise<DraftProject> {
  let project = await signedThreePartnerProject();
  const draft = await draftAmendment(project, {
    id: 'am1',
    date: '2026-09-15',
    title: 'Budget revu',
    reason: 'Une subvention est arrivée.',
    changes: [budgetChange(project)],
  });
  let signed = draft;
  for (const p of project.partners.partners) signed = await signAmendment(signed, signature(p.id, '2026-09-20'));
  project = withAmendment(project, signed);
  return project;
}

describe('the amendment chain', () => {
  it('voids signatures when editing before the first full signature, amends after it', async () => {
    const unsigned = makeProject();
    expect(await editPolicy(unsigned)).toBe('void-signatures');
    expect(await editPolicy(await signedThreePartnerProject())).toBe('amend');
    expect(editPolicySync(unsigned)).toBe('void-signatures');
    expect(editPolicySync(await signedThreePartnerProject())).toBe('amend');
    // Two of three partners signed: still before the first full signature.
    const partly = await signedThreePartnerProject();
    partly.signatures = partly.signatures.slice(0, 2);
    expect(await editPolicy(partly)).toBe('void-signatures');
    expect(editPolicySync(partly)).toBe('void-signatures');
    // Every partner's signature, but the text was changed in the file afterwards: nobody
    // signed this text, so an edit still voids rather than locking it.
    const handEdited = await signedThreePartnerProject();
    handEdited.framework = { ...handEdited.framework, exit: 'Sans préavis.' };
    expect(await editPolicy(handEdited)).toBe('void-signatures');
    expect(editPolicySync(handEdited)).toBe('void-signatures');
  });

  it('keeps the original signed and valid, and applies the co-signed amendment', async () => {
    const project = await amendedProject();
    const chain = await checkChain(project);
    expect(chain.problems).toEqual([]);
    expect(chain.ok).toBe(true);
    expect(chain.versions.map((v) => [v.number, v.fullySigned])).toEqual([
      [0, true],
      [1, true],
    ]);
    // The original's text, fingerprint and signatures are untouched.
    const original = await contentFingerprint(project);
    expect(chain.versions[0]!.fingerprint).toBe(original);
    expect(project.signatures.every((s) => s.fingerprint === original)).toBe(true);
    // Version 1 names version 0, and the consolidated text carries the change.
    expect(chain.versions[1]!.amends).toBe(original);
    expect(chain.currentFingerprint).toBe(chain.versions[1]!.fingerprint);
    const money = (p: DraftProject) => p.framework.roles.find((r) => r.partnerId === 'company')?.money;
    expect(money(chain.current)).toBe(NEW_BUDGET);
    expect(money(project)).not.toBe(NEW_BUDGET);
  });

  it('does not apply an amendment until every partner signed it', async () => {
    const project = await signedThreePartnerProject();
    const draft = await draftAmendment(project, {
      id: 'am1',
      date: '2026-09-15',
      title: 'Budget revu',
      reason: '',
      changes: [budgetChange(project)],
    });
    const half = await signAmendment(draft, signature('asso', '2026-09-20'));
    const chain = await checkChain(withAmendment(project, half));
    expect(chain.ok).toBe(true);
    expect(chain.pending?.id).toBe('am1');
    expect(chain.versions[1]!.signedBy).toEqual(['asso']);
    expect(chain.currentFingerprint).toBe(await contentFingerprint(project));
  });

  it.each([
    ['the original text', (p: DraftProject) => void (p.partners.title = 'Autre titre')],
    ['a change of the amendment', (p: DraftProject) => void (p.record.amendments[0]!.changes[0]!.after = '1 €')],
    ['the amendment title', (p: DraftProject) => void (p.record.amendments[0]!.title = 'Autre')],
    ['the fingerprint it amends', (p: DraftProject) => void (p.record.amendments[0]!.amends = 'a'.repeat(64))],
    ['the fingerprint it produces', (p: DraftProject) => void (p.record.amendments[0]!.resulting = 'b'.repeat(64))],
    [
      'a signature of the amendment',
      (p: DraftProject) => void (p.record.amendments[0]!.signatures[1]!.fingerprint = 'c'.repeat(64)),
    ],
    ['the amendment number', (p: DraftProject) => void (p.record.amendments[0]!.number = 2)],
  ])('breaks when %s is tampered with', async (_what, tamper) => {
    const project = await amendedProject();
    expect((await checkChain(project)).ok).toBe(true);
    tamper(project);
    expect((await checkChain(project)).ok).toBe(false);
  });

  it('chains a second amendment on the first one’s result', async () => {
    let project = await amendedProject();
    const first = await checkChain(project);
    const change = {
      id: 'followUp.reviewFrequency',
      path: ['followUp', 'reviewFrequency'],
      kind: 'changed' as const,
      label: 'Fréquence des bilans',
      before: first.current.followUp.reviewFrequency,
      after: 'yearly',
      beforeText: 'Semestrielle',
      afterText: 'Annuelle',
    };
    let second = await draftAmendment(project, {
      id: 'am2',
      date: '2027-01-10',
      title: 'Rythme',
      reason: '',
      changes: [change],
    });
    for (const p of project.partners.partners) second = await signAmendment(second, signature(p.id, '2027-01-12'));
    project = withAmendment(project, second);
    const chain = await checkChain(project);
    expect(chain.ok).toBe(true);
    expect(chain.versions[2]!.amends).toBe(chain.versions[1]!.fingerprint);
    expect(chain.current.followUp.reviewFrequency).toBe('yearly');
    expect(chain.current.framework.roles.find((r) => r.partnerId === 'company')?.money).toBe(NEW_BUDGET);
    // Tampering with the first amendment now breaks both links.
    project.record.amendments[0]!.changes[0]!.after = 'Budget de 1 €.';
    const broken = await checkChain(project);
    expect(broken.ok).toBe(false);
    expect(broken.problems.map((p) => p.kind)).toContain('resulting-mismatch');
  });

  it('refuses to apply a change drafted on another text', () => {
    const project = makeProject();
    const stale = { ...budgetChange(project), before: 'un autre texte' };
    expect(() => applyChanges(project, [stale])).toThrow(/does not apply/);
  });

  it('refuses a change whose path reaches the objects’ prototype (a hostile file or signing link), touching nothing', () => {
    const project = makeProject();
    const hostile = (path: (string | number)[]) => ({
      id: 'x',
      path,
      kind: 'changed' as const,
      label: 'x',
      before: null,
      after: 'yes',
      beforeText: '',
      afterText: 'yes',
    });
    for (const path of [
      ['__proto__', 'polluted'],
      ['partners', '__proto__', 'polluted'],
      ['constructor', 'prototype', 'polluted'],
      ['__proto__'],
    ])
      expect(() => applyChanges(project, [hostile(path)]), path.join('.')).toThrow(/does not apply/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports a change whose new value does not fit the project (a number for a text, by hand) as one that does not apply, instead of throwing', async () => {
    const project = await amendedProject();
    const change = project.record.amendments[0]!.changes[0]!;
    expect(() => applyChanges(project, [{ ...change, after: 42 }])).toThrow(/does not apply/);
    const edited = structuredClone(project);
    edited.record.amendments[0]!.changes[0]!.after = 42;
    const chain = await checkChain(edited);
    expect(chain.ok).toBe(false);
    expect(chain.problems).toContainEqual({ kind: 'change-conflict', amendment: 1, changeId: change.id });
  });

  it('adds and removes keyed rows', () => {
    const project = makeProject();
    const risk = { ...project.impacts.risks[0]!, id: 'new-risk', title: 'Nouveau' };
    const added = applyChanges(project, [
      {
        id: 'impacts.risks[new-risk]',
        path: ['impacts', 'risks', 'new-risk'],
        kind: 'added',
        label: 'Risque',
        after: risk,
        before: undefined,
        beforeText: '',
        afterText: 'Nouveau',
      },
    ]);
    expect(added.impacts.risks.map((r) => r.id)).toContain('new-risk');
    const removed = applyChanges(added, [
      {
        id: 'impacts.risks[new-risk]',
        path: ['impacts', 'risks', 'new-risk'],
        kind: 'removed',
        label: 'Risque',
        before: risk,
        after: undefined,
        beforeText: 'Nouveau',
        afterText: '',
      },
    ]);
    expect(removed.impacts.risks.map((r) => r.id)).toEqual(project.impacts.risks.map((r) => r.id));
  });
});

describe('a draft amendment', () => {
  it('is redrafted on the text in force until a partner signs it, and discarded only unsigned', async () => {
    const project = await amendedProject();
    const chain = await checkChain(project);
    let draft = await draftAmendment(project, { id: 'am2', date: '2026-12-01', title: '', reason: '', changes: [] });
    let drafting = withAmendment(project, draft);
    expect(draftInProgress(await checkChain(drafting))?.id).toBe('am2');
    // The working copy is the text in force (amendment 1 applied) with nothing signed.
    const copy = amendmentWorkingCopy(chain.current, draft);
    expect(copy.framework.roles.find((r) => r.partnerId === 'company')?.money).toBe(NEW_BUDGET);
    expect(copy.signatures).toEqual([]);
    expect(copy.record.amendments).toEqual([]);
    expect(editPolicySync(copy)).toBe('void-signatures');

    const change = {
      ...budgetChange(chain.current),
      before: NEW_BUDGET,
      beforeText: NEW_BUDGET,
      after: '30 000 €',
      afterText: '30 000 €',
    };
    draft = await redraftAmendment(drafting, draft, [change]);
    expect(draft.number).toBe(2);
    expect(draft.amends).toBe(chain.currentFingerprint);
    drafting = withAmendment(drafting, draft);
    expect(
      amendmentWorkingCopy(chain.current, draft).framework.roles.find((r) => r.partnerId === 'company')?.money,
    ).toBe('30 000 €');
    const after = await checkChain(drafting);
    expect(after.ok).toBe(true);
    expect(after.versions[2]!.fingerprint).toBe(draft.resulting);

    expect(withoutDraftAmendment(drafting, 'am2').record.amendments.map((a) => a.id)).toEqual(['am1']);
    const signed = await signAmendment(draft, signature('asso', '2026-12-02'));
    await expect(redraftAmendment(drafting, signed, [])).rejects.toBeInstanceOf(AmendmentLocked);
    const withSigned = withAmendment(drafting, signed);
    expect(draftInProgress(await checkChain(withSigned))).toBeNull();
    expect(withoutDraftAmendment(withSigned, 'am2')).toBe(withSigned);
    expect(withoutDraftAmendment(withSigned, 'am1')).toBe(withSigned);
  });
});

describe('the day the text in force took effect', () => {
  it('is the last co-signature of its latest amendment, a signature on another text not counting', async () => {
    const project = await signedThreePartnerProject();
    expect(inForceSince(project, await checkChain(project))).toBe('');
    const dates = ['2027-04-22', '2027-05-03', '2027-04-25'];
    let amendment = await budgetAmendment(project, (i) => dates[i]!);
    // A later signature on another text (a stale copy) does not move the date.
    amendment = {
      ...amendment,
      signatures: [
        ...amendment.signatures,
        { ...amendment.signatures[0]!, date: '2027-09-01', fingerprint: 'f'.repeat(64) },
      ],
    };
    const amended = withAmendment(project, amendment);
    expect(inForceSince(amended, await checkChain(amended))).toBe('2027-05-03');
  });
});

describe('the signature rule on an amendment’s own text', () => {
  const OWN = 'e'.repeat(64);
  const on = (partnerId: string, fingerprint: string): Signature => ({
    ...signature(partnerId, '2027-04-20'),
    fingerprint,
  });

  it('counts a partner whose one record on this text follows a record on another', () => {
    expect(partnersWhoSigned([on('asso', 'f'.repeat(64)), on('asso', OWN)], OWN, ['asso', 'company'])).toEqual([
      'asso',
    ]);
  });

  it('counts nobody twice: two records of one partner on the text, or one id for two parties, sign for no one (as on the charter)', () => {
    expect(partnersWhoSigned([on('asso', OWN), on('asso', OWN)], OWN, ['asso'])).toEqual([]);
    expect(partnersWhoSigned([on('asso', OWN)], OWN, ['asso', 'asso'])).toEqual([]);
  });
});

describe('who signs an amendment', () => {
  it('is every partner of the text amended and of the text produced, a partner the amendment adds included', async () => {
    const project = await signedThreePartnerProject();
    const draft = await laboratoryJoins(project, { id: 'am1', date: '2027-04-20' });
    const amended = withAmendment(project, draft);
    const parties = amendmentParties(amended, draft);
    expect(parties.map((p) => p.id)).toEqual(['asso', 'company', 'south', 'lab']);
    expect(parties.at(-1)).toEqual({ id: 'lab', name: 'Laboratoire des Salines', kind: 'research' });
  });
});

describe('drafting an amendment', () => {
  it('is open while no amendment waits for signatures and the partners have not decided the end; a draft locks at its first signature', async () => {
    const project = await signedThreePartnerProject();
    expect(canDraftAmendment(project)).toBe(true);
    const draft = await draftAmendment(project, { id: 'am1', date: '2027-05-02', title: 'T', reason: '', changes: [] });
    expect(isAmendmentLocked(draft)).toBe(false);
    expect(canDraftAmendment(withAmendment(project, draft))).toBe(false);
    const signedOnce = await signAmendment(draft, signature('asso', '2027-05-03'));
    expect(isAmendmentLocked(signedOnce)).toBe(true);
    expect(canDraftAmendment(withAmendment(project, signedOnce))).toBe(false);
    const coSigned = withAmendment(project, await budgetAmendment(project, () => '2027-05-03'));
    expect(canDraftAmendment(coSigned)).toBe(true);
    const closing = { ...newClosing(coSigned, '2029-03-20'), decision: 'close' as const };
    expect(canDraftAmendment({ ...coSigned, record: { ...coSigned.record, closing } })).toBe(false);
  });
});

describe('the version in force', () => {
  it('is the charter once co-signed, then each co-signed amendment in turn, and none on a charter not every partner signed', async () => {
    const project = await signedThreePartnerProject();
    expect(versionInForce(await checkChain(project))?.number).toBe(0);
    const amended = withAmendment(project, await budgetAmendment(project, () => '2027-04-20'));
    expect(versionInForce(await checkChain(amended))?.number).toBe(1);
    const charterHalfSigned = { ...amended, signatures: amended.signatures.slice(0, 2) };
    expect(versionInForce(await checkChain(charterHalfSigned))).toBeUndefined();
  });
});

describe('signing an amendment', () => {
  it('needs a subject and a change; once a partner signed, the others sign what it holds', async () => {
    const project = await signedThreePartnerProject();
    const draft = await draftAmendment(project, { id: 'am1', date: '2027-05-02', title: '', reason: '', changes: [] });
    expect(canSignAmendment(draft)).toBe(false);
    expect(canSignAmendment({ ...draft, title: 'Budget' })).toBe(false);
    expect(canSignAmendment({ ...draft, title: 'Budget', changes: [budgetChange(project)] })).toBe(true);
    const signed = await signAmendment({ ...draft, title: 'Budget' }, signature('asso', '2027-05-03'));
    expect(canSignAmendment(signed)).toBe(true);
  });
});
