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
    await user.type(await screen.findByLabelText(/^Titre du partenariat/), 'Mon partenariat');
    await waitFor(() => expect(localStorage.getItem('cocharte.current')).not.toBeNull());
    await new Promise((r) => setTimeout(r, 400));
    first.unmount();
    render(<App />);
    expect(await screen.findByRole('heading', { level: 2, name: 'Identifier les partenaires' })).toBeInTheDocument();
    expect(screen.getByLabelText(/^Titre du partenariat/)).toHaveValue('Mon partenariat');
  });

  it('opens a worked example as a new project', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('button', { name: /Partir de l’exemple .*Terrena/ }));
    expect(await screen.findByRole('heading', { level: 1, name: /soja/i })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Relecture' })).toBeInTheDocument();
  });

  it('reads a worked example as a charter without creating a project, then copies it', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('button', { name: /Lire l’exemple .*Salines de Guérande/ }));
    expect(await screen.findByRole('heading', { level: 2, name: /Article 1 — Les parties/ })).toBeInTheDocument();
    expect(screen.getByText(/Exemple illustratif/)).toBeInTheDocument();
    expect(localStorage.getItem('cocharte.projects')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'En faire le point de départ de mon projet' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Relecture' })).toBeInTheDocument();
  });

  it('imports a project file', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.upload(
      screen.getByLabelText(/Ouvrir un fichier de projet/),
      file('p.cocharte.json', serializeProject(completeProject())),
    );
    expect(await screen.findByRole('heading', { level: 1, name: /riz équitable/ })).toBeInTheDocument();
  });

  it('rejects a bad file with a clear message and keeps the current project', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('button', { name: 'Commencer un nouveau projet' }));
    await user.type(await screen.findByLabelText(/^Titre du partenariat/), 'À garder');
    await user.upload(screen.getByLabelText(/Ouvrir un fichier de projet/), file('photo.json', 'GIF89a…'));
    expect(await screen.findByText(/n’est pas un fichier de projet Cocharte/)).toBeInTheDocument();
    expect(screen.getByText(/Votre projet en cours n’a pas été modifié/)).toBeInTheDocument();
    expect(screen.getByLabelText(/^Titre du partenariat/)).toHaveValue('À garder');
  });

  it('lists the projects on this device and deletes one', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.upload(
      screen.getByLabelText(/Ouvrir un fichier de projet/),
      file('p.cocharte.json', serializeProject(completeProject())),
    );
    await screen.findByRole('heading', { level: 1, name: /riz équitable/ });
    await user.click(screen.getByRole('button', { name: 'Mes projets' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Projets sur cet appareil' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Dupliquer .*riz équitable/ }));
    expect(screen.getByRole('heading', { level: 3, name: /riz équitable.*\(copie\)/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Renommer .*\(copie\)/ }));
    const field = screen.getByLabelText('Nouveau titre');
    await user.clear(field);
    await user.type(field, 'Variante{Enter}');
    expect(screen.getByRole('heading', { level: 3, name: 'Variante' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Supprimer .*Variante/ }));
    expect(screen.queryByRole('heading', { level: 3, name: 'Variante' })).not.toBeInTheDocument();
    expect(screen.getByText(/Projet «.Variante.» supprimé/).closest('[role="status"]')).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Annuler la suppression' }));
    expect(screen.getByRole('heading', { level: 3, name: 'Variante' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Reprendre .*Variante/ }));
    expect(await screen.findByRole('heading', { level: 1, name: /Variante$/ })).toBeInTheDocument();
  });

  it('offers to open a project received through a share link', async () => {
    const user = userEvent.setup();
    const { shareLink } = await import('../persistence/share-link');
    location.hash = new URL(shareLink(completeProject(), 'http://localhost/')).hash;
    render(<App />);
    expect(screen.getByRole('heading', { name: /Un projet vous a été partagé.*riz équitable/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'L’ouvrir comme nouveau projet' }));
    expect(await screen.findByRole('heading', { level: 1, name: /riz équitable/ })).toBeInTheDocument();
    expect(location.hash).toBe('');
  });

  it('compares a changed copy sent back by a partner and merges the chosen changes', async () => {
    const user = userEvent.setup();
    const original = completeProject();
    render(<App />);
    await user.upload(
      screen.getByLabelText(/Ouvrir un fichier de projet/),
      file('p.cocharte.json', serializeProject(original)),
    );
    await screen.findByRole('heading', { level: 1, name: /riz équitable/ });
    const changed = {
      ...original,
      framework: { ...original.framework, purpose: 'Objet revu par l’entreprise.', governance: 'Gouvernance revue.' },
    };
    await user.upload(
      screen.getAllByLabelText(/Ouvrir un fichier de projet/)[0]!,
      file('retour.cocharte.json', serializeProject(changed)),
    );
    await user.click(await screen.findByRole('button', { name: 'Le comparer avec mon projet' }));
    await user.click(await screen.findByRole('checkbox', { name: /Prendre cette modification.*Objet du partenariat/ }));
    await user.click(screen.getByRole('button', { name: 'Appliquer les modifications choisies' }));
    await screen.findByRole('heading', { level: 1, name: /riz équitable/ });
    const stored = JSON.parse(localStorage.getItem(`cocharte.project.${original.id}`)!) as { project: typeof original };
    expect(stored.project.framework.purpose).toBe('Objet revu par l’entreprise.');
    expect(stored.project.framework.governance).toBe(original.framework.governance);
  });

  it('explains a damaged share link', () => {
    location.hash = '#projet=abimé';
    render(<App />);
    expect(screen.getByText(/lien de partage est incomplet ou abîmé/).closest('[role="alert"]')).not.toBeNull();
    history.replaceState(null, '', '/');
  });

  it('opens the facilitator view and starts a blank project for the next pair', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.upload(
      screen.getByLabelText(/Ouvrir un fichier de projet/),
      file('p.cocharte.json', serializeProject(completeProject())),
    );
    await user.click(await screen.findByRole('button', { name: 'Mode animation' }));
    expect(screen.getByRole('heading', { level: 3, name: 'Questions à trancher ensemble' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Binôme suivant' }));
    await user.type(screen.getByLabelText('Nom du binôme (facultatif)'), 'Eau Vive');
    await user.click(screen.getByRole('button', { name: 'Oui, nouveau projet' }));
    expect(await screen.findByRole('heading', { level: 1, name: /Binôme 1 — Eau Vive/ })).toBeInTheDocument();
    // The workshop mode stays on for the next pair.
    expect(screen.getByRole('heading', { level: 3, name: 'Binômes de la séance' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Mes projets' }));
    expect(screen.getByRole('heading', { level: 3, name: /riz équitable/ })).toBeInTheDocument();
  });

  it('switches the whole interface to English and remembers it', async () => {
    const user = userEvent.setup();
    const first = render(<App />);
    await user.selectOptions(screen.getByLabelText('Langue'), 'en');
    expect(await screen.findByRole('button', { name: 'Start a new project' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    first.unmount();
    render(<App />);
    expect(screen.getByLabelText('Language')).toHaveValue('en');
  });
});
