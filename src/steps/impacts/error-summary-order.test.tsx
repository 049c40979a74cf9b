import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { completeProject } from '../../../tests/fixtures/project';
import { renderWizard } from '../../../tests/setup/render-wizard';

describe('step 5 — the error summary of a risk taken from the guide', () => {
  it('lists the risk’s errors in the order its fields are read on the page', async () => {
    const { user } = renderWizard(completeProject(), 'impacts');
    await user.selectOptions(screen.getByLabelText('Risque listé par le guide'), 'context-administrative');
    await user.click(screen.getByRole('button', { name: 'Ajouter ce risque' }));
    // Rating left as suggested, no owner, no review date: three errors in one card.
    await user.click(screen.getByRole('button', { name: 'Enregistrer et relire la charte' }));

    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(within(summary).getAllByRole('link').length).toBeGreaterThanOrEqual(3));
    const links = within(summary)
      .getAllByRole('link')
      .map((a) => a.textContent ?? '');
    const card = screen.getByRole('group', { name: 'Risque 2' });
    const pageOrder = ['Probabilité', 'Responsable', 'Date de revue'];
    // The fields come in this order in the card…
    const labels = within(card)
      .getAllByRole('combobox')
      .concat(within(card).getAllByLabelText(/^Date de revue/))
      .map((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? '');
    expect(labels.findIndex((l) => l.startsWith('Probabilité'))).toBeLessThan(
      labels.findIndex((l) => l.startsWith('Responsable')),
    );
    // …and the summary, read top to bottom, follows them.
    const positions = pageOrder.map((label) => links.findIndex((l) => l.startsWith(`Risque 2 — ${label}`)));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });
});
