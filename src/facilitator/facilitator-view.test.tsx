import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { completeProject } from '../../tests/fixtures/project';
import { FacilitatorView } from './facilitator-view';
import { I18nProvider } from '../i18n/i18n-provider';
import { WizardContext } from '../machine/wizard.context';

function renderView(onNextPair = vi.fn(), onClose = vi.fn()) {
  render(
    <I18nProvider locale="fr">
      <WizardContext.Provider options={{ input: { project: completeProject(), resumeAt: 'framework' } }}>
        <FacilitatorView onClose={onClose} onNextPair={onNextPair} />
      </WizardContext.Provider>
    </I18nProvider>,
  );
  return { onNextPair, onClose };
}

describe('facilitator view', () => {
  afterEach(() => vi.useRealTimers());

  it('shows the current step and its key questions in large type', () => {
    renderView();
    expect(screen.getByRole('heading', { level: 2, name: 'Définir le cadre' })).toHaveFocus();
    expect(screen.getByRole('heading', { level: 3, name: 'Questions à trancher ensemble' })).toBeInTheDocument();
    expect(screen.getAllByRole('listitem').length).toBeGreaterThan(2);
  });

  it('runs a step timer the facilitator sets, with pause and reset', async () => {
    vi.useFakeTimers();
    renderView();
    const minutes = screen.getByLabelText('Durée de l’étape (minutes)');
    fireEvent.change(minutes, { target: { value: '2' } });
    expect(screen.getByText('2:00')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Démarrer le minuteur' }));
    await act(async () => {
      vi.advanceTimersByTime(61_000);
    });
    expect(screen.getByText('0:59')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Mettre en pause' }));
    await act(async () => {
      vi.advanceTimersByTime(30_000);
    });
    expect(screen.getByText('0:59')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Démarrer le minuteur' }));
    await act(async () => {
      vi.advanceTimersByTime(70_000);
    });
    expect(screen.getAllByText('Le temps de l’étape est écoulé.').length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', { name: 'Remettre à zéro' }));
    expect(screen.getByText('2:00')).toBeInTheDocument();
  });

  it('asks before moving on to the next pair', () => {
    const { onNextPair } = renderView();
    fireEvent.click(screen.getByRole('button', { name: 'Binôme suivant' }));
    expect(screen.getByText(/restera dans la liste des projets/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Oui, nouveau projet' }));
    expect(onNextPair).toHaveBeenCalledTimes(1);
  });
});
