import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n/i18n-provider';
import { Stepper, type StepperEntry } from './stepper';

const entries: StepperEntry[] = [
  { id: 'partners', label: 'Identifier les partenaires', status: 'complete', reachable: true },
  { id: 'motivations', label: 'Motivations', status: 'current', reachable: true },
  {
    id: 'framework',
    label: 'Définir le cadre',
    status: 'unvisited',
    reachable: false,
    lockedReason: 'cette étape s’ouvre quand la précédente a été enregistrée.',
  },
];

describe('stepper', () => {
  it('keeps a locked step reachable by keyboard and says why it is locked instead of opening it', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(
      <I18nProvider locale="fr">
        <Stepper entries={entries} onSelect={onSelect} />
      </I18nProvider>,
    );
    const locked = screen.getByRole('button', { name: /Définir le cadre.*pas encore ouverte/ });
    expect(locked).toHaveAttribute('aria-disabled', 'true');
    await user.tab();
    await user.tab();
    await user.tab();
    expect(locked).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onSelect).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Définir le cadre : cette étape s’ouvre quand la précédente a été enregistrée.',
    );
    expect(locked).toHaveAccessibleDescription(/s’ouvre quand la précédente/);
    await user.click(screen.getByRole('button', { name: /Identifier les partenaires/ }));
    expect(onSelect).toHaveBeenCalledWith('partners');
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });
});
