import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { completeProject } from '../../tests/fixtures/project';
import { renderWizard } from '../../tests/setup/render-wizard';
import { emptyRisk } from '../domain/new-project';
import type { DraftProject } from '../schemas/project.schema';

/** The fixture with a second risk and a second milestone. */
function twoOfEach(): DraftProject {
  const p = completeProject();
  p.impacts.risks = [
    ...p.impacts.risks.map((r) => ({ ...r, reviewDate: '2099-01-01' })),
    emptyRisk({
      id: 'r2',
      category: 'operational',
      title: 'Retard de livraison',
      ownerId: 'south',
      reviewDate: '2099-01-01',
    }),
  ];
  p.followUp.milestones = [
    ...p.followUp.milestones,
    { id: 'm2', date: '2026-12-15', title: 'Premier bilan', partnerId: 'company' },
  ];
  return p;
}

describe('removing an item of a repeated block with the keyboard', () => {
  it('moves the focus to the next risk, then, once none is left, to « Ajouter un risque », never to the page’s top', async () => {
    const { user } = renderWizard(twoOfEach(), 'impacts');
    await user.click(screen.getByRole('button', { name: /^Risque 1 — Risque financier/ }));
    screen.getByRole('button', { name: 'Retirer le risque 1' }).focus();
    await user.keyboard('{Enter}');
    // The risk that was second is now the first: its line takes the focus.
    await waitFor(() => expect(screen.getByRole('button', { name: /^Risque 1 — Retard de livraison/ })).toHaveFocus());

    await user.keyboard('{Enter}');
    screen.getByRole('button', { name: 'Retirer le risque 1' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Ajouter un risque' })).toHaveFocus());
  });

  it('moves the focus to the milestone before when the last one goes', async () => {
    const { user } = renderWizard(twoOfEach(), 'followUp');
    screen.getByRole('button', { name: 'Retirer le jalon 2' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(document.activeElement?.closest('fieldset')).toHaveAccessibleName(/Jalon 1/));
  });
});
