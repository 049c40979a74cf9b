import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { completeProject } from '../../../tests/fixtures/project';
import { renderWizard } from '../../../tests/setup/render-wizard';
import type { DraftProject } from '../../schemas/project.schema';

/** Three partners who share solidarity only, with a company in a hurry. */
function project(): DraftProject {
  const p = completeProject();
  const answers = {
    asso: { values: ['solidarity', 'transparency'] as const, timeHorizon: 'over-5y' as const },
    company: {
      values: ['solidarity', 'innovation'] as const,
      timeHorizon: 'under-1y' as const,
      returnOnInvestment: 'Des ventes dès la première année.',
    },
    south: { values: ['local-ownership', 'solidarity'] as const, timeHorizon: '3-5y' as const },
  };
  return {
    ...p,
    motivations: {
      ...p.motivations,
      byPartner: p.motivations.byPartner.map((e) => {
        const a = answers[e.partnerId as keyof typeof answers];
        return { ...e, ...a, values: [...a.values] };
      }),
      sharedValues: ['transparency'],
    },
  };
}

/** The comparison arrives folded to its title; a user opens it to compare. */
async function renderComparison(p: Parameters<typeof renderWizard>[0]) {
  const view = renderWizard(p, 'motivations');
  const fold = screen.getByRole('button', { name: 'Les partenaires côte à côte' });
  expect(fold).toHaveAttribute('aria-expanded', 'false');
  await view.user.click(fold);
  return view;
}

const comparison = () => screen.getByRole('region', { name: /Les partenaires côte à côte/ });

describe('partners side by side (motivations step)', () => {
  it('shows one column per partner and marks, in words, the value all of them chose', async () => {
    await renderComparison(project());
    expect(screen.getByRole('heading', { level: 3, name: 'Les partenaires côte à côte' })).toBeInTheDocument();
    const table = within(comparison()).getByRole('table');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual([
      'Rubrique',
      'Solidarités LoireAssociation',
      'Coopérative Œuvre & SolEntreprise',
      'Hợp tác xã Sao BiểnPartenaire du Sud',
    ]);
    const values = within(table).getByRole('row', { name: /^Valeurs importantes/ });
    const shared = within(values).getAllByText('(partagée par tous)', { exact: false });
    expect(shared).toHaveLength(3);
    expect(shared[0]).toHaveTextContent('Solidarité (partagée par tous)');
    expect(within(values).getByText('Transparence').closest('li')).not.toHaveTextContent('partagée par tous');
    expect(
      within(comparison()).getByText('Valeurs choisies par tous les partenaires : Solidarité.'),
    ).toBeInTheDocument();
  });

  it('flags clashing horizons and asks each partner its questions', async () => {
    await renderComparison(project());
    const region = comparison();
    const horizons = within(region).getByRole('row', { name: /^Horizon de temps/ });
    // Company (under a year) is far from both others: every cell is flagged in words.
    expect(within(horizons).getAllByText(/à discuter/)).toHaveLength(3);
    const clashes = within(region).getByRole('heading', { level: 4, name: 'Points à discuter' })
      .nextElementSibling as HTMLElement;
    expect(clashes).toHaveTextContent(
      'Horizons de temps éloignés : Solidarités Loire raisonne à « Plus de 5 ans », Coopérative Œuvre & Sol à « Moins d’un an ».',
    );
    const questions = within(region).getByText('À Coopérative Œuvre & Sol').closest('li') as HTMLElement;
    expect(questions).toHaveTextContent('Comment votre engagement tiendra-t-il au-delà d’un an ?');
  });

  it('follows the form as the user ticks, and keeps the common values in the charter', async () => {
    const { user, actor } = await renderComparison(project());
    // Written blocks arrive folded: open the two to tick in.
    const southCard = screen.getByRole('group', { name: 'Hợp tác xã Sao Biển' });
    const coopCard = screen.getByRole('group', { name: 'Coopérative Œuvre & Sol' });
    await user.click(within(southCard).getByRole('button', { name: /^Hợp tác xã Sao Biển — / }));
    await user.click(within(coopCard).getByRole('button', { name: /^Coopérative Œuvre & Sol — / }));
    await user.click(within(southCard).getByRole('checkbox', { name: 'Transparence' }));
    await user.click(within(coopCard).getByRole('checkbox', { name: 'Transparence' }));
    expect(
      within(comparison()).getByText('Valeurs choisies par tous les partenaires : Solidarité, Transparence.'),
    ).toBeInTheDocument();

    await user.click(within(comparison()).getByRole('button', { name: 'Retenir les valeurs communes' }));
    const shared = screen.getByRole('group', { name: /Valeurs partagées par tous les partenaires/ });
    expect(within(shared).getByRole('checkbox', { name: 'Solidarité' })).toBeChecked();
    expect(within(shared).getByRole('checkbox', { name: 'Transparence' })).toBeChecked();
    expect(within(shared).getByRole('checkbox', { name: 'Innovation' })).not.toBeChecked();
    expect(within(comparison()).getByRole('status')).toHaveTextContent(
      'Valeurs partagées retenues : Solidarité, Transparence.',
    );
    // Autosaved like typing.
    await waitFor(() =>
      expect(actor().getSnapshot().context.project.motivations.sharedValues).toEqual(['solidarity', 'transparency']),
    );
  });

  it('flags a partner counting on visibility when the framework rules out logos', async () => {
    const p = project();
    p.framework.logoUse = 'none';
    p.motivations.byPartner[1]!.expectations = 'Gagner en visibilité auprès de nos clients.';
    await renderComparison(p);
    expect(
      within(comparison()).getByText(/Coopérative Œuvre & Sol attend de la visibilité ou de la communication/),
    ).toBeInTheDocument();
  });
});
