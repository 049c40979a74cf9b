import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWizard } from '../../../tests/setup/render-wizard';
import { createEmptyProject } from '../../domain/new-project';
import { createTranslator } from '../../i18n/i18n';

const fr = createTranslator('fr');

describe('step 1 — forms of partnership and public bodies, from the sources', () => {
  it('shows Le RAMEAU’s definitions, credited to Le RAMEAU, and no "common offer" sub-type', async () => {
    const { user } = renderWizard(createEmptyProject());
    // Folded to one line that says how many are ticked.
    const fold = screen.getByRole('button', { name: /^Précisez avec les catégories du RAMEAU.* — rien de coché$/ });
    expect(fold).toHaveAttribute('aria-expanded', 'false');
    await user.click(fold);
    const coop = screen.getByRole('group', { name: /^Coopération économique/ });
    expect(within(coop).getByText(fr('guide.rameau.economic-cooperation.definition'))).toBeInTheDocument();
    expect(within(coop).getAllByText(/^Source\s*: Le RAMEAU/).length).toBeGreaterThan(0);
    // "Une offre commune" defines the category; it is not one of its sub-types.
    expect(within(coop).queryByRole('checkbox', { name: /Offre commune/ })).not.toBeInTheDocument();
    expect(within(coop).getByRole('checkbox', { name: 'Consortium' })).toBeInTheDocument();
    // The economic-cooperation sheet, folded under the category.
    expect(within(coop).getByText('La coopération économique en pratique')).toBeInTheDocument();
    expect(within(coop).getByText(fr('guide.rameau.economic-sheet.1'))).toBeInTheDocument();
    const sponsorship = screen.getByRole('group', { name: /^Mécénat/ });
    expect(within(sponsorship).getByRole('checkbox', { name: 'Consolidation du secteur' })).toBeInTheDocument();
    const practices = screen.getByRole('group', { name: /^Pratiques responsables/ });
    await user.click(within(practices).getByRole('checkbox', { name: 'Sponsoring' }));
    expect(fold).toHaveAccessibleName(/— 1 case cochée$/);
  });

  it('tells what a public body can bring when a partner is one', async () => {
    const { user } = renderWizard(createEmptyProject());
    const card = screen.getByRole('group', { name: 'Partenaire 2' });
    expect(within(card).queryByText(fr('guide.publicBody.decentralised'))).not.toBeInTheDocument();
    await user.selectOptions(within(card).getByLabelText(/Type d’organisation/), 'public');
    const roles = within(card).getByRole('region', { name: 'Ce qu’un acteur public peut apporter' });
    expect(within(roles).getByText(fr('guide.publicBody.regional-economy'))).toBeInTheDocument();
    expect(within(roles).getAllByText(/^Source\s*: le guide, «\s*Profil des entreprises engagées\s*»$/)).toHaveLength(
      3,
    );
    expect(within(roles).getByText(/^Source\s*: atelier RESACOOP 2018/)).toBeInTheDocument();
  });

  it('says which heading of the guide each group of an association’s contributions comes from', async () => {
    const { user } = renderWizard(createEmptyProject());
    const first = screen.getByRole('group', { name: 'Partenaire 1' });
    await user.selectOptions(within(first).getByLabelText(/Type d’organisation/), 'association');
    const offers = within(first).getByRole('group', { name: 'Ce que l’association apporte à l’entreprise' });
    const [exportGroup, importGroup] = within(offers).getAllByRole('group');
    expect(
      within(exportGroup!).getByText(/^Source\s*: le guide, «\sPratiques inspirantes pour l’export vers le Sud\s»/),
    ).toBeVisible();
    expect(
      within(importGroup!).getByText(/^Source\s*: le guide, «\sPratiques inspirantes pour l’import vers la France\s»/),
    ).toBeVisible();
  });
});
