import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { completeProject } from '../../../tests/fixtures/project';
import { renderWizard } from '../../../tests/setup/render-wizard';

/** The summary's links, as their text reads (no-break spaces kept). */
async function summaryLinks(): Promise<string[]> {
  const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
  const links = await within(alert).findAllByRole('link');
  return links.map((a) => a.textContent ?? '');
}

describe('the error summary names each field as a reader would say it', () => {
  it('a risk left without its owner: « Risque 2 — Responsable », asked to choose, in French only', async () => {
    const { user } = renderWizard(completeProject(), 'impacts');
    await user.click(screen.getByRole('button', { name: 'Ajouter un risque' }));
    await user.type(within(screen.getByRole('group', { name: 'Risque 2' })).getByLabelText(/^Intitulé/), 'Retards');
    await user.click(screen.getByRole('button', { name: 'Enregistrer et relire la charte' }));
    const links = await summaryLinks();
    expect(links.join('\n')).not.toMatch(/Too small|expected|Invalid input/);
    expect(links).toContainEqual(expect.stringMatching(/^Risque 2 — Responsable \(obligatoire\)\u00a0: Choisissez/));
  });

  it('a contribution’s field says which contribution: « Apport 1 — … »', async () => {
    const project = completeProject();
    const agreement = project.framework.agreement;
    const staff = {
      id: 'c1',
      partnerId: project.partners.partners[1]!.id,
      kind: 'staffTime' as const,
      description: 'Un ingénieur',
      amount: null,
      days: null,
      dailyRate: 400,
    };
    const broken = {
      ...project,
      framework: { ...project.framework, agreement: { ...agreement, contributions: [staff] } },
    };
    const { user } = renderWizard(broken, 'framework');
    await user.click(screen.getByRole('button', { name: 'Enregistrer et continuer' }));
    expect(await summaryLinks()).toContainEqual(
      expect.stringMatching(/^Apport 1 — Nombre de jours \(obligatoire\)\u00a0: Ce champ est obligatoire\.$/),
    );
  });

  it('a partner’s field is named after the partner, never glued to the label (« … par d’Eau Vive »)', async () => {
    const project = completeProject();
    const [first, ...rest] = project.motivations.byPartner;
    const broken = {
      ...project,
      motivations: { ...project.motivations, byPartner: [{ ...first!, motivations: '' }, ...rest] },
    };
    const { user } = renderWizard(broken, 'motivations');
    await user.click(screen.getByRole('button', { name: 'Enregistrer et continuer' }));
    const name = project.partners.partners.find((p) => p.id === first!.partnerId)!.name;
    expect(await summaryLinks()).toContainEqual(`${name} — Motivations (obligatoire)\u00a0: Ce champ est obligatoire.`);
  });

  it('in English, with English punctuation', async () => {
    const project = completeProject();
    const { user } = renderWizard({ ...project, partners: { ...project.partners, title: '' } }, 'partners', 'en');
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
    expect(await summaryLinks()).toContainEqual('Title of the partnership (required): This field is required.');
  });
});
