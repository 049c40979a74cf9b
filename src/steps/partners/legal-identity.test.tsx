import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { completeProject } from '../../../tests/fixtures/project';
import { renderWizard } from '../../../tests/setup/render-wizard';

describe('step 1 — each partner in law', () => {
  it('keeps the legal identity folded under the partner, apart from the contact person', async () => {
    const { user } = renderWizard(completeProject());
    const card = screen.getByRole('group', { name: 'Partenaire 2' });
    await user.click(within(card).getByRole('button', { name: /^Partenaire 2 —/ }));
    const toggle = within(card).getByRole('button', { name: 'Identité juridique du partenaire 2' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(within(card).getByLabelText('Nom du représentant légal')).toBeVisible();
    expect(within(card).getByLabelText(/^Personne de contact/)).toHaveValue('Marc Lefèvre');
  });

  it('refuses a SIRET whose check digit is wrong, says why beside the field, and keeps the user on the step', async () => {
    const { user } = renderWizard(completeProject());
    const card = screen.getByRole('group', { name: 'Partenaire 2' });
    await user.click(within(card).getByRole('button', { name: /^Partenaire 2 —/ }));
    await user.click(within(card).getByRole('button', { name: 'Identité juridique du partenaire 2' }));
    await user.selectOptions(within(card).getByLabelText('Immatriculation'), 'siret');
    const number = within(card).getByLabelText('Numéro d’immatriculation');
    await user.type(number, '732 829 320 00075');
    await user.click(screen.getByRole('button', { name: 'Enregistrer et continuer' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/Numéro SIRET non valide/);
    expect(number).toHaveAttribute('aria-invalid', 'true');
    expect(number).toHaveAccessibleDescription(expect.stringContaining('la clé de contrôle ne correspond pas'));
    expect(screen.getByRole('heading', { level: 2, name: 'Identifier les partenaires' })).toBeInTheDocument();

    await user.clear(number);
    await user.type(number, '732 829 320 00074');
    await user.click(screen.getByRole('button', { name: 'Enregistrer et continuer' }));
    expect(await screen.findByRole('heading', { level: 2, name: /Motivations/ })).toBeInTheDocument();
  });

  it('asks for the register’s name only for an identifier abroad, and saves what was typed', async () => {
    const { user, actor } = renderWizard(completeProject());
    const card = screen.getByRole('group', { name: 'Partenaire 3' });
    await user.click(within(card).getByRole('button', { name: /^Partenaire 3 —/ }));
    await user.click(within(card).getByRole('button', { name: 'Identité juridique du partenaire 3' }));
    expect(within(card).queryByLabelText('Nom du registre')).not.toBeInTheDocument();
    await user.selectOptions(within(card).getByLabelText('Immatriculation'), 'other');
    await user.type(within(card).getByLabelText('Nom du registre'), 'RCCM');
    await user.type(within(card).getByLabelText('Nom du représentant légal'), 'Nguyễn Thị Minh Khai');
    await user.click(screen.getByRole('button', { name: 'Enregistrer et continuer' }));
    await screen.findByRole('heading', { level: 2, name: /Motivations/ });
    const legal = actor().getSnapshot().context.project.partners.partners[2]?.legal;
    expect(legal).toMatchObject({
      registrationKind: 'other',
      registrationLabel: 'RCCM',
      representativeName: 'Nguyễn Thị Minh Khai',
    });
  });
});
