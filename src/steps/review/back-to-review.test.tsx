import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { completeProject } from '../../../tests/fixtures/project';
import { renderWizard } from '../../../tests/setup/render-wizard';

describe('review — fixing a missing item and coming back', () => {
  it('offers, on the step opened from the review, to go straight back to the review once the gap is filled', async () => {
    const p = completeProject();
    const { user } = renderWizard({ ...p, followUp: { ...p.followUp, difficultyProcess: '' } }, 'review');
    await user.click(screen.getByRole('button', { name: /^Compléter l’étape «.Suivi dans le temps.»/ }));
    await waitFor(() => expect(document.activeElement).toHaveAccessibleName(/^Traitement des difficultés/));
    await user.keyboard('Le comité de pilotage tranche dans le mois.');
    // Not « Enregistrer et continuer » to step 5, whose form would then have to be saved again.
    await user.click(screen.getByRole('button', { name: 'Revenir à la relecture' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Relecture' })).toBeInTheDocument();
    expect(screen.getByText(/La charte est complète/)).toBeInTheDocument();
  });

  it('keeps the usual way forward when the step is opened from the steps’ list', async () => {
    const { user } = renderWizard(completeProject(), 'review');
    await user.click(screen.getByRole('button', { name: /^Suivi dans le temps/ }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Suivi dans le temps' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Enregistrer et continuer' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Revenir à la relecture' })).toBeNull();
  });

  it('does not keep the way back once the user has gone elsewhere by the steps’ list', async () => {
    const p = completeProject();
    const { user } = renderWizard({ ...p, followUp: { ...p.followUp, difficultyProcess: '' } }, 'review');
    await user.click(screen.getByRole('button', { name: /^Compléter l’étape «.Suivi dans le temps.»/ }));
    await screen.findByRole('heading', { level: 2, name: 'Suivi dans le temps' });
    await user.click(screen.getByRole('button', { name: /^Définir le cadre/ }));
    await screen.findByRole('heading', { level: 2, name: 'Définir le cadre' });
    await user.click(screen.getByRole('button', { name: /^Suivi dans le temps/ }));
    await screen.findByRole('heading', { level: 2, name: 'Suivi dans le temps' });
    expect(screen.getByRole('button', { name: 'Enregistrer et continuer' })).toBeInTheDocument();
  });
});
