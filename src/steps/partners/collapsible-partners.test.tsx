import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { completeProject } from '../../../tests/fixtures/project';
import { renderWizard } from '../../../tests/setup/render-wizard';
import { createEmptyProject } from '../../domain/new-project';

const toggleOf = (group: HTMLElement) => within(group).getAllByRole('button', { expanded: false })[0]!;

describe('partners and risks fold to one line', () => {
  it('folds a named partner to "name · kind" and opens it with its button', async () => {
    const project = completeProject();
    const { user } = renderWizard(project);
    const first = project.partners.partners[0]!;
    const card = screen.getByRole('group', { name: 'Partenaire 1' });
    const button = within(card).getByRole('button', { name: `Partenaire 1 — ${first.name} · Association` });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(within(card).queryByLabelText(/Nom de l’organisation/)).toBeNull();
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(within(card).getByLabelText(/Nom de l’organisation/)).toBeVisible();
  });

  it('keeps a new partner open, and opens a folded one holding an error with focus on the field', async () => {
    const project = completeProject();
    project.partners.partners[1]!.contribution = '';
    const { user } = renderWizard(project);
    const n = project.partners.partners.length + 1;
    await user.click(screen.getByRole('button', { name: 'Ajouter un partenaire' }));
    const added = screen.getByRole('group', { name: `Partenaire ${n}` });
    expect(within(added).getByRole('button', { name: `Partenaire ${n}` })).toHaveAttribute('aria-expanded', 'true');
    expect(within(added).getByLabelText(/Nom de l’organisation/)).toHaveFocus();
    await user.click(screen.getByRole('button', { name: `Retirer Partenaire ${n}` }));
    const second = screen.getByRole('group', { name: 'Partenaire 2' });
    expect(within(second).queryByLabelText(/Ce que ce partenaire apporte/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Enregistrer et continuer' }));
    const field = within(second).getByLabelText(/Ce que ce partenaire apporte/);
    await waitFor(() => expect(field).toHaveFocus());
    expect(field).toBeVisible();
    // The summary names whose field it is.
    const name = project.partners.partners[1]!.name;
    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByRole('link', { name: new RegExp(`^${name} — Ce que ce partenaire apporte`) }),
    ).toBeInTheDocument();
  });

  it('starts an empty project with both partners open', () => {
    renderWizard(createEmptyProject());
    for (const n of [1, 2]) {
      const card = screen.getByRole('group', { name: `Partenaire ${n}` });
      expect(within(card).getByRole('button', { name: `Partenaire ${n}` })).toHaveAttribute('aria-expanded', 'true');
    }
  });

  it('folds each titled risk to "title · level"', async () => {
    const project = completeProject();
    const { user } = renderWizard(project, 'impacts');
    const risk = project.impacts.risks[0]!;
    const card = screen.getByRole('group', { name: 'Risque 1' });
    const button = toggleOf(card);
    expect(button).toHaveAccessibleName(
      new RegExp(`^Risque 1 — ${risk.title} · niveau\\s: (Faible|Modéré|Élevé|Critique)$`),
    );
    expect(within(card).queryByLabelText(/Mesures/)).toBeNull();
    await user.click(button);
    expect(within(card).getByLabelText(/Mesures/)).toBeVisible();
  });

  it('folds the zone to its countries and the South impacts to a count', async () => {
    const project = completeProject();
    const { unmount } = renderWizard(project);
    const zone = screen.getByRole('group', { name: 'Zone d’intervention' });
    expect(
      within(zone).getByRole('button', {
        name: new RegExp(`^Zone d’intervention — ${project.partners.zone.countries}`),
      }),
    ).toHaveAttribute('aria-expanded', 'false');
    unmount();
    renderWizard(project, 'impacts');
    const n = project.impacts.southImpacts.length;
    expect(
      screen.getByRole('button', { name: new RegExp(`^Impacts au Sud — ${n} impacts? cochés?$`) }),
    ).toHaveAttribute('aria-expanded', n === 0 ? 'true' : 'false');
  });

  it('folds the risk catalogue once three risks are listed', async () => {
    const project = completeProject();
    const risk = project.impacts.risks[0]!;
    const risks = [risk, { ...risk, id: 'r2' }, { ...risk, id: 'r3' }];
    const { user } = renderWizard({ ...project, impacts: { ...project.impacts, risks } }, 'impacts');
    const fold = screen.getByRole('button', { name: 'Partir des risques que liste le guide' });
    expect(fold).toHaveAttribute('aria-expanded', 'false');
    await user.click(fold);
    expect(screen.getByLabelText('Risque listé par le guide')).toBeVisible();
  });
});
