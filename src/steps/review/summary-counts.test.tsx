import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { completeProject } from '../../../tests/fixtures/project';
import { renderWizard } from '../../../tests/setup/render-wizard';

describe('review — the follow-up in the summary', () => {
  it('says how many milestones and indicators in words, not as a bare figure', () => {
    const p = completeProject();
    const milestones = [p.followUp.milestones[0]!, { ...p.followUp.milestones[0]!, id: 'm-second' }];
    renderWizard(
      { ...p, followUp: { ...p.followUp, milestones, indicators: p.followUp.indicators.slice(0, 1) } },
      'review',
    );
    const followUp = screen.getByRole('region', { name: 'Suivi dans le temps' });
    const values = within(followUp)
      .getAllByRole('definition')
      .map((d) => d.textContent);
    expect(values).toContain('2 jalons');
    expect(values).toContain('1 indicateur');
  });

  it('says when there is none', () => {
    const p = completeProject();
    renderWizard({ ...p, followUp: { ...p.followUp, indicators: [] } }, 'review');
    const followUp = screen.getByRole('region', { name: 'Suivi dans le temps' });
    expect(within(followUp).getByText('Aucun indicateur')).toBeInTheDocument();
  });
});
