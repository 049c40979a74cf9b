import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createStore } from 'idb-keyval';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { completeProject } from '../../tests/fixtures/project';
import { addPair, newWorkshop } from '../domain/workshop';
import type { Locale } from '../i18n/i18n';
import { createProjectStore, type ProjectStore } from '../persistence/project-store';
import { STORAGE_KEYS } from '../persistence/storage';
import { serializeWorkshop } from '../persistence/workshop-file';
import type { DraftProject } from '../schemas/project.schema';
import { App, browserAppInput } from './app';

const slow = { timeout: 15_000 };
const at = new Date('2026-11-30T09:00:00Z');
const pairProject = (id: string, title: string): DraftProject => {
  const p = completeProject();
  return { ...p, id, partners: { ...p.partners, title } };
};

let dbCount = 0;
function newDevice() {
  dbCount += 1;
  const store = createProjectStore(createStore(`cocharte-session-file-test-${dbCount}`, 'projects'));
  const renderApp = (s: ProjectStore = store) => render(<App input={(locale: Locale) => browserAppInput(locale, s)} />);
  return { store, renderApp };
}

/** A session of three pairs saved on another laptop, with a 35-minute timer. */
function sessionFile() {
  let session = { ...newWorkshop(), minutes: 35 };
  session = addPair(session, 'pair-1', 'Terrena et Afdi', at);
  session = addPair(session, 'pair-2', 'Lagazel et EdM', at);
  session = addPair(session, 'pair-3', 'Paratronic et Corail', at);
  const text = serializeWorkshop(session, (id) => pairProject(id, `Binôme ${id.slice(-1)}`), at);
  return new File([text], 'atelier-2026-11-30.cocharte-atelier.json', { type: 'application/json' });
}

describe('opening a workshop’s session file from the home screen', () => {
  beforeAll(async () => {
    await import('./project-session');
  });
  beforeEach(() => {
    localStorage.clear();
    localStorage.setItem('cocharte.locale', 'fr');
    history.replaceState(null, '', '/');
  });

  it('says which pairs’ projects are here and which are missing, and resumes the session with the latest pair here', async () => {
    const user = userEvent.setup();
    const { store, renderApp } = newDevice();
    // Pairs 1 and 2 were opened on this laptop from their own files; pair 3's was not.
    await store.save(pairProject('pair-1', 'Binôme 1 — Terrena et Afdi'), 'partners');
    await store.save(pairProject('pair-2', 'Binôme 2 — Lagazel et EdM'), 'motivations');
    renderApp();
    await user.upload(await screen.findByLabelText(/Ouvrir un fichier de projet/, {}, slow), sessionFile());
    const ask = await screen.findByRole('group', { name: 'Reprendre cette séance d’atelier\u00a0?' }, slow);
    await waitFor(() =>
      expect(
        within(ask)
          .getByText(/^Reprendre cette séance/)
          .closest('p'),
      ).toHaveFocus(),
    );
    expect(ask).toHaveTextContent('3 binômes, minuteur de 35 minutes par étape.');
    expect(ask).toHaveTextContent('Projets sur cet appareil : Binôme 1 — Terrena et Afdi, Binôme 2 — Lagazel et EdM.');
    expect(ask).toHaveTextContent(
      'Projet absent de cet appareil : Binôme 3 — Paratronic et Corail. Ouvrez son fichier de projet (.cocharte.json)',
    );
    // Nothing changed until it is confirmed.
    expect(localStorage.getItem(STORAGE_KEYS.workshop)).toBeNull();

    await user.click(within(ask).getByRole('button', { name: 'Reprendre la séance' }));
    // The latest pair here opens, under the facilitator's view with the session's pairs.
    await screen.findByRole('heading', { level: 1, name: /Binôme 2 — Lagazel et EdM/ }, slow);
    const pairs = await screen.findByRole('region', { name: 'Binômes de la séance' }, slow);
    const items = within(pairs).getAllByRole('listitem');
    expect(items.map((li) => li.textContent?.split('Projet')[0]?.split('En cours')[0])).toEqual([
      'Binôme 1 — Terrena et Afdi',
      'Binôme 2 — Lagazel et EdM',
      'Binôme 3 — Paratronic et Corail',
    ]);
    expect(items[2]).toHaveTextContent('Projet absent de cet appareil');
    expect(screen.getByLabelText('Durée de l’étape (minutes)')).toHaveValue(35);
    expect(JSON.parse(localStorage.getItem(STORAGE_KEYS.workshop) ?? 'null')?.pairs).toHaveLength(3);
  });

  it('refuses a damaged session file with a clear message, and changes nothing', async () => {
    const user = userEvent.setup();
    const { renderApp } = newDevice();
    renderApp();
    const text = JSON.parse(await sessionFile().text()) as { pairs: { number: number }[] };
    text.pairs[1]!.number = 1;
    await user.upload(
      await screen.findByLabelText(/Ouvrir un fichier de projet/, {}, slow),
      new File([JSON.stringify(text)], 'atelier.cocharte-atelier.json', { type: 'application/json' }),
    );
    expect((await screen.findByText(/endommagé/, {}, slow)).closest('[role="alert"]')).toHaveTextContent(
      'Ce fichier de séance d’atelier est endommagé ou a été modifié : la séance ne peut pas être reprise. Rien n’a été modifié sur cet appareil.',
    );
    expect(localStorage.getItem(STORAGE_KEYS.workshop)).toBeNull();
    expect(screen.queryByRole('group', { name: /Reprendre cette séance/ })).toBeNull();
  });

  it('cancelled, changes nothing and gives the focus back to the file button', async () => {
    const user = userEvent.setup();
    const { renderApp } = newDevice();
    renderApp();
    const input = await screen.findByLabelText(/Ouvrir un fichier de projet/, {}, slow);
    await user.upload(input, sessionFile());
    const ask = await screen.findByRole('group', { name: /Reprendre cette séance/ }, slow);
    // None of its projects is here: all three named.
    expect(ask).toHaveTextContent(
      /Projets absents de cet appareil : Binôme 1 — Terrena et Afdi, Binôme 2 — Lagazel et EdM, Binôme 3 — Paratronic et Corail\./,
    );
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: /Reprendre cette séance/ })).toBeNull();
    expect(input).toHaveFocus();
    expect(localStorage.getItem(STORAGE_KEYS.workshop)).toBeNull();
  });
});
