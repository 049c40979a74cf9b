import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { completeProject, withPrefinancing } from '../../tests/fixtures/project';
import { renderWizard } from '../../tests/setup/render-wizard';
import { emptyRisk } from '../domain/new-project';
import type { DraftProject } from '../schemas/project.schema';

/** The fixture with three milestones, two risks and two contributions. */
function longLists(): DraftProject {
  const p = withPrefinancing(completeProject());
  p.followUp.milestones = [
    { id: 'm1', date: '2026-04-15', title: 'Atelier de lancement', partnerId: '' },
    { id: 'm2', date: '2026-06-30', title: 'Première récolte certifiée', partnerId: 'south' },
    { id: 'm3', date: '2026-12-15', title: 'Premier bilan', partnerId: 'company' },
  ];
  p.impacts.risks = [
    ...p.impacts.risks,
    emptyRisk({ id: 'r2', category: 'operational', title: 'Retard de livraison', ownerId: 'south' }),
  ];
  p.framework.agreement.contributions.push({
    id: 'c2',
    partnerId: 'south',
    kind: 'inKind',
    description: 'Parcelles de démonstration',
    amount: 3000,
    days: null,
    dailyRate: null,
  });
  return p;
}

const milestone = (n: number) => screen.getByRole('group', { name: `Jalon ${n}` });
/**
 * The polite notice a removal leaves: its live region, there (empty) before the removal, or a
 * screen reader may not read it.
 */
const notice = () => {
  const said = screen.queryByText(/(retirée?|removed)\.$/);
  if (said) expect(said.closest('[aria-live="polite"]')).toBe(said);
  return said;
};

describe('a removed row can be brought back', () => {
  it('names the milestone removed, and « Annuler » puts it back where it was, with its values and the focus', async () => {
    const { user, actor } = renderWizard(longLists(), 'followUp');
    // Each list's live region waits, empty, for a removal to say.
    const regions = [...document.querySelectorAll('[aria-live="polite"]')].filter((r) => r.textContent === '');
    await user.click(screen.getByRole('button', { name: 'Retirer le jalon 2' }));
    expect(regions.map((r) => r.textContent)).toContain('Jalon 2 «\u00a0Première récolte certifiée\u00a0» retiré.');

    expect(notice()).toHaveTextContent('Jalon 2 « Première récolte certifiée » retiré.');
    // The focus rule of the list is unchanged: the row now in its place takes it.
    expect(within(milestone(2)).getByLabelText(/^Date du jalon/)).toHaveFocus();
    await waitFor(() =>
      expect(
        actor()
          .getSnapshot()
          .context.project.followUp.milestones.map((m) => m.id),
      ).toEqual(['m1', 'm3']),
    );

    await user.click(screen.getByRole('button', { name: 'Annuler' }));
    expect(within(milestone(2)).getByLabelText(/^Date du jalon/)).toHaveValue('2026-06-30');
    expect(within(milestone(2)).getByLabelText(/^Ce qui doit être atteint/)).toHaveValue('Première récolte certifiée');
    expect(within(milestone(2)).getByLabelText(/^Partenaire responsable/)).toHaveValue('south');
    expect(within(milestone(3)).getByLabelText(/^Ce qui doit être atteint/)).toHaveValue('Premier bilan');
    await waitFor(() => expect(within(milestone(2)).getByLabelText(/^Date du jalon/)).toHaveFocus());
    expect(notice()).not.toBeInTheDocument();
    // Saved as an edit is: the project the wizard (and its autosave) holds has it back.
    await waitFor(() =>
      expect(actor().getSnapshot().context.project.followUp.milestones).toEqual(longLists().followUp.milestones),
    );
  });

  it('names the row by its number alone when it has no name yet', async () => {
    const { user } = renderWizard(longLists(), 'followUp');
    await user.click(screen.getByRole('button', { name: 'Ajouter un jalon' }));
    await user.click(screen.getByRole('button', { name: 'Retirer le jalon 4' }));
    expect(notice()).toHaveTextContent(/^Jalon 4 retiré\.$/);
  });

  it('brings back rows removed one after another, the last first, and forgets them once a row is added', async () => {
    const { user, actor } = renderWizard(longLists(), 'followUp');
    await user.click(screen.getByRole('button', { name: 'Retirer le jalon 1' }));
    expect(notice()).toHaveTextContent('Jalon 1 « Atelier de lancement » retiré.');
    await user.click(screen.getByRole('button', { name: 'Ajouter un jalon' }));
    expect(notice()).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Annuler' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Retirer le jalon 1' }));
    await user.click(screen.getByRole('button', { name: 'Retirer le jalon 1' }));
    expect(notice()).toHaveTextContent(/^Jalon 1 « Premier bilan » retiré\.$/);
    await user.click(screen.getByRole('button', { name: 'Annuler' }));
    expect(screen.getAllByRole('group', { name: /^Jalon \d$/ })).toHaveLength(2);
    expect(within(milestone(1)).getByLabelText(/^Ce qui doit être atteint/)).toHaveValue('Premier bilan');
    await waitFor(() => expect(within(milestone(1)).getByLabelText(/^Date du jalon/)).toHaveFocus());

    // The removal before it comes next; the one before the added row is forgotten.
    expect(notice()).toHaveTextContent(/^Jalon 1 « Première récolte certifiée » retiré\.$/);
    await user.click(screen.getByRole('button', { name: 'Annuler' }));
    expect(screen.getAllByRole('group', { name: /^Jalon \d$/ })).toHaveLength(3);
    expect(within(milestone(1)).getByLabelText(/^Ce qui doit être atteint/)).toHaveValue('Première récolte certifiée');
    expect(within(milestone(2)).getByLabelText(/^Ce qui doit être atteint/)).toHaveValue('Premier bilan');
    expect(within(milestone(2)).getByLabelText(/^Partenaire responsable/)).toHaveValue('company');
    expect(notice()).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Annuler' })).not.toBeInTheDocument();
    await waitFor(() =>
      expect(
        actor()
          .getSnapshot()
          .context.project.followUp.milestones.map((m) => m.title),
      ).toEqual(['Première récolte certifiée', 'Premier bilan', '']),
    );
  });

  it('brings back every row removed in a row, in their places', async () => {
    const { user, actor } = renderWizard(longLists(), 'followUp');
    await user.click(screen.getByRole('button', { name: 'Retirer le jalon 3' }));
    await user.click(screen.getByRole('button', { name: 'Retirer le jalon 1' }));
    await user.click(screen.getByRole('button', { name: 'Retirer le jalon 1' }));
    expect(screen.queryAllByRole('group', { name: /^Jalon \d$/ })).toHaveLength(0);
    for (const name of ['Première récolte certifiée', 'Atelier de lancement', 'Premier bilan']) {
      expect(notice()).toHaveTextContent(`« ${name} » retiré.`);
      await user.click(screen.getByRole('button', { name: 'Annuler' }));
    }
    expect(notice()).not.toBeInTheDocument();
    await waitFor(() =>
      expect(actor().getSnapshot().context.project.followUp.milestones).toEqual(longLists().followUp.milestones),
    );
  });

  it('forgets the removal when the step is left', async () => {
    const { user } = renderWizard(longLists(), 'followUp');
    await user.click(screen.getByRole('button', { name: 'Retirer le jalon 3' }));
    expect(notice()).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Étape précédente' }));
    await user.click(await screen.findByRole('button', { name: 'Enregistrer et continuer' }));
    await screen.findByRole('heading', { level: 2, name: 'Suivi dans le temps' });
    expect(screen.getAllByRole('group', { name: /^Jalon \d$/ })).toHaveLength(2);
    expect(notice()).not.toBeInTheDocument();
  });

  it('brings a risk back, open on its title', async () => {
    const { user, actor } = renderWizard(longLists(), 'impacts');
    await user.click(screen.getByRole('button', { name: /^Risque 1 — Risque financier/ }));
    await user.click(screen.getByRole('button', { name: 'Retirer le risque 1' }));
    expect(notice()).toHaveTextContent('Risque 1 « Risque financier à court terme » retiré.');

    await user.click(screen.getByRole('button', { name: 'Annuler' }));
    const title = screen.getAllByLabelText(/^Intitulé du risque/)[0];
    await waitFor(() => expect(title).toHaveFocus());
    expect(title).toHaveValue('Risque financier à court terme');
    expect(screen.getAllByLabelText(/^Mesures de maîtrise/)[0]).toHaveValue(
      'Rechercher un cofinancement dès la première année.',
    );
    await waitFor(() => expect(actor().getSnapshot().context.project.impacts.risks).toEqual(longLists().impacts.risks));
  });

  it('brings a contribution back in the funding plan', async () => {
    const { user, actor } = renderWizard(longLists(), 'framework');
    await user.click(screen.getByRole('button', { name: 'Apports et plan de financement' }));
    await user.click(screen.getByRole('button', { name: 'Retirer l’apport 1' }));
    expect(notice()).toHaveTextContent('Apport 1 « Préfinancement des récoltes » retiré.');
    expect(screen.getAllByRole('group', { name: /^Apport \d$/ })).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Annuler' }));
    const first = screen.getByRole('group', { name: 'Apport 1' });
    await waitFor(() => expect(within(first).getByLabelText(/^Partenaire/)).toHaveFocus());
    expect(within(first).getByLabelText(/^Description/)).toHaveValue('Préfinancement des récoltes');
    expect(within(screen.getByRole('group', { name: 'Apport 2' })).getByLabelText(/^Description/)).toHaveValue(
      'Parcelles de démonstration',
    );
    await waitFor(() =>
      expect(actor().getSnapshot().context.project.framework.agreement.contributions).toEqual(
        longLists().framework.agreement.contributions,
      ),
    );
  });

  it('numbers a removed annex as its field did (annex 1 is the risk checklist)', async () => {
    const p = longLists();
    p.framework.agreement.annexes = [
      { id: 'a1', title: 'Cahier des charges' },
      { id: 'a2', title: 'Calendrier des livraisons' },
    ];
    const { user } = renderWizard(p, 'framework');
    await user.click(screen.getByRole('button', { name: 'Clauses de la charte' }));
    await user.click(screen.getByRole('button', { name: 'Retirer l’annexe 2' }));
    expect(notice()).toHaveTextContent('Annexe 2 « Cahier des charges » retirée.');
    await user.click(screen.getByRole('button', { name: 'Annuler' }));
    await waitFor(() => expect(screen.getByLabelText(/^Titre de l’annexe 2/)).toHaveFocus());
    expect(screen.getByLabelText(/^Titre de l’annexe 2/)).toHaveValue('Cahier des charges');
    expect(screen.getByLabelText(/^Titre de l’annexe 3/)).toHaveValue('Calendrier des livraisons');
  });

  it('offers no « Annuler » for a partner: its removal was confirmed, and took its answers in the other steps', async () => {
    const { user } = renderWizard(completeProject());
    const third = completeProject().partners.partners[2]!;
    await user.click(screen.getByRole('button', { name: new RegExp(`^Partenaire 3 — ${third.name}`) }));
    await user.click(screen.getByRole('button', { name: `Retirer ${third.name}` }));
    await user.click(screen.getByRole('button', { name: `Oui, retirer ${third.name}` }));
    expect(screen.queryByRole('group', { name: 'Partenaire 3' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Annuler' })).toBeNull();
  });

  it('is said in English too', async () => {
    const { user } = renderWizard(longLists(), 'followUp', 'en');
    await user.click(screen.getByRole('button', { name: 'Remove milestone 2' }));
    expect(notice()).toHaveTextContent('Milestone 2 “Première récolte certifiée” removed.');
    expect(screen.getByRole('button', { name: 'Undo' })).toBeInTheDocument();
  });
});
