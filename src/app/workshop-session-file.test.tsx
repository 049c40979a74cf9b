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
import { sealedProject } from '../testing/sealed-project';
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

/**
 * A session of three pairs saved on another laptop, with a 35-minute timer; `withoutCopy`:
 * a pair whose project was no longer on that laptop, so the file holds no copy of it.
 */
function sessionFile(withoutCopy?: string) {
  let session = { ...newWorkshop(), minutes: 35 };
  session = addPair(session, 'pair-1', 'Terrena et Afdi', at);
  session = addPair(session, 'pair-2', 'Lagazel et EdM', at);
  session = addPair(session, 'pair-3', 'Paratronic et Corail', at);
  const text = serializeWorkshop(
    session,
    (id) => (id === withoutCopy ? null : pairProject(id, `Binôme ${id.slice(-1)}`)),
    at,
  );
  return new File([text], 'atelier-2026-11-30.cocharte-atelier.json', { type: 'application/json' });
}

const TITLES: Record<string, string> = {
  'pair-1': 'Binôme 1 — Terrena et Afdi',
  'pair-2': 'Binôme 2 — Lagazel et EdM',
  'pair-3': 'Binôme 3 — Paratronic et Corail',
};
/** A pair's project as the facilitator's laptop saved it in the session file. */
const copyOf = (id: string) => pairProject(id, TITLES[id] ?? id);

/** The same three pairs, each with its project's copy; pair 3's copy was damaged since. */
function threePairsFile() {
  let session = { ...newWorkshop(), minutes: 35 };
  session = addPair(session, 'pair-1', 'Terrena et Afdi', at);
  session = addPair(session, 'pair-2', 'Lagazel et EdM', at);
  session = addPair(session, 'pair-3', 'Paratronic et Corail', at);
  const raw = JSON.parse(serializeWorkshop(session, copyOf, at));
  raw.pairs[2].file.project.visited = 'toutes';
  return new File([JSON.stringify(raw)], 'atelier-2026-11-30.cocharte-atelier.json', { type: 'application/json' });
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
    // Pairs 1 and 2 were opened on this laptop from their own files; pair 3's was not, and
    // the session file holds no copy of it.
    await store.save(pairProject('pair-1', 'Binôme 1 — Terrena et Afdi'), 'partners');
    await store.save(pairProject('pair-2', 'Binôme 2 — Lagazel et EdM'), 'motivations');
    renderApp();
    await user.upload(await screen.findByLabelText(/Ouvrir un fichier de projet/, {}, slow), sessionFile('pair-3'));
    const ask = await screen.findByRole('group', { name: 'Reprendre cette séance d’atelier\u00a0?' }, slow);
    await waitFor(() =>
      expect(
        within(ask)
          .getByText(/^Reprendre cette séance/)
          .closest('p'),
      ).toHaveFocus(),
    );
    expect(ask).toHaveTextContent('3 binômes, minuteur de 35 minutes par étape.');
    expect(ask).toHaveTextContent(
      'Projets déjà sur cet appareil, gardés tels qu’ils sont (leurs copies du fichier ne les remplacent pas) : Binôme 1 — Terrena et Afdi, Binôme 2 — Lagazel et EdM.',
    );
    expect(ask).toHaveTextContent(
      'Projet absent de cet appareil et du fichier de séance : Binôme 3 — Paratronic et Corail.',
    );
    expect(ask).toHaveTextContent('Ouvrez son fichier de projet (.cocharte.json) pour le reprendre avec la séance.');
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

  it('imports the pairs’ projects missing here from their copies, keeps the one here as it is, and names a damaged copy', async () => {
    const user = userEvent.setup();
    const { store, renderApp } = newDevice();
    // Pair 1's project is here, changed since the file was saved: its copy in the file is older.
    const local = pairProject('pair-1', 'Binôme 1 — Terrena et Afdi, changé ici');
    await store.save(local, 'motivations');
    renderApp();
    await user.upload(await screen.findByLabelText(/Ouvrir un fichier de projet/, {}, slow), threePairsFile());
    const ask = await screen.findByRole('group', { name: 'Reprendre cette séance d’atelier\u00a0?' }, slow);
    expect(ask).toHaveTextContent(
      'Projet déjà sur cet appareil, gardé tel qu’il est (sa copie du fichier ne le remplace pas) : Binôme 1 — Terrena et Afdi.',
    );
    expect(ask).toHaveTextContent('Projet qui sera importé depuis le fichier de séance : Binôme 2 — Lagazel et EdM.');
    const refused = within(ask).getByRole('list', { name: 'Copie qui ne peut pas être importée\u00a0:' });
    expect(
      within(refused)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Binôme 3 — Paratronic et Corail. Sa copie est endommagée\u00a0: certaines données sont illisibles.']);
    expect(ask).toHaveTextContent('Ouvrez son fichier de projet (.cocharte.json) pour le reprendre avec la séance.');
    expect(ask).not.toHaveTextContent('(s)');
    // Nothing is imported before it is confirmed.
    expect((await store.load('pair-2')).ok).toBe(false);

    await user.click(within(ask).getByRole('button', { name: 'Reprendre la séance' }));
    // The latest pair here, the one just imported, opens under the facilitator's view.
    await screen.findByRole('heading', { level: 1, name: /Binôme 2 — Lagazel et EdM/ }, slow);
    // Read back from the device's storage: the imported copy, whole; pair 1's own project untouched.
    const imported = await store.load('pair-2');
    expect(imported.ok && imported.stored.project).toEqual(copyOf('pair-2'));
    const kept = await store.load('pair-1');
    expect(kept.ok && kept.stored).toEqual({ project: local, place: 'motivations' });
    expect((await store.load('pair-3')).ok).toBe(false);

    // The pairs' list shows the imported project and opens it, like the one kept here.
    let pairs = await screen.findByRole('region', { name: 'Binômes de la séance' }, slow);
    let items = within(pairs).getAllByRole('listitem');
    expect(items[1]).toHaveTextContent(
      'En cours : Relecture · 5 étapes ouvertes sur 5Projet : « Binôme 2 — Lagazel et EdM »',
    );
    expect(items[2]).toHaveTextContent('Projet absent de cet appareil');
    await user.click(within(items[0]!).getByRole('button', { name: 'Ouvrir le projet du binôme 1' }));
    await screen.findByRole('heading', { level: 1, name: /Binôme 1 — Terrena et Afdi, changé ici/ }, slow);
    pairs = await screen.findByRole('region', { name: 'Binômes de la séance' }, slow);
    items = within(pairs).getAllByRole('listitem');
    // The list is read from the device's storage again when another pair's project opens.
    await user.click(await within(items[1]!).findByRole('button', { name: 'Ouvrir le projet du binôme 2' }, slow));
    await screen.findByRole('heading', { level: 1, name: /Binôme 2 — Lagazel et EdM/ }, slow);
  });

  it('when the storage is full, resumes the session, names the pair not imported, writes nothing of it, and tries again', async () => {
    const user = userEvent.setup();
    const { store, renderApp } = newDevice();
    await store.save(pairProject('pair-1', 'Binôme 1 — Terrena et Afdi'), 'partners');
    let full = true;
    const cramped: ProjectStore = {
      ...store,
      save: async (project, place) =>
        full && project.id === 'pair-2' ? { ok: false, reason: 'full' } : store.save(project, place),
    };
    renderApp(cramped);
    const input = await screen.findByLabelText(/Ouvrir un fichier de projet/, {}, slow);
    await user.upload(input, threePairsFile());
    const ask = await screen.findByRole('group', { name: /Reprendre cette séance/ }, slow);
    await user.click(within(ask).getByRole('button', { name: 'Reprendre la séance' }));

    const answer = await screen.findByRole('group', { name: /Séance reprise/ }, slow);
    const alert = within(answer).getByRole('alert');
    expect(alert).toHaveTextContent(
      'Séance reprise. Projet non importé, faute de place dans ce navigateur : Binôme 2 — Lagazel et EdM.',
    );
    await waitFor(() => expect(alert).toHaveFocus());
    expect(answer).toHaveTextContent('Chaque projet est importé en entier ou pas du tout');
    // The session is resumed; nothing of pair 2 was written.
    expect(JSON.parse(localStorage.getItem(STORAGE_KEYS.workshop) ?? 'null')?.pairs).toHaveLength(3);
    expect((await store.load('pair-2')).ok).toBe(false);
    expect(within(answer).getByRole('button', { name: 'Continuer sans ce projet' })).toBeInTheDocument();

    // Room made: the import is tried again, and the imported pair opens.
    full = false;
    await user.click(within(answer).getByRole('button', { name: 'Réessayer l’import' }));
    await screen.findByRole('heading', { level: 1, name: /Binôme 2 — Lagazel et EdM/ }, slow);
    const imported = await store.load('pair-2');
    expect(imported.ok && imported.stored.project).toEqual(copyOf('pair-2'));
  });

  it('names the signatures of a copy that will be left out, and imports it without them', async () => {
    const user = userEvent.setup();
    const { store, renderApp } = newDevice();
    const { project: sealed } = await sealedProject();
    const raw = JSON.parse(
      serializeWorkshop(addPair(newWorkshop(), sealed.id, 'Terrena et Afdi', at), () => sealed, at),
    );
    // Changed by hand after it was signed: that signature's seal no longer holds.
    raw.pairs[0].file.project.signatures[1].signatoryName = 'Quelqu’un d’autre';
    renderApp();
    await user.upload(
      await screen.findByLabelText(/Ouvrir un fichier de projet/, {}, slow),
      new File([JSON.stringify(raw)], 'atelier.cocharte-atelier.json', { type: 'application/json' }),
    );
    const ask = await screen.findByRole('group', { name: /Reprendre cette séance/ }, slow);
    expect(ask).toHaveTextContent(
      'Binôme 1 — Terrena et Afdi : une signature de sa copie ne sera pas reprise, son scellement ne tient plus (elle a été modifiée après avoir été donnée).',
    );
    await user.click(within(ask).getByRole('button', { name: 'Reprendre la séance' }));
    await screen.findByRole('region', { name: 'Binômes de la séance' }, slow);
    const imported = await store.load(sealed.id);
    expect(imported.ok && imported.stored.project.signatures.map((s) => s.partnerId)).toEqual(['asso', 'south']);
  });

  it('says the same in English', async () => {
    localStorage.setItem('cocharte.locale', 'en');
    const user = userEvent.setup();
    const { store, renderApp } = newDevice();
    await store.save(pairProject('pair-1', 'Binôme 1 — Terrena et Afdi'), 'partners');
    renderApp();
    await user.upload(await screen.findByLabelText(/Open a project file/, {}, slow), threePairsFile());
    const ask = await screen.findByRole('group', { name: 'Resume this workshop session?' }, slow);
    expect(ask).toHaveTextContent(
      'Project already on this device, kept as it is (the file’s copy does not replace it): Pair 1 — Terrena et Afdi.',
    );
    expect(ask).toHaveTextContent('Project to be imported from the session file: Pair 2 — Lagazel et EdM.');
    expect(
      within(within(ask).getByRole('list', { name: 'Copy that cannot be imported:' })).getByRole('listitem'),
    ).toHaveTextContent('Pair 3 — Paratronic et Corail. Its copy is damaged: some of its data cannot be read.');
    expect(ask).toHaveTextContent('Open its project file (.cocharte.json) to bring it back into the session.');
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
    const { store, renderApp } = newDevice();
    renderApp();
    const input = await screen.findByLabelText(/Ouvrir un fichier de projet/, {}, slow);
    await user.upload(input, sessionFile());
    const ask = await screen.findByRole('group', { name: /Reprendre cette séance/ }, slow);
    // None of its projects is here: all three would be imported from their copies.
    expect(ask).toHaveTextContent(
      'Projets qui seront importés depuis le fichier de séance : Binôme 1 — Terrena et Afdi, Binôme 2 — Lagazel et EdM, Binôme 3 — Paratronic et Corail.',
    );
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: /Reprendre cette séance/ })).toBeNull();
    expect(input).toHaveFocus();
    expect(localStorage.getItem(STORAGE_KEYS.workshop)).toBeNull();
    const list = await store.list();
    expect(list.ok && list.projects).toEqual([]);
  });
});
