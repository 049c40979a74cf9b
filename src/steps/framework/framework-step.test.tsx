import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { completeProject } from '../../../tests/fixtures/project';
import { renderWizard } from '../../../tests/setup/render-wizard';

describe('step 3 — the framework', () => {
  it('asks each partner for its role, commitments and internal validation', async () => {
    const p = completeProject();
    const roles = p.framework.roles.map((r) => ({ ...r, role: '', validatedBy: '' }));
    const { user } = renderWizard({ ...p, framework: { ...p.framework, roles, purpose: '' } }, 'framework');
    await user.click(screen.getByRole('button', { name: 'Enregistrer et continuer' }));
    const card = screen.getByRole('group', { name: 'Rôle et engagements de Coopérative Œuvre & Sol' });
    expect(within(card).getByLabelText(/^Rôle dans le projet/)).toHaveAttribute('aria-invalid', 'true');
    expect(within(card).getByLabelText(/^Validation interne/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText(/^Objet du partenariat/)).toHaveAccessibleDescription(
      expect.stringContaining('Ce champ est obligatoire.'),
    );
  });

  it('lets the internal validation date stay open', async () => {
    const p = completeProject();
    const { user } = renderWizard(p, 'framework');
    const card = screen.getByRole('group', { name: 'Rôle et engagements de Solidarités Loire' });
    await user.click(within(card).getByRole('button', { expanded: false }));
    const date = within(card).getByLabelText(/^Date de validation interne/);
    await user.clear(date);
    await user.click(screen.getByRole('button', { name: 'Enregistrer et continuer' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Suivi dans le temps' })).toBeInTheDocument();
  });

  it('moves on to the follow-up with valid data', async () => {
    const { user } = renderWizard(completeProject(), 'framework');
    await user.click(screen.getByRole('button', { name: 'Enregistrer et continuer' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Suivi dans le temps' })).toBeInTheDocument();
  });
});
