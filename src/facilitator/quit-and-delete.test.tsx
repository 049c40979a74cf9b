import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { completeProject } from '../../tests/fixtures/project';
import { I18nProvider } from '../i18n/i18n-provider';
import type { Locale } from '../i18n/i18n';
import { WizardContext } from '../machine/wizard.context';
import { FacilitatorView } from './facilitator-view';
import { SessionDeletedNotice } from './session-deleted-notice';

function renderQuit({ deleteCount = 3, locale = 'fr' as Locale } = {}) {
  const props = {
    onClose: vi.fn(),
    onQuitAndDelete: vi.fn(),
    onSaveSession: vi.fn(),
    onSavePairs: vi.fn(),
  };
  render(
    <I18nProvider locale={locale}>
      <WizardContext.Provider options={{ input: { project: completeProject(), resumeAt: 'framework' } }}>
        <FacilitatorView
          onNextPair={vi.fn()}
          nextPairNameMax={189}
          chime={vi.fn()}
          minutes={20}
          onMinutesChange={vi.fn()}
          pairCount={3}
          deleteCount={deleteCount}
          {...props}
        />
      </WizardContext.Provider>
    </I18nProvider>,
  );
  return props;
}

describe('quitting a workshop on a shared laptop', () => {
  it('offers to delete the session’s projects, names how many, offers to save them first, and asks once more', () => {
    const props = renderQuit();
    fireEvent.click(screen.getByRole('button', { name: 'Quitter le mode animation' }));
    fireEvent.click(
      screen.getByRole('button', { name: 'Quitter et supprimer de cet appareil les projets de la séance' }),
    );
    const ask = screen.getByRole('group', { name: 'Supprimer de cet appareil les 3\u00a0projets de la séance\u00a0?' });
    expect(
      within(ask)
        .getByText(/^Supprimer de cet appareil/)
        .closest('p'),
    ).toHaveFocus();
    // What goes, what stays, and how to keep a copy.
    expect(ask).toHaveAccessibleDescription(/noms des partenaires, leurs adresses e-mail et leurs téléphones/);
    expect(ask).toHaveAccessibleDescription(/Les autres projets de cet appareil ne sont pas touchés/);
    fireEvent.click(within(ask).getByRole('button', { name: 'Enregistrer la séance (un fichier)' }));
    expect(props.onSaveSession).toHaveBeenCalledOnce();
    fireEvent.click(
      within(ask).getByRole('button', { name: 'Enregistrer le projet de chaque binôme (une archive .zip)' }),
    );
    expect(props.onSavePairs).toHaveBeenCalledOnce();
    expect(props.onQuitAndDelete).not.toHaveBeenCalled();
    fireEvent.click(within(ask).getByRole('button', { name: 'Supprimer les 3\u00a0projets et quitter' }));
    expect(props.onQuitAndDelete).toHaveBeenCalledOnce();
    expect(props.onClose).not.toHaveBeenCalled();
  });

  it('goes back to the first question, focus on it, when the deletion is not confirmed (button or Escape)', () => {
    const props = renderQuit({ deleteCount: 1 });
    fireEvent.click(screen.getByRole('button', { name: 'Quitter le mode animation' }));
    fireEvent.click(
      screen.getByRole('button', { name: 'Quitter et supprimer de cet appareil les projets de la séance' }),
    );
    const ask = screen.getByRole('group', { name: 'Supprimer de cet appareil le projet de la séance\u00a0?' });
    fireEvent.click(within(ask).getByRole('button', { name: 'Ne pas supprimer' }));
    expect(
      screen.getByRole('button', { name: 'Quitter et supprimer de cet appareil les projets de la séance' }),
    ).toHaveFocus();
    fireEvent.click(
      screen.getByRole('button', { name: 'Quitter et supprimer de cet appareil les projets de la séance' }),
    );
    fireEvent.keyDown(screen.getByRole('button', { name: 'Supprimer le projet et quitter' }), { key: 'Escape' });
    expect(
      screen.getByRole('button', { name: 'Quitter et supprimer de cet appareil les projets de la séance' }),
    ).toHaveFocus();
    expect(props.onQuitAndDelete).not.toHaveBeenCalled();
  });

  it('does not offer it when none of the session’s projects is on this device', () => {
    renderQuit({ deleteCount: 0 });
    fireEvent.click(screen.getByRole('button', { name: 'Quitter le mode animation' }));
    expect(screen.queryByRole('button', { name: /supprimer de cet appareil/ })).toBeNull();
  });

  it('says so in English too', () => {
    renderQuit({ locale: 'en' });
    fireEvent.click(screen.getByRole('button', { name: 'Leave facilitator mode' }));
    fireEvent.click(screen.getByRole('button', { name: 'Leave and delete the session’s projects from this device' }));
    screen.getByRole('group', { name: 'Delete the session’s 3 projects from this device?' });
  });
});

describe('the home screen after the session’s projects were deleted', () => {
  it('says how many went and brings them all back with one button', () => {
    const onUndo = vi.fn();
    render(
      <I18nProvider locale="fr">
        <SessionDeletedNotice count={3} onUndo={onUndo} />
      </I18nProvider>,
    );
    // (toHaveTextContent reads no-break spaces as spaces.)
    expect(screen.getByRole('status')).toHaveTextContent('3 projets de la séance supprimés de cet appareil.');
    fireEvent.click(screen.getByRole('button', { name: 'Annuler la suppression des 3\u00a0projets' }));
    expect(onUndo).toHaveBeenCalledOnce();
  });
});
