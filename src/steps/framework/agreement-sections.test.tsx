import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { completeProject } from '../../../tests/fixtures/project';
import { renderWizard } from '../../../tests/setup/render-wizard';

// Testing Library folds no-break spaces into plain ones; the message tests check them.

const submit = () => screen.getByRole('button', { name: 'Enregistrer et continuer' });

describe('step 3 — contributions and funding plan', () => {
  it('values staff time as days × daily rate, totals per partner and overall, and flags an uncovered cost', async () => {
    const { user, actor } = renderWizard(completeProject(), 'framework');
    await user.click(screen.getByRole('button', { name: 'Apports et plan de financement' }));
    // The gap is said politely as it appears, in a live region already on the page (one
    // created with its text is not read by every screen reader).
    const regions = screen.queryAllByRole('status').filter((r) => r.textContent === '');
    await user.type(screen.getByLabelText('Coût total du projet'), '20 000');
    await user.click(screen.getByRole('button', { name: 'Ajouter un apport' }));
    const row = screen.getByRole('group', { name: 'Apport 1' });
    expect(within(row).getByLabelText(/^Partenaire/)).toHaveFocus();
    await user.selectOptions(within(row).getByLabelText(/^Partenaire/), 'asso');
    await user.selectOptions(within(row).getByLabelText(/^Nature de l’apport/), 'staffTime');
    await user.type(within(row).getByLabelText(/^Nombre de jours/), '20');
    await user.type(within(row).getByLabelText(/^Coût journalier \(EUR\)/), '450');

    const totals = await screen.findByRole('region', { name: 'Totaux' });
    expect(totals).toHaveTextContent('Solidarités Loire : 9 000,00 €');
    expect(totals).toHaveTextContent('Total des apports : 9 000,00 €');
    expect(screen.getByText(/il manque 11 000,00 € sur 20 000,00 €/)).toBeInTheDocument();
    expect(regions.some((r) => /il manque 11\s000,00\s€/.test(r.textContent ?? ''))).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Ajouter un financement' }));
    const source = screen.getByRole('group', { name: 'Financement 1' });
    await user.type(within(source).getByLabelText(/^Source/), 'Région');
    await user.type(within(source).getByLabelText(/^Montant/), '11000');
    await user.selectOptions(within(source).getByLabelText('Statut'), 'granted');
    await waitFor(() => expect(screen.queryByText(/il manque/)).not.toBeInTheDocument());

    await user.click(submit());
    await screen.findByRole('heading', { level: 2, name: 'Suivi dans le temps' });
    const agreement = actor().getSnapshot().context.project.framework.agreement;
    expect(agreement.budget).toBe(20_000);
    expect(agreement.contributions).toEqual([
      expect.objectContaining({ partnerId: 'asso', kind: 'staffTime', days: 20, dailyRate: 450 }),
    ]);
    expect(agreement.fundingSources).toEqual([
      expect.objectContaining({ name: 'Région', amount: 11_000, status: 'granted' }),
    ]);
  });

  it('shows amounts as French readers write them, and keeps what is typed as the same number', async () => {
    const base = completeProject();
    const money = {
      id: 'c1',
      partnerId: 'company',
      kind: 'money' as const,
      description: 'Apport',
      amount: 4500.5,
      days: null,
      dailyRate: null,
    };
    const project = {
      ...base,
      framework: {
        ...base.framework,
        agreement: { ...base.framework.agreement, budget: 20000, contributions: [money] },
      },
    };
    const { user, actor } = renderWizard(project, 'framework');
    await user.click(screen.getByRole('button', { name: 'Apports et plan de financement' }));
    expect(screen.getByLabelText('Coût total du projet')).toHaveValue('20\u202f000');
    const value = within(screen.getByRole('group', { name: 'Apport 1' })).getByLabelText(/^Valeur/);
    expect(value).toHaveValue('4\u202f500,50');
    await user.clear(value);
    await user.type(value, '1500,5');
    await user.tab();
    expect(value).toHaveValue('1\u202f500,50');
    await user.click(submit());
    await screen.findByRole('heading', { level: 2, name: 'Suivi dans le temps' });
    const agreement = actor().getSnapshot().context.project.framework.agreement;
    expect(agreement.budget).toBe(20_000);
    expect(agreement.contributions[0]?.amount).toBe(1500.5);
  });

  it('says in words when an amount is not a number', async () => {
    const { user } = renderWizard(completeProject(), 'framework');
    await user.click(screen.getByRole('button', { name: 'Apports et plan de financement' }));
    await user.click(screen.getByRole('button', { name: 'Ajouter un apport' }));
    const value = within(screen.getByRole('group', { name: 'Apport 1' })).getByLabelText(/^Valeur/);
    await user.type(value, 'beaucoup');
    await user.click(submit());
    await waitFor(() => expect(value).toHaveAttribute('aria-invalid', 'true'));
    expect(value).toHaveAccessibleDescription('Saisissez un montant positif, en chiffres.');
  });
});

describe('step 3 — clauses of the convention', () => {
  it('shows Cocharte’s wording, lets an optional clause be left out and another rewritten', async () => {
    const { user, actor } = renderWizard(completeProject(), 'framework');
    await user.click(screen.getByRole('button', { name: 'Clauses de la charte' }));
    expect(screen.getByText(/suggestion de Cocharte, pas du guide/)).toBeInTheDocument();

    const confidentiality = screen.getByRole('button', { name: 'Confidentialité (facultative)' });
    await user.click(confidentiality);
    const section = screen.getByRole('region', { name: 'Confidentialité (facultative)' });
    const years = within(section).getByLabelText(/^Durée après la fin/);
    await user.clear(years);
    await user.type(years, '2');
    expect(within(section).getByText(/pendant la charte et 2 ans après sa fin/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Force majeure (facultative)' }));
    const forceMajeure = screen.getByRole('region', { name: 'Force majeure (facultative)' });
    await user.click(within(forceMajeure).getByLabelText('Ne pas inclure cette clause'));

    // A clause that every convention needs cannot be left out.
    await user.click(screen.getByRole('button', { name: 'Règlement des différends' }));
    const disputes = screen.getByRole('region', { name: 'Règlement des différends' });
    expect(within(disputes).queryByLabelText('Ne pas inclure cette clause')).not.toBeInTheDocument();
    await user.click(within(disputes).getByLabelText('Écrire notre propre texte'));
    await user.click(submit());
    const text = await within(disputes).findByLabelText(/^Texte de la clause/);
    expect(text).toHaveAttribute('aria-invalid', 'true');
    await user.click(within(disputes).getByRole('button', { name: 'Partir de la formulation proposée' }));
    expect((text as HTMLTextAreaElement).value).toMatch(/^En cas de différend/);

    await user.click(submit());
    await screen.findByRole('heading', { level: 2, name: 'Suivi dans le temps' });
    const { clauses, confidentialityYears } = actor().getSnapshot().context.project.framework.agreement;
    expect(confidentialityYears).toBe(2);
    expect(clauses.forceMajeure.mode).toBe('omit');
    expect(clauses.disputes).toMatchObject({ mode: 'custom', text: expect.stringMatching(/^En cas de différend/) });
  });

  it('says under each clause’s explanation that it is Cocharte’s proposal, not the guide’s legal advice', async () => {
    const { user } = renderWizard(completeProject(), 'framework');
    await user.click(screen.getByRole('button', { name: 'Clauses de la charte' }));
    for (const name of ['Force majeure (facultative)', 'Propriété intellectuelle (facultative)', 'Objet']) {
      await user.click(screen.getByRole('button', { name }));
      const clause = screen.getByRole('region', { name });
      const explanation = within(clause).getAllByRole('paragraph')[0]!;
      expect(explanation).toHaveTextContent(/Proposition de Cocharte, à faire relire par un juriste$/);
    }
    const forceMajeure = screen.getByRole('region', { name: 'Force majeure (facultative)' });
    expect(
      within(forceMajeure).getByText(/^Personne n’est en faute quand un événement hors de son contrôle/),
    ).toBeInTheDocument();
  });
});

describe('dates that contradict each other', () => {
  it('are listed on the review and block signing until the partners confirm them in the term clause', async () => {
    const p = completeProject();
    const project = {
      ...p,
      followUp: { ...p.followUp, startDate: '2026-01-04', endDate: '2029-03-31', durationMonths: 24 },
    };
    const { user } = renderWizard(project, 'review');
    const missing = await screen.findByText(/Des dates se contredisent/);
    expect(missing).toBeInTheDocument();
    const checks = screen.getByRole('region', { name: /^Charte\s: points à vérifier$/ });
    expect(checks).toHaveTextContent('la période ne dure pas 24 mois');
    expect(screen.getByRole('button', { name: 'Passer à la signature' })).toHaveAttribute('aria-disabled', 'true');

    await user.click(within(missing.closest('li')!).getByRole('button'));
    await screen.findByRole('heading', { level: 2, name: 'Définir le cadre' });
    // The step says why, and the clause where they are confirmed is open, no search needed.
    expect(await screen.findByText(/Des dates du suivi se contredisent/)).toBeVisible();
    const term = screen.getByRole('region', { name: 'Entrée en vigueur, durée et renouvellement' });
    expect(term).toHaveTextContent('du 4 janvier 2026 au 31 mars 2029, soit 38 mois et 28 jours');
    await user.click(within(term).getByLabelText('Nous avons vérifié ces dates et les gardons telles quelles'));
    // Opened from the review, the step's save goes straight back to it.
    await user.click(screen.getByRole('button', { name: 'Revenir à la relecture' }));
    await screen.findByRole('heading', { level: 2, name: 'Relecture' });
    expect(screen.queryByText(/Des dates se contredisent/)).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: /points à vérifier/ })).toHaveTextContent(
      'Confirmé par les partenaires.',
    );
    expect(screen.getByRole('button', { name: 'Passer à la signature' })).not.toHaveAttribute('aria-disabled', 'true');
  });
});

describe('dates that contradict each other, on the follow-up step where they are set', () => {
  it('are pointed out there, with where to confirm them if they are meant', async () => {
    const p = completeProject();
    const milestone = { ...p.followUp.milestones[0]!, date: '2030-01-15' };
    const project = {
      ...p,
      followUp: {
        ...p.followUp,
        startDate: '2026-05-01',
        endDate: '2029-04-30',
        durationMonths: 36,
        milestones: [milestone],
      },
    };
    renderWizard(project, 'followUp');
    expect(
      await screen.findByText(/Les dates de cette étape se contredisent.*confirmez-les à l’étape 3/),
    ).toBeVisible();
    expect(screen.queryByText('Aucun point d’attention pour cette étape.')).toBeNull();
  });
});

describe('a funding plan that does not cover its cost', () => {
  it('is flagged on the review, without blocking signing', async () => {
    const p = completeProject();
    const agreement = {
      ...p.framework.agreement,
      budget: 50_000,
      contributions: [
        {
          id: 'c1',
          partnerId: 'asso',
          kind: 'money' as const,
          description: '',
          amount: 10_000,
          days: null,
          dailyRate: null,
        },
      ],
    };
    renderWizard({ ...p, framework: { ...p.framework, agreement } }, 'review');
    const checks = await screen.findByRole('region', { name: /points à vérifier/ });
    expect(checks).toHaveTextContent('il manque 40 000,00 € sur 50 000,00 €');
    expect(screen.getByRole('button', { name: 'Passer à la signature' })).not.toHaveAttribute('aria-disabled', 'true');
  });
});
