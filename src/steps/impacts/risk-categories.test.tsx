import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { completeProject } from '../../../tests/fixtures/project';
import { renderWizard } from '../../../tests/setup/render-wizard';
import { catalogueSourceOf } from '../../content/catalogue-sources';

describe('risk categories cover technical, operational and other risks', () => {
  it('offers them for a new risk, as Cocharte’s own categories', async () => {
    const { user, actor } = renderWizard(completeProject(), 'impacts');
    await user.click(screen.getByRole('button', { name: 'Ajouter un risque' }));
    const card = screen.getByRole('group', { name: 'Risque 2' });
    const category = within(card).getByLabelText(/^Catégorie/);
    for (const name of [/^Technique/, /^Opérationnel/, 'Autre'])
      expect(within(category).getByRole('option', { name })).toBeInTheDocument();
    await user.selectOptions(category, 'other');
    await user.type(within(card).getByLabelText(/^Intitulé/), 'Saison des pluies');
    // The form hands its changes to the machine after a pause in typing (300–500 ms).
    await waitFor(() => expect(actor().getSnapshot().context.project.impacts.risks[1]?.category).toBe('other'));
    for (const id of ['technical', 'operational', 'other'])
      expect(catalogueSourceOf('riskCategory', id)).toEqual({ doc: 'cocharte' });
  });
});
