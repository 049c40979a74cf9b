import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { completeProject } from '../../tests/fixtures/project';
import { serializeProject } from '../persistence/project-file';
import { App } from './app';

function file(name: string, text: string) {
  return new File([text], name, { type: 'application/json' });
}

describe('the app', () => {
  // jsdom reports an English browser; most of these tests read the French interface.
  beforeEach(() => localStorage.setItem('cocharte.locale', 'fr'));

  it('starts a new project and comes back to it, on the same step, after a reload', async () => {
    const user = userEvent.setup();
    const first = render(<App />);
    await user.click(screen.getByRole('button', { name: 'Commencer un nouveau projet' }));
    await user.type(screen.getByLabelText(/^Titre du partenariat/), 'Mon partenariat');
    await waitFor(() => expect(localStorage.getItem('cocharte.current')).not.toBeNull());
    await new Promise((r) => setTimeout(r, 400));
    first.unmount();
    render(<App />);
    expect(screen.getByRole('heading', { level: 2, name: 'Identifier les partenaires' })).toBeInTheDocument();
    expect(screen.getByLabelText(/^Titre du partenariat/)).toHaveValue('Mon partenariat');
  });

  it('opens a worked example as a new project', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('button', { name: /Partir de l’exemple .*Terrena/ }));
    expect(await screen.findByRole('heading', { level: 1, name: /soja/i })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Relecture' })).toBeInTheDocument();
  });

  it('imports a project file', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.upload(screen.getByLabelText(/Ouvrir un fichier de projet/), file('p.cocharte.json', serializeProject(completeProject())));
    expect(await screen.findByRole('heading', { level: 1, name: /riz équitable/ })).toBeInTheDocument();
  });

  it('rejects a bad file with a clear message and keeps the current project', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('button', { name: 'Commencer un nouveau projet' }));
    await user.type(screen.getByLabelText(/^Titre du partenariat/), 'À garder');
    await user.upload(screen.getByLabelText(/Ouvrir un fichier de projet/), file('photo.json', 'GIF89a…'));
    expect(await screen.findByText(/n’est pas un fichier de projet Cocharte/)).toBeInTheDocument();
    expect(screen.getByText(/Votre projet en cours n’a pas été modifié/)).toBeInTheDocument();
    expect(screen.getByLabelText(/^Titre du partenariat/)).toHaveValue('À garder');
  });

  it('lists the projects on this device and deletes one', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.upload(screen.getByLabelText(/Ouvrir un fichier de projet/), file('p.cocharte.json', serializeProject(completeProject())));
    await screen.findByRole('heading', { level: 1, name: /riz équitable/ });
    await user.click(screen.getByRole('button', { name: 'Mes projets' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Projets sur cet appareil' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Supprimer .*riz équitable/ }));
    expect(screen.queryByRole('heading', { level: 2, name: 'Projets sur cet appareil' })).not.toBeInTheDocument();
  });

  it('switches the whole interface to English and remembers it', async () => {
    const user = userEvent.setup();
    const first = render(<App />);
    await user.selectOptions(screen.getByLabelText('Langue'), 'en');
    expect(screen.getByRole('button', { name: 'Start a new project' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    first.unmount();
    render(<App />);
    expect(screen.getByLabelText('Language')).toHaveValue('en');
  });
});
