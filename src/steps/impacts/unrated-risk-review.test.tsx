import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { completeProject } from '../../../tests/fixtures/project';
import { renderWizard } from '../../../tests/setup/render-wizard';
import { emptyRisk } from '../../domain/new-project';

describe('review of a risk added by hand and never rated', () => {
  it('lists each choice still to make, named by its field, like any other gap', () => {
    const p = completeProject();
    const owner = p.impacts.risks[0]!.ownerId;
    const added = emptyRisk({ title: 'Retard', mitigation: 'Stock tampon.', ownerId: owner, reviewDate: '2027-01-15' });
    renderWizard({ ...p, impacts: { ...p.impacts, risks: [...p.impacts.risks, added] } }, 'review');
    const panel = screen.getByRole('heading', { name: /Encore 4 points à compléter/ }).closest('div')!;
    const items = within(panel)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      expect.stringMatching(/Choisissez la catégorie du risque\..*Risque «\u00a0Retard\u00a0» › Catégorie/),
      expect.stringMatching(/Choisissez la probabilité du risque\..*Risque «\u00a0Retard\u00a0» › Probabilité/),
      expect.stringMatching(/Choisissez la gravité du risque\..*Risque «\u00a0Retard\u00a0» › Gravité/),
      expect.stringMatching(/Choisissez la réponse au risque\..*Risque «\u00a0Retard\u00a0» › Réponse/),
    ]);
    // The summary does not invent a level for it either.
    expect(screen.getByRole('row', { name: /Retard/ })).toHaveTextContent('non coté');
  });
});
