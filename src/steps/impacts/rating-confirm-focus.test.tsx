import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { completeProject } from '../../../tests/fixtures/project';
import { renderWizard } from '../../../tests/setup/render-wizard';

describe('step 5 — confirming the rating Cocharte suggested, by keyboard', () => {
  it('keeps the user in the risk’s card, on the rating just confirmed, not at the top of the page', async () => {
    const { user } = renderWizard(completeProject(), 'impacts');
    await user.selectOptions(screen.getByLabelText('Risque listé par le guide'), 'context-political');
    await user.click(screen.getByRole('button', { name: 'Ajouter ce risque' }));
    const card = screen.getByRole('group', { name: 'Risque 2' });
    const confirm = within(card).getByRole('button', { name: 'Confirmer la cotation du risque 2' });
    confirm.focus();
    await user.keyboard('{Enter}');
    // The button is gone once the rating is the partners' own; focus stays where they were.
    expect(within(card).queryByRole('button', { name: /Confirmer la cotation/ })).not.toBeInTheDocument();
    expect(within(card).getByRole('combobox', { name: /^Réponse/ })).toHaveFocus();
    expect(screen.getByText('Cotation du risque 2 confirmée.')).toBeInTheDocument();
  });
});
