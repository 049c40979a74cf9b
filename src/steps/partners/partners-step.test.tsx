import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { completeProject } from '../../../tests/fixtures/project';
import { renderWizard } from '../../../tests/setup/render-wizard';
import { LIMITS } from '../../schemas/fields';
import { createEmptyProject } from '../../domain/new-project';

async function fillPartner(user: ReturnType<typeof renderWizard>['user'], n: number, name: string) {
  const card = screen.getByRole('group', { name: `Partenaire ${n}` });
  await user.type(within(card).getByLabelText(/Nom de l’organisation/), name);
  await user.type(within(card).getByLabelText(/^Pays/), 'France');
  await user.type(within(card).getByLabelText(/^Personne de contact/), 'Élise Guérin');
  await user.type(within(card).getByLabelText(/^E-mail/), 'elise@example.org');
  await user.type(within(card).getByLabelText(/Ce que ce partenaire apporte/), 'Du savoir-faire.');
}

describe('step 1 — identify the partners', () => {
  it('shows required-field errors beside the fields and announces them', async () => {
    const { user } = renderWizard(createEmptyProject());
    await user.click(screen.getByRole('button', { name: 'Enregistrer et continuer' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/Le formulaire contient \d+ erreur/);
    const title = screen.getByLabelText(/Titre du partenariat/);
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription(expect.stringContaining('Ce champ est obligatoire.'));
    expect(screen.getByRole('heading', { level: 2, name: 'Identifier les partenaires' })).toBeInTheDocument();
  });

  it('rejects a malformed e-mail with a precise message', async () => {
    const { user } = renderWizard(createEmptyProject());
    const card = screen.getByRole('group', { name: 'Partenaire 1' });
    await user.type(within(card).getByLabelText(/^E-mail/), 'elise@');
    await user.click(screen.getByRole('button', { name: 'Enregistrer et continuer' }));
    expect(await within(card).findByText(/Saisissez une adresse e-mail valide/)).toBeInTheDocument();
  });

  it('says what the limit is when a pasted text is too long', async () => {
    const { user } = renderWizard(createEmptyProject());
    const card = screen.getByRole('group', { name: 'Partenaire 1' });
    const field = within(card).getByLabelText(/^Ce que ce partenaire apporte/);
    await user.click(field);
    await user.paste('x'.repeat(LIMITS.text + 1));
    await user.click(screen.getByRole('button', { name: 'Enregistrer et continuer' }));
    const limit = `Ce texte dépasse la limite de ${new Intl.NumberFormat('fr-FR').format(LIMITS.text)} caractères.`;
    // Under the field (its description) and in the form's error summary.
    await waitFor(() => expect(field).toHaveAccessibleDescription(expect.stringContaining(limit)));
    expect(
      screen.getByRole('link', { name: new RegExp(`^Partenaire 1 — Ce que ce partenaire apporte.*: ${limit}`) }),
    ).toBeVisible();
  });

  it('adds and removes partners', async () => {
    const { user } = renderWizard(createEmptyProject());
    await user.click(screen.getByRole('button', { name: 'Ajouter un partenaire' }));
    const third = screen.getByRole('group', { name: 'Partenaire 3' });
    expect(within(third).getByLabelText(/Type d’organisation/)).toHaveValue('southern');
    expect(within(third).getByLabelText(/Nom de l’organisation/)).toHaveFocus();
    // A name typed in Arabic starts at the right of its field.
    expect(within(third).getByLabelText(/Nom de l’organisation/)).toHaveAttribute('dir', 'auto');
    await user.type(within(third).getByLabelText(/Nom de l’organisation/), 'Hợp tác xã Sao Biển');
    await user.click(screen.getByRole('button', { name: 'Retirer Hợp tác xã Sao Biển' }));
    await user.click(screen.getByRole('button', { name: 'Oui, retirer Hợp tác xã Sao Biển' }));
    expect(screen.queryByRole('group', { name: 'Partenaire 3' })).not.toBeInTheDocument();
    // The focus stays in the list, on the partner before (the button pressed went with its card).
    expect(
      within(screen.getByRole('group', { name: 'Partenaire 2' })).getByLabelText(/Nom de l’organisation/),
    ).toHaveFocus();
  });

  it('asks before removing a named partner, saying what goes with it in the other steps', async () => {
    const { user } = renderWizard(completeProject());
    const third = completeProject().partners.partners[2]!;
    await user.click(screen.getByRole('button', { name: new RegExp(`^Partenaire 3 — ${third.name}`) }));
    await user.click(screen.getByRole('button', { name: `Retirer ${third.name}` }));
    const question = screen.getByText(/Ses motivations \(étape 2\), son rôle \(étape 3\)/);
    expect(question).toHaveFocus();
    expect(question.textContent).toMatch(new RegExp(`^Retirer ${third.name}\u00a0\\?`));
    // « Garder » keeps it, and gives the focus back to the button that asked.
    await user.click(screen.getByRole('button', { name: `Garder ${third.name}` }));
    expect(screen.getByRole('group', { name: 'Partenaire 3' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: `Retirer ${third.name}` })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: `Retirer ${third.name}` }));
    await user.click(screen.getByRole('button', { name: `Oui, retirer ${third.name}` }));
    expect(screen.queryByRole('group', { name: 'Partenaire 3' })).toBeNull();
  });

  it('hands the focus to the folded card now in its place when a partner is removed', async () => {
    const { user } = renderWizard(completeProject());
    const [first] = completeProject().partners.partners;
    await user.click(screen.getByRole('button', { name: new RegExp(`^Partenaire 1 — ${first!.name}`) }));
    await user.click(screen.getByRole('button', { name: `Retirer ${first!.name}` }));
    await user.click(screen.getByRole('button', { name: `Oui, retirer ${first!.name}` }));
    const now = screen.getByRole('group', { name: 'Partenaire 1' });
    expect(within(now).getByRole('button', { expanded: false })).toHaveFocus();
  });

  it('requires an association and a company', async () => {
    const { user } = renderWizard(createEmptyProject());
    const second = screen.getByRole('group', { name: 'Partenaire 2' });
    await user.selectOptions(within(second).getByLabelText(/Type d’organisation/), 'association');
    await user.click(screen.getByRole('button', { name: 'Enregistrer et continuer' }));
    expect(
      (await screen.findAllByText('Le partenariat réunit au moins une association et une entreprise.')).length,
    ).toBeGreaterThan(0);
  });

  it('moves to step 2 with valid data and focuses its heading', async () => {
    const { user, actor } = renderWizard(createEmptyProject());
    await user.type(screen.getByLabelText(/Titre du partenariat/), 'Filière « riz »');
    await fillPartner(user, 1, 'Solidarités Loire');
    await fillPartner(user, 2, 'Coopérative Œuvre & Sol');
    await user.type(screen.getByLabelText(/Expertises et compétences/), 'Agronomie');
    await user.type(screen.getByLabelText(/Pays concernés/), 'Viêt Nam');
    await user.click(screen.getByRole('checkbox', { name: 'Coopération économique' }));
    await user.click(screen.getByRole('checkbox', { name: 'Import en France' }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer et continuer' }));
    const heading = await screen.findByRole('heading', { level: 2, name: 'Motivations et connaissance mutuelle' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(actor().getSnapshot().context.project.partners.partners[1]?.name).toBe('Coopérative Œuvre & Sol');
    expect(screen.getByRole('group', { name: 'Solidarités Loire' })).toBeInTheDocument();
  });

  it('autosaves what is typed before the step is submitted', async () => {
    const { user, actor } = renderWizard(createEmptyProject());
    await user.type(screen.getByLabelText(/Titre du partenariat/), 'Brouillon');
    await waitFor(() => expect(actor().getSnapshot().context.project.partners.title).toBe('Brouillon'));
  });
});

describe('step 1 — reaching a partner', () => {
  it('takes a phone or messaging number instead of an e-mail, and asks for one of the two', async () => {
    const { user, actor } = renderWizard(createEmptyProject());
    const card = screen.getByRole('group', { name: 'Partenaire 2' });
    await user.click(screen.getByRole('button', { name: 'Enregistrer et continuer' }));
    const mail = within(card).getByLabelText(/^E-mail/);
    expect(mail).toHaveAccessibleDescription(
      expect.stringContaining('Indiquez un e-mail ou un numéro de téléphone pour joindre ce partenaire.'),
    );
    const phone = within(card).getByLabelText(/^Téléphone ou messagerie/);
    expect(phone).toHaveAttribute('type', 'tel');
    await user.type(phone, '+84 90 123 45 67');
    await waitFor(() => expect(mail).toHaveAttribute('aria-invalid', 'false'));
    await waitFor(() =>
      expect(actor().getSnapshot().context.project.partners.partners[1]?.contactPhone).toBe('+84 90 123 45 67'),
    );
  });
});
