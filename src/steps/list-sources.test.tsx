import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { completeProject } from '../../tests/fixtures/project';
import { renderWizard } from '../../tests/setup/render-wizard';

// Each list of answers says where it comes from, and names the items taken from another
// document than the rest of the list (content/catalogue-sources.ts).
describe('the lists of answers say where they come from', () => {
  it('credits the forms of partnership to the guide, and three of them to Le RAMEAU', async () => {
    renderWizard(completeProject(), 'partners');
    const kinds = await screen.findByRole('group', { name: /^Formes de partenariat envisagées/ });
    expect(within(kinds).getByText(/^Source\s*: le guide, «\s*Identifier les partenaires\s*»$/)).toBeVisible();
    const rameau = within(kinds).getByText(/^Sauf .* — Source\s*: Le RAMEAU/);
    for (const label of ['Pratiques responsables', 'Coopération économique', 'Innovation sociétale'])
      expect(rameau).toHaveTextContent(new RegExp(`«\\s*${label}`, 'i'));
    const directions = screen.getByRole('group', { name: /^Orientation du projet/ });
    expect(within(directions).getByText(/^Sauf «\s*Développement local\s*» — Suggestion de Cocharte/)).toBeVisible();
  });

  it('credits the expected effects to the guide’s two sections, and the values to Cocharte', async () => {
    const { user } = renderWizard(completeProject(), 'impacts');
    const effects = await screen.findByRole('group', { name: /^Effets attendus par chaque partenaire/ });
    expect(within(effects).getAllByText(/^Source\s*: le guide, «\s*Envisager tous les impacts\s*»$/)[0]).toBeVisible();
    expect(
      within(effects).getAllByText(/^Sauf .* — Source\s*: le guide, «\s*Impacts sur les associations\s*»$/)[0],
    ).toBeVisible();
    const southCard = screen.getByRole('group', { name: 'Impacts au Sud' });
    const toggle = within(southCard).getByRole('button', { expanded: false });
    await user.click(toggle);
    const south = screen.getByRole('group', { name: /^Impacts attendus au Sud/ });
    expect(within(south).getByText(/^Source\s*: le guide, «\s*Impacts dans les pays du Sud\s*»$/)).toBeVisible();
  });

  it('says that the list of values is Cocharte’s', async () => {
    renderWizard(completeProject(), 'motivations');
    const shared = await screen.findByRole('group', { name: /^Valeurs partagées/ });
    expect(within(shared).getByText('Suggestion de Cocharte (ne vient pas du guide)')).toBeVisible();
  });
});
