import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { completeProject } from '../../../tests/fixtures/project';
import { renderWizard } from '../../../tests/setup/render-wizard';

describe('step 4 — follow-up over time', () => {
  it('needs an end date or a duration', async () => {
    const p = completeProject();
    const { user } = renderWizard({ ...p, followUp: { ...p.followUp, durationMonths: null, endDate: '' } }, 'followUp');
    await user.click(screen.getByRole('button', { name: 'Enregistrer et continuer' }));
    expect(screen.getByLabelText(/^Date de fin/)).toHaveAccessibleDescription(
      expect.stringContaining('Indiquez une date de fin ou une durée.'),
    );
  });

  it('refuses an end date before the start', async () => {
    const p = completeProject();
    const { user } = renderWizard(p, 'followUp');
    await user.type(screen.getByLabelText(/^Date de fin/), '2025-01-01');
    await user.click(screen.getByRole('button', { name: 'Enregistrer et continuer' }));
    expect(await screen.findAllByText('La date de fin précède la date de début.')).not.toHaveLength(0);
  });

  it('points at a start date whose year was typed short, here and among the points to talk over before signing', async () => {
    const p = completeProject();
    const { user } = renderWizard(p, 'followUp');
    const start = screen.getByLabelText(/^Date de début/);
    await user.clear(start);
    await user.type(start, '0020-03-15');
    // The form hands its changes to the machine after a pause in typing; the hint follows.
    expect(
      await screen.findByText(/^La date 0020-03-15 a une année inhabituelle/, {}, { timeout: 5000 }),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Enregistrer et continuer' }));
    await user.click(await screen.findByRole('button', { name: 'Enregistrer et relire la charte' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Relecture' })).toBeInTheDocument();
    expect(screen.getByText(/^La date 0020-03-15 a une année inhabituelle/)).toBeVisible();
  });

  it('adds, fills and removes milestones and indicators', async () => {
    const p = completeProject();
    const { user, actor } = renderWizard(
      { ...p, followUp: { ...p.followUp, milestones: [], indicators: [] } },
      'followUp',
    );
    await user.click(screen.getByRole('button', { name: 'Ajouter un jalon' }));
    const milestone = screen.getByRole('group', { name: 'Jalon 1' });
    expect(within(milestone).getByLabelText(/^Date du jalon/)).toHaveFocus();
    await user.type(within(milestone).getByLabelText(/^Date du jalon/), '2026-06-30');
    await user.type(within(milestone).getByLabelText(/^Ce qui doit être atteint/), 'Première récolte');
    await user.selectOptions(within(milestone).getByLabelText(/^Partenaire responsable/), 'Hợp tác xã Sao Biển');
    await user.click(screen.getByRole('button', { name: 'Ajouter un indicateur' }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer et continuer' }));
    // The empty indicator blocks the step until it is filled or removed.
    expect(screen.getByRole('heading', { level: 2, name: 'Suivi dans le temps' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retirer l’indicateur 1' }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer et continuer' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Impacts et risques' })).toBeInTheDocument();
    expect(actor().getSnapshot().context.project.followUp.milestones).toEqual([
      expect.objectContaining({ date: '2026-06-30', title: 'Première récolte', partnerId: 'south' }),
    ]);
  });

  it('keeps the focus in the list when a row goes: on the row now in its place, the one before, or « Ajouter »', async () => {
    const p = completeProject();
    const milestones = [
      { id: 'm1', date: '2026-03-31', title: 'Lancement', partnerId: '' },
      { id: 'm2', date: '2026-06-30', title: 'Première récolte', partnerId: '' },
    ];
    const { user } = renderWizard({ ...p, followUp: { ...p.followUp, milestones } }, 'followUp');
    await user.click(screen.getByRole('button', { name: 'Retirer le jalon 1' }));
    // « Première récolte » is now the first milestone, and its first field has the focus.
    expect(
      within(screen.getByRole('group', { name: 'Jalon 1' })).getByLabelText(/^Ce qui doit être atteint/),
    ).toHaveValue('Première récolte');
    expect(within(screen.getByRole('group', { name: 'Jalon 1' })).getByLabelText(/^Date du jalon/)).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Retirer le jalon 1' }));
    expect(screen.queryByRole('group', { name: 'Jalon 1' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Ajouter un jalon' })).toHaveFocus();
  });
});
