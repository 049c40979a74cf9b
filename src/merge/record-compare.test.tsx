import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/i18n-provider';
import { loadLocale } from '../i18n/i18n';
import type { DraftProject } from '../schemas/project.schema';
import { HEALTH_QUESTION_IDS, type HealthAnswer } from '../schemas/record.schema';
import { emptyHealthAnswer } from '../domain/record-health';
import { newClosing, newReview, withClosing, withReview } from '../domain/record-new';
import { closedProject, reviewedProject, signedThreePartnerProject } from '../testing/record-fixtures';
import { CompareView } from './compare-view';
import { diffRecords } from './diff-record';

const scores = (n: number) => Object.fromEntries(HEALTH_QUESTION_IDS.map((q) => [q, n])) as HealthAnswer['scores'];

/** The signed fixture with review 1 held, and no partner's health check yet. */
async function afterReview(): Promise<DraftProject> {
  const signed = await signedThreePartnerProject();
  return withReview(signed, newReview(signed, { id: 'rev1', date: '2026-06-03' }));
}

/** The same copy where one partner answered the health check of review 1 on its own device. */
function answeredBy(project: DraftProject, partnerId: string, n = 4): DraftProject {
  const review = project.record.reviews[0]!;
  const health = [...review.health, { ...emptyHealthAnswer(partnerId, '2026-06-01'), scores: scores(n) }];
  return withReview(project, { ...review, health });
}

function renderCompare(local: DraftProject, incoming: DraftProject, locale: 'fr' | 'en' = 'fr') {
  const onApply = vi.fn<(merged: DraftProject) => void>();
  render(
    <I18nProvider locale={locale}>
      <CompareView local={local} incoming={incoming} onApply={onApply} onCancel={vi.fn()} />
    </I18nProvider>,
  );
  return { onApply, user: userEvent.setup() };
}

describe('comparing two copies’ partnership records', () => {
  it('finds what each copy alone holds and what both hold differently, in the merge’s terms', async () => {
    const base = await afterReview();
    const mine = answeredBy(answeredBy(base, 'asso'), 'company', 4);
    const theirs = answeredBy(answeredBy(base, 'south'), 'company', 2);
    expect(diffRecords(mine.record, theirs.record)).toEqual([
      { kind: 'health', outcome: 'kept', number: 1, partnerId: 'asso' },
      { kind: 'health', outcome: 'differs', number: 1, partnerId: 'company' },
      { kind: 'health', outcome: 'added', number: 1, partnerId: 'south' },
    ]);
    expect(diffRecords(mine.record, mine.record)).toEqual([]);
    const closed = await closedProject();
    const reviewed = await reviewedProject();
    expect(diffRecords(reviewed.record, closed.record)).toEqual([
      { kind: 'amendment', outcome: 'added', number: 1, title: 'Apport financier revu' },
      { kind: 'closing', outcome: 'added' },
    ]);
    expect(diffRecords(closed.record, base.record).map((d) => `${d.kind}:${d.outcome}`)).toEqual([
      'review:differs',
      'health:kept',
      'health:kept',
      'health:kept',
      'review:kept',
      'amendment:kept',
      'closing:kept',
    ]);
  });

  it('says in plain words what a copy whose record alone differs brings, and applying keeps it', async () => {
    const base = await afterReview();
    const local = answeredBy(base, 'asso');
    const incoming = answeredBy(base, 'south', 2);
    const { onApply, user } = renderCompare(local, incoming);
    // Not "no difference": the received copy holds the southern partner's answers.
    expect(screen.queryByText(/Aucune différence/)).not.toBeInTheDocument();
    const record = screen.getByRole('region', { name: 'Dossier du partenariat' });
    expect(
      within(record)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Bilan n°\u00a01\u00a0: les réponses de Solidarité Mer & Terre au bilan de santé ne sont que dans votre version, elles sont gardées.',
      'Bilan n°\u00a01\u00a0: les réponses de Hợp tác xã Sao Biển au bilan de santé sont dans la version reçue, elles seront ajoutées.',
    ]);
    await user.click(screen.getByRole('button', { name: 'Appliquer les modifications choisies' }));
    const merged = onApply.mock.calls[0]![0];
    expect(merged.record.reviews[0]!.health.map((h) => h.partnerId)).toEqual(['asso', 'south']);
    expect(merged.signatures).toEqual(local.signatures);
  });

  it('names a closing and an amendment received, in English too', async () => {
    await loadLocale('en');
    const reviewed = await reviewedProject();
    const closed = await closedProject();
    renderCompare(reviewed, withClosing(closed, { ...newClosing(closed, '2029-03-20'), decision: 'renew' }), 'en');
    const record = screen.getByRole('region', { name: 'Partnership record' });
    expect(
      within(record)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Amendment no. 1 (“Apport financier revu”): only in the received copy, it will be added.',
      'End-of-partnership report: only in the received copy, it will be added.',
    ]);
  });
});
