import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createStore } from 'idb-keyval';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { completeProject } from '../../tests/fixtures/project';
import type { Locale } from '../i18n/i18n';
import { serializeProject } from '../persistence/project-file';
import { createProjectStore } from '../persistence/project-store';
import { App, browserAppInput } from './app';

/** No sleeping: each wait is for a condition, with room for a busy machine. */
const slow = { timeout: 15_000 };

describe('the steps a file says were opened', () => {
  beforeAll(async () => {
    await import('./project-session');
  });
  beforeEach(() => {
    localStorage.setItem('cocharte.locale', 'fr');
    history.replaceState(null, '', '/');
  });

  it('count once each: a file naming step 1 five times opens on step 1 and reads « 1 étape sur 5 ouverte »', async () => {
    const user = userEvent.setup();
    const store = createProjectStore(createStore('cocharte-visited-steps', 'projects'));
    render(<App input={(locale: Locale) => browserAppInput(locale, store)} />);
    const project = { ...completeProject(), visited: Array(5).fill('partners') };
    await user.upload(
      await screen.findByLabelText(/Ouvrir un fichier de projet/, {}, slow),
      new File([serializeProject(project)], 'p.cocharte.json', { type: 'application/json' }),
    );
    await screen.findByRole('heading', { level: 1, name: /riz équitable/ }, slow);
    expect(await screen.findByRole('heading', { level: 2, name: 'Identifier les partenaires' }, slow)).toBeVisible();
    await waitFor(async () => {
      const list = await store.list();
      expect(list.ok && list.projects[0]?.stepsVisited).toBe(1);
    }, slow);
    await user.click(screen.getByRole('button', { name: 'Mes projets' }));
    expect(await screen.findByText(/1 étape sur 5 ouverte/, {}, slow)).toBeInTheDocument();
  });
});
