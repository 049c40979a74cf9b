import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { completeProject } from '../../../tests/fixtures/project';
import { renderWizard } from '../../../tests/setup/render-wizard';
import { createEmptyProject } from '../../domain/new-project';

describe('step 2 — motivations and mutual knowledge', () => {
  it('gives each partner its own card, named after it', () => {
    renderWizard(completeProject(), 'motivations');
    for (const name of ['Solidarités Loire', 'Coopérative Œuvre & Sol', 'Hợp tác xã Sao Biển']) {
      expect(screen.getByRole('group', { name })).toBeInTheDocument();
    }
  });

  it('requires motivations, expectations, skills and at least one shared value', async () => {
    const p = completeProject();
    const project = { ...p, motivations: createEmptyProject().motivations };
    const { user } = renderWizard(project, 'motivations');
    await user.click(screen.getByRole('button', { name: 'Enregistrer et continuer' }));
    const card = screen.getByRole('group', { name: 'Solidarités Loire' });
    expect(within(card).getByLabelText(/^Motivations/)).toHaveAccessibleDescription(
      expect.stringContaining('Ce champ est obligatoire.'),
    );
    expect(screen.getByRole('group', { name: /Valeurs partagées/ })).toHaveAccessibleDescription(
      expect.stringContaining('Choisissez au moins une option.'),
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Motivations et connaissance mutuelle' })).toBeInTheDocument();
    // The summary names whose field is wrong, instead of "Motivations" three times.
    const summary = within(screen.getByRole('alert'));
    for (const whose of ['Solidarités Loire', 'Coopérative Œuvre & Sol', 'Hợp tác xã Sao Biển']) {
      expect(
        summary.getByRole('link', { name: new RegExp(`^${whose} — Motivations \\(obligatoire\\)`) }),
      ).toHaveAttribute('href', expect.stringContaining('motivations'));
    }
  });

  it('folds a written partner to its name and the start of its motivations', async () => {
    const { user } = renderWizard(completeProject(), 'motivations');
    const card = screen.getByRole('group', { name: 'Solidarités Loire' });
    const fold = within(card).getByRole('button', { name: /^Solidarités Loire — / });
    expect(fold).toHaveAttribute('aria-expanded', 'false');
    expect(within(card).queryByLabelText(/^Motivations/)).toBeNull();
    await user.click(fold);
    expect(within(card).getByLabelText(/^Motivations/)).toBeVisible();
  });

  it('goes back to step 1 without losing what was typed', async () => {
    const p = completeProject();
    const { user, actor } = renderWizard(p, 'motivations');
    const card = screen.getByRole('group', { name: 'Solidarités Loire' });
    // A written partner is folded: open it, as a user does, to change it.
    await user.click(within(card).getByRole('button', { expanded: false }));
    await user.clear(within(card).getByLabelText(/^Attentes/));
    await user.type(within(card).getByLabelText(/^Attentes/), 'Un prix juste');
    await user.click(screen.getByRole('button', { name: 'Étape précédente' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Identifier les partenaires' })).toBeInTheDocument();
    expect(actor().getSnapshot().context.project.motivations.byPartner[0]?.expectations).toBe('Un prix juste');
  });

  it('moves on to the framework with valid data', async () => {
    const { user } = renderWizard(completeProject(), 'motivations');
    await user.click(screen.getByRole('button', { name: 'Enregistrer et continuer' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Définir le cadre' })).toBeInTheDocument();
  });
});
