import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { completeProject, signedByAll } from '../../../tests/fixtures/project';
import { renderWizard } from '../../../tests/setup/render-wizard';
import { createEmptyProject } from '../../domain/new-project';
import { missingItems } from '../../domain/completeness';

describe('review', () => {
  it('lists what is missing, step by step, with a link to fix each gap', async () => {
    const p = completeProject();
    const project = { ...p, framework: { ...p.framework, purpose: '' }, impacts: { ...p.impacts, risks: [] } };
    const { user } = renderWizard(project, 'review');
    expect(screen.getByRole('heading', { name: /Encore 2 points à compléter/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Passer à la signature' })).toHaveAttribute('aria-disabled', 'true');
    await user.click(screen.getByRole('button', { name: /Compléter l’étape «.Définir le cadre.»/ }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Définir le cadre' })).toBeInTheDocument();
  });

  it('shows the guide for the review and the warnings still open', () => {
    const p = completeProject();
    const risks = p.impacts.risks.map((r) => ({ ...r, likelihood: 4, severity: 4, response: 'accept' as const }));
    renderWizard({ ...p, impacts: { ...p.impacts, risks } }, 'review');
    expect(
      screen.getByRole('button', { name: 'Conseils de Cocharte pour cette étape', expanded: true }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Revoir l’étape «.Impacts et risques.»/ })).toBeInTheDocument();
  });

  it('gives focus back to the button that opened the charter’s web page when the user comes back', async () => {
    const { user } = renderWizard(completeProject(), 'review');
    await user.click(screen.getByRole('button', { name: /^Lire la charte en page web/ }));
    await user.click(await screen.findByRole('button', { name: 'Revenir à la relecture' }));
    expect(await screen.findByRole('button', { name: /^Lire la charte en page web/ })).toHaveFocus();
  });

  it('shows the charter’s web page under the screen’s own title: its title is a level-2 heading, no second h1', async () => {
    const { user } = renderWizard(completeProject(), 'review');
    await user.click(screen.getByRole('button', { name: /^Lire la charte en page web/ }));
    const page = await screen.findByRole('article', {}, { timeout: 15_000 });
    expect(within(page).queryAllByRole('heading', { level: 1 })).toEqual([]);
    expect(within(page).getByRole('heading', { level: 2, name: /riz équitable/ })).toBeVisible();
    expect(within(page).getByRole('heading', { level: 3, name: 'Article 1 — Les parties' })).toBeVisible();
  });

  it('lists dates to confirm once, as a point to settle, and never calls their step complete', () => {
    const p = completeProject();
    const milestones = [{ id: 'm0', date: '2025-09-30', title: 'Lancement', partnerId: '' }];
    renderWizard({ ...p, followUp: { ...p.followUp, milestones } }, 'review');
    expect(screen.getByRole('heading', { name: /Encore 1\spoint à compléter/ })).toBeVisible();
    // Not also among the « points d’attention », which « do not prevent signing ».
    expect(screen.queryByText(/Des dates du suivi se contredisent/)).toBeNull();
    expect(screen.getByText('La signature sera possible quand les points ci-dessus seront réglés.')).toBeVisible();
    const stepper = screen.getByRole('navigation', { name: 'Étapes de la charte' });
    expect(within(stepper).getByRole('button', { name: /Définir le cadre/ })).toHaveAccessibleName(/incomplète/);
  });

  it('takes the user to the very box that confirms the dates, not to the top of the step', async () => {
    const p = completeProject();
    const milestones = [{ id: 'm0', date: '2025-09-30', title: 'Lancement', partnerId: '' }];
    const { user } = renderWizard({ ...p, followUp: { ...p.followUp, milestones } }, 'review');
    await user.click(screen.getByRole('button', { name: /^Compléter l’étape «.Définir le cadre.»/ }));
    await waitFor(() => expect(screen.getByRole('checkbox', { name: /Nous avons vérifié ces dates/ })).toHaveFocus());
  });

  it('lands on a missing field far down the first step, drawn at once for it (not after the step’s top)', async () => {
    const p = completeProject();
    const partners = p.partners.partners.map((x, i) => (i === 1 ? { ...x, contactName: '' } : x));
    const { user } = renderWizard({ ...p, partners: { ...p.partners, partners } }, 'review');
    await user.click(screen.getByRole('button', { name: /^Compléter l’étape «.Identifier les partenaires.»/ }));
    await waitFor(() => expect(document.activeElement).toHaveAccessibleName(/^Personne de contact/));
    expect(document.activeElement!.closest('fieldset')).toHaveAccessibleName(/^Partenaire 2/);
  });

  it('lands on the follow-up’s last field when it is the one missing (drawn at once for it)', async () => {
    const p = completeProject();
    const { user } = renderWizard({ ...p, followUp: { ...p.followUp, difficultyProcess: '' } }, 'review');
    await user.click(screen.getByRole('button', { name: /^Compléter l’étape «.Suivi dans le temps.»/ }));
    await waitFor(() => expect(document.activeElement?.id).toBe('f-difficultyProcess'));
    expect(document.activeElement).toHaveAccessibleName(/^Traitement des difficultés/);
  });

  it('opens a folded card to reach the missing field inside it', async () => {
    const p = completeProject();
    const [first] = p.impacts.risks;
    const risks = [first!, { ...first!, id: 'r-second', title: 'Retard de paiement', mitigation: '' }];
    const { user } = renderWizard({ ...p, impacts: { ...p.impacts, risks } }, 'review');
    await user.click(screen.getByRole('button', { name: /^Compléter l’étape «.Impacts et risques.»/ }));
    await waitFor(() => expect(document.activeElement).toHaveAccessibleName(/^Mesures de maîtrise/));
    const card = document.activeElement!.closest('fieldset')!;
    expect(card).toHaveAccessibleName(/Risque 2/);
    // The other filled card stays folded.
    expect(screen.getByRole('group', { name: /Risque 1/ }).querySelector('[aria-expanded]')).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  });

  it('opens the folded clause whose setting is missing, then focuses it', async () => {
    const p = completeProject();
    const agreement = { ...p.framework.agreement, noticeDays: 3 };
    const { user } = renderWizard({ ...p, framework: { ...p.framework, agreement } }, 'review');
    await user.click(screen.getByRole('button', { name: /^Compléter l’étape «.Définir le cadre.»/ }));
    await waitFor(() => expect(document.activeElement).toHaveAccessibleName(/^Délai pour remédier/));
  });

  it('speaks of the warnings still open as things to follow, not to settle before signing, once signed', () => {
    const p = completeProject();
    const risks = p.impacts.risks.map((r) => ({ ...r, likelihood: 4, severity: 4, response: 'accept' as const }));
    renderWizard(signedByAll({ ...p, impacts: { ...p.impacts, risks } }), 'review');
    expect(screen.queryByText(/avant de signer/)).toBeNull();
    expect(screen.getByText(/La charte est signée\s: ces points restent à suivre ensemble/)).toBeVisible();
  });

  it('says the charter is signed, not that the partners can go on to sign it, once co-signed', () => {
    renderWizard(signedByAll(completeProject()), 'review');
    expect(screen.getByText('La charte est signée par tous les partenaires.')).toBeVisible();
    expect(screen.queryByText(/vous pouvez passer à la signature/)).toBeNull();
  });

  it('keeps the documents in the language a partner signed them in, and says why', () => {
    renderWizard(signedByAll(completeProject()), 'review');
    const select = screen.getByRole('combobox', { name: 'Langue des documents' });
    expect(select).toBeDisabled();
    expect(select).toHaveAccessibleDescription(/signée dans cette langue/);
    expect(screen.getByRole('checkbox', { name: /bilingue/i })).toBeEnabled();
  });

  it('heads the risk table’s columns with plain names (no « Niveau : »)', () => {
    renderWizard(completeProject(), 'review');
    const table = screen.getByRole('table', { name: 'Risques' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Intitulé du risque', 'Niveau', 'Responsable', 'Date de revue']);
  });

  it('says the charter is complete and opens signing', async () => {
    const { user } = renderWizard(completeProject(), 'review');
    expect(screen.getByText(/La charte est complète/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Passer à la signature' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Signature' })).toBeInTheDocument();
  });

  it('shows the content fingerprint and asks for the PDFs in the document language', async () => {
    const { user, generatePdf, deliverPdf } = renderWizard(completeProject(), 'review');
    expect(await screen.findByText(/^[0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}$/)).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Langue des documents'), 'en');
    await user.click(screen.getByRole('button', { name: 'Télécharger la grille des risques seule (PDF)' }));
    await waitFor(() => expect(deliverPdf).toHaveBeenCalled());
    expect(generatePdf).toHaveBeenCalledWith(expect.objectContaining({ kind: 'risks', locale: 'en' }));
  });

  it('finds nothing missing in a complete project and everything in an empty one', () => {
    expect(missingItems(completeProject())).toEqual([]);
    const steps = new Set(missingItems(createEmptyProject()).map((m) => m.step));
    expect([...steps]).toEqual(['partners', 'motivations', 'framework', 'followUp', 'impacts']);
  });
});
