import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createStore } from 'idb-keyval';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createProjectStore } from '../persistence/project-store';
import { preloadAppChunks } from '../testing/app-chunks';
import { App, browserAppInput } from './app';

const slow = { timeout: 15_000 };

describe('the page’s title', () => {
  beforeAll(preloadAppChunks);
  beforeEach(() => {
    localStorage.setItem('cocharte.locale', 'fr');
    history.replaceState(null, '', '/');
    // index.html's title, the home screen's.
    document.title = 'Cocharte';
  });

  it('names the step and the project while a project is open, and is the app’s again at home', async () => {
    const store = createProjectStore(createStore('cocharte-title-test', 'projects'));
    const user = userEvent.setup();
    render(<App input={(locale) => browserAppInput(locale, store)} />);
    await user.click(await screen.findByRole('button', { name: 'Commencer un nouveau projet' }, slow));
    await screen.findByRole('heading', { level: 2, name: 'Identifier les partenaires' }, slow);
    await waitFor(() => expect(document.title).toBe('Identifier les partenaires — Projet sans titre — Cocharte'));
    await user.type(screen.getByLabelText(/^Titre du partenariat/), 'Filière sel');
    await waitFor(() => expect(document.title).toBe('Identifier les partenaires — Filière sel — Cocharte'));
    await user.click(screen.getByRole('button', { name: 'Mes projets' }));
    await screen.findByRole('button', { name: 'Commencer un nouveau projet' }, slow);
    expect(document.title).toBe('Cocharte');
  });
});
