// Fixtures for the partnership record (issue 13): a three-partner charter signed by all.
import { contentFingerprint } from '../domain/fingerprint';
import type { DraftProject } from '../schemas/project.schema';
import { HEALTH_QUESTION_IDS, type FieldChange, type HealthAnswer } from '../schemas/record.schema';
import { emptyHealthAnswer } from '../domain/record-health';
import { emptyPartner } from '../domain/new-project';
import { newClosing, newReview, withClosing, withReview } from '../domain/record-new';
import { draftAmendment, signAmendment, withAmendment } from '../domain/record-amendments';
import type { Signature } from '../schemas/signature.schema';
import { makeProject } from './test-fixtures';

export const NEW_BUDGET = '25\u00a0000\u00a0€ par an';

/** A typed signature by `partnerId`, without its fingerprint (the signing function sets it). */
export function signature(partnerId: string, date: string): Omit<Signature, 'fingerprint'> {
  return {
    partnerId,
    signatoryName: `Signataire ${partnerId}`,
    signatoryTitle: 'Représentant',
    place: 'Nantes',
    date,
    method: 'typed',
    signedAt: `${date}T10:00:00.000Z`,
  };
}

/** The fixture's three partners (association, company, southern cooperative) all signed it. */
export async function signedThreePartnerProject(): Promise<DraftProject> {
  const project = makeProject();
  const fingerprint = await contentFingerprint(project);
  project.signatures = project.partners.partners.map((p) => ({ ...signature(p.id, '2026-03-06'), fingerprint }));
  return project;
}

/** The company's yearly money raised, as the comparison reports it. */
export function budgetChange(project: DraftProject): FieldChange {
  const before = project.framework.roles.find((r) => r.partnerId === 'company')!.money;
  return {
    id: 'framework.roles[company].money',
    path: ['framework', 'roles', 'company', 'money'],
    kind: 'changed',
    label: 'Rôle de Coopérative Sel d’Œuvre SAS › Apport financier',
    before,
    after: NEW_BUDGET,
    beforeText: before,
    afterText: NEW_BUDGET,
  };
}

/**
 * The signed fixture with two reviews, six months apart: the first sets baselines and
 * lowers the leak risk; the second records progress, closes a risk and has each partner's
 * health check (the company and the southern partner see the southern voice differently).
 */
export async function reviewedProject(): Promise<DraftProject> {
  let project = await signedThreePartnerProject();
  const first = newReview(project, { id: 'rev1', date: '2026-10-05' });
  first.participants = 'Élise Kervarec, François Le Dû, Nguyễn Thị Lan';
  first.indicators = first.indicators.map((x) =>
    x.indicatorId === 'i1'
      ? { ...x, baseline: '120 € par mois', actual: '126 € par mois' }
      : { ...x, baseline: '0 t', actual: '12 t' },
  );
  first.milestones = first.milestones.map((m) => (m.milestoneId === 'm1' ? { ...m, status: 'done' } : m));
  first.risks = first.risks.map((r) =>
    r.riskId === 'r1' ? { ...r, likelihood: 2, severity: 3, nextReviewDate: '2027-02-01' } : r,
  );
  first.wentWell = 'Première mission réussie.';
  first.difficulties = 'Retards de dédouanement.';
  first.decisions = 'Anticiper les documents d’export.';
  first.actions = [
    { id: 'a1', text: 'Préparer le dossier douanier', ownerId: 'company', dueDate: '2026-12-01', done: false },
  ];
  first.health = [
    { ...emptyHealthAnswer('asso', '2026-10-01'), scores: scores(4) },
    { ...emptyHealthAnswer('company', '2026-10-02'), scores: scores(4) },
    { ...emptyHealthAnswer('south', '2026-10-03'), scores: scores(3) },
  ];
  project = withReview(project, first);
  const second = newReview(project, { id: 'rev2', date: '2027-04-06' });
  second.participants = 'Élise Kervarec, François Le Dû, Nguyễn Thị Lan';
  second.indicators = second.indicators.map((x) =>
    x.indicatorId === 'i1' ? { ...x, actual: '138 € par mois' } : { ...x, actual: '31 t' },
  );
  second.risks = second.risks.map((r) =>
    r.riskId === 'r1' ? { ...r, likelihood: 1, severity: 2, status: 'closed' } : r,
  );
  second.health = [
    { ...emptyHealthAnswer('asso', '2027-04-01'), scores: scores(4) },
    { ...emptyHealthAnswer('company', '2027-04-02'), scores: { ...scores(5), southVoice: 5 } },
    { ...emptyHealthAnswer('south', '2027-04-03'), scores: { ...scores(4), southVoice: 2 } },
  ];
  return withReview(project, second);
}

function scores(n: number): HealthAnswer['scores'] {
  return Object.fromEntries(HEALTH_QUESTION_IDS.map((q) => [q, n])) as HealthAnswer['scores'];
}

/** Reviewed, then amended after the two reviews: the company's budget, co-signed by all three on 25 April 2027. */
export async function amendedReviewedProject(): Promise<DraftProject> {
  const project = await reviewedProject();
  return withAmendment(project, await budgetAmendment(project, () => '2027-04-25'));
}

/** Amendment n° 1 of `project`, drafted and not signed: the company's budget revised (`details` change its words). */
export function budgetAmendmentDraft(
  project: DraftProject,
  details: Partial<Pick<Parameters<typeof draftAmendment>[1], 'date' | 'title' | 'reason'>> = {},
) {
  return draftAmendment(project, {
    id: 'am1',
    date: '2027-05-01',
    title: 'Apport financier revu',
    reason: 'Subvention régionale obtenue.',
    changes: [budgetChange(project)],
    ...details,
  });
}

/** The reviewed project with that amendment drafted in its record. */
export async function reviewedProjectWithDraftAmendment(
  details?: Parameters<typeof budgetAmendmentDraft>[1],
): Promise<DraftProject> {
  const project = await reviewedProject();
  return withAmendment(project, await budgetAmendmentDraft(project, details));
}

/** Amendment n° 1 of `project` (the company's budget), signed by each partner on the date `dateOf` gives. */
export async function budgetAmendment(project: DraftProject, dateOf: (partnerIndex: number) => string) {
  let amendment = await budgetAmendmentDraft(project, { date: '2027-04-20' });
  for (const [i, p] of project.partners.partners.entries()) {
    amendment = await signAmendment(amendment, signature(p.id, dateOf(i)));
  }
  return amendment;
}

/** An amendment of `project`, not yet signed, by which a laboratory joins the partnership. */
export async function laboratoryJoins(project: DraftProject, { id, date }: { id: string; date: string }) {
  const newcomer = { ...emptyPartner('research'), id: 'lab', name: 'Laboratoire des Salines' };
  return draftAmendment(project, {
    id,
    date,
    title: 'Un laboratoire rejoint le partenariat',
    reason: 'Mesurer la qualité du sel.',
    changes: [
      {
        id: 'partners.partners[lab]',
        path: ['partners', 'partners', 'lab'],
        kind: 'added',
        label: 'Partenaire',
        before: null,
        after: newcomer,
        beforeText: '',
        afterText: newcomer.name,
      },
    ],
  });
}

/** Reviewed, amended (the company's budget, co-signed by all three) and closed with a decision to replicate. */
export async function closedProject(): Promise<DraftProject> {
  const project = await amendedReviewedProject();
  const closing = newClosing(project, '2029-03-20');
  closing.byPartner = closing.byPartner.map((e) => ({
    ...e,
    results: `Résultats de ${e.partnerId}`,
    impacts: 'Emplois créés',
  }));
  closing.southResults = 'Revenu des sauniers +15 %';
  closing.lessons = 'Anticiper la logistique d’export.';
  closing.decision = 'replicate';
  closing.replicateWhere = 'Cambodge, fleur de sel';
  closing.sharedResults = 'Les outils de formation restent à la coopérative.';
  closing.agreedBy = project.partners.partners.map((p) => p.id);
  return withClosing(project, closing);
}
