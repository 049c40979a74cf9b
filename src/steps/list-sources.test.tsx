import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { completeProject } from '../../tests/fixtures/project';
import { renderWizard } from '../../tests/setup/render-wizard';

// Each list of answers says where it comes from under its answers, and each answer taken
// from another document than the rest of the list says so after its label
// (content/catalogue-sources.ts).
describe('the lists of answers say where they come from', () => {
  it('credits the forms of partnership to the guide, and three of them to Le RAMEAU', async () => {
    renderWizard(completeProject(), 'partners');
    const kinds = await screen.findByRole('group', { name: /^Formes de partenariat envisagées/ });
    expect(
      within(kinds).getByText(/^Source\s*: le guide, «\s*Identifier les partenaires\s*», sauf mention$/),
    ).toBeVisible();
    for (const name of ['Pratiques responsables', 'Coopération économique', 'Innovation sociétale'])
      expect(within(kinds).getByRole('checkbox', { name })).toHaveAccessibleDescription('(Le RAMEAU)');
    expect(within(kinds).getByRole('checkbox', { name: 'Mécénat financier' })).toHaveAccessibleDescription('');
    const directions = screen.getByRole('group', { name: /^Orientation du projet/ });
    expect(within(directions).getByRole('checkbox', { name: 'Développement local' })).toHaveAccessibleDescription(
      '(suggestion de Cocharte)',
    );
    expect(within(directions).getByRole('checkbox', { name: 'Import en France' })).toHaveAccessibleDescription(
      /^\(le guide, «\s*Pratiques inspirantes pour l’import vers la France\s*»\)$/,
    );
  });

  it('credits the expected effects to the guide’s two sections, and the South’s impacts to the guide', async () => {
    const { user } = renderWizard(completeProject(), 'impacts');
    const effects = await screen.findByRole('group', { name: /^Effets attendus par chaque partenaire/ });
    await user.click(within(effects).getAllByRole('button', { expanded: false })[0]!);
    const first = within(effects).getAllByRole('group', { name: /^Effets attendus par / })[0]!;
    expect(
      within(first).getByText(/^Source\s*: le guide, «\s*Envisager tous les impacts\s*», sauf mention$/),
    ).toBeVisible();
    const description = (c: HTMLElement) =>
      document.getElementById(c.getAttribute('aria-describedby') ?? '')?.textContent ?? '';
    const marked = within(first)
      .getAllByRole('checkbox')
      .filter((c) => /Impacts sur les associations/.test(description(c)));
    expect(marked).toHaveLength(2);
    const southCard = screen.getByRole('group', { name: 'Impacts au Sud' });
    await user.click(within(southCard).getByRole('button', { expanded: false }));
    const south = screen.getByRole('group', { name: /^Impacts attendus au Sud/ });
    expect(within(south).getByText(/^Source\s*: le guide, «\s*Impacts dans les pays du Sud\s*»$/)).toBeVisible();
  });

  it('says that the list of values is Cocharte’s', async () => {
    renderWizard(completeProject(), 'motivations');
    const shared = await screen.findByRole('group', { name: /^Valeurs partagées/ });
    expect(within(shared).getByText('Suggestion de Cocharte (ne vient pas du guide)')).toBeVisible();
  });
});
