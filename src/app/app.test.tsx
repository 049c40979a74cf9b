import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createStore, set } from 'idb-keyval';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { completeProject } from '../../tests/fixtures/project';
import type { Locale } from '../i18n/i18n';
import { serializeProject } from '../persistence/project-file';
import { createProjectStore, type ProjectStore, recordKey } from '../persistence/project-store';
import { sealedProject } from '../testing/sealed-project';
import { App, browserAppInput } from './app';

function file(name: string, text: string) {
  return new File([text], name, { type: 'application/json' });
}

/** No sleeping: each wait is for a condition, with room for a busy machine. */
const slow = { timeout: 15_000 };

let dbCount = 0;
function newDevice() {
  dbCount += 1;
  const idb = createStore(`cocharte-app-test-${dbCount}`, 'projects');
  const store = createProjectStore(idb);
  const renderApp = (s: ProjectStore = store) => render(<App input={(locale: Locale) => browserAppInput(locale, s)} />);
  return { idb, store, renderApp };
}

async function storedTitle(store: ProjectStore, id: string) {
  const loaded = await store.load(id);
  return loaded.ok ? loaded.stored.project.partners.title : null;
}

describe('the app', () => {
  // The lazy chunks are loaded once here, so no test races their first import.
  beforeAll(async () => {
    await import('./project-session');
    await import('../merge/compare-view');
  });
  beforeEach(() => {
    // jsdom reports an English browser; most of these tests read the French interface.
    localStorage.setItem('cocharte.locale', 'fr');
    history.replaceState(null, '', '/');
  });

  it('starts a new project and comes back to it, on the same step, after a reload', async () => {
    const user = userEvent.setup();
    const { store, renderApp } = newDevice();
    const first = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Commencer un nouveau projet' }, slow));
    await user.type(await screen.findByLabelText(/^Titre du partenariat/, {}, slow), 'Mon partenariat');
    const id = new URLSearchParams(location.search).get('p') ?? '';
    expect(location.search).toBe(`?p=${id}&s=partners`);
    await waitFor(async () => expect(await storedTitle(store, id)).toBe('Mon partenariat'), slow);
    first.unmount();
    renderApp();
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Identifier les partenaires' }, slow),
    ).toBeInTheDocument();
    // A page load leaves focus at the top of the page (the skip link comes first).
    expect(document.body).toHaveFocus();
    expect(screen.getByLabelText(/^Titre du partenariat/)).toHaveValue('Mon partenariat');
  });

  it('gives way to a loading message at once while a new project waits for its code, then shows step 1', async () => {
    const user = userEvent.setup();
    const { store } = newDevice();
    let release: () => void = () => {};
    const codeArrived = new Promise<void>((r) => (release = r));
    render(
      <App
        input={(locale: Locale) => {
          const input = browserAppInput(locale, store);
          return {
            ...input,
            newProject: async (l) => {
              await codeArrived;
              return input.newProject(l);
            },
          };
        }}
      />,
    );
    await user.click(await screen.findByRole('button', { name: 'Commencer un nouveau projet' }, slow));
    await screen.findByText('Chargement…');
    expect(screen.queryByRole('button', { name: 'Commencer un nouveau projet' })).toBeNull();
    release();
    await screen.findByRole('heading', { level: 2, name: 'Identifier les partenaires' }, slow);
  });

  it('moves focus to the step’s heading when a project opens from the home screen', async () => {
    const user = userEvent.setup();
    newDevice().renderApp();
    const start = await screen.findByRole('button', { name: 'Commencer un nouveau projet' }, slow);
    start.focus();
    await user.keyboard('{Enter}');
    // The button pressed is gone: focus goes where the new screen starts, not to the page.
    const heading = await screen.findByRole('heading', { level: 2, name: 'Identifier les partenaires' }, slow);
    await waitFor(() => expect(heading).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Mes projets' }));
    await user.click(await screen.findByRole('button', { name: /Partir de l’exemple .*Terrena/ }, slow));
    const review = await screen.findByRole('heading', { level: 2, name: 'Relecture' }, slow);
    await waitFor(() => expect(review).toHaveFocus());
  });

  it('saves the last keystrokes before going back to the list', async () => {
    const user = userEvent.setup();
    const { store, renderApp } = newDevice();
    renderApp();
    await user.click(await screen.findByRole('button', { name: 'Commencer un nouveau projet' }, slow));
    const title = await screen.findByLabelText(/^Titre du partenariat/, {}, slow);
    // The project's address is only known once its code has loaded and step 1 shows.
    const id = new URLSearchParams(location.search).get('p') ?? '';
    expect(id).not.toBe('');
    await user.type(title, 'Tapé juste avant');
    await user.click(screen.getByRole('button', { name: 'Mes projets' }));
    expect(await screen.findByRole('heading', { level: 3, name: 'Tapé juste avant' }, slow)).toBeInTheDocument();
    expect(await storedTitle(store, id)).toBe('Tapé juste avant');
    expect(location.search).toBe('');
  });

  it('opens a worked example as a new project, not signable while its invented facts are there', async () => {
    const user = userEvent.setup();
    newDevice().renderApp();
    await user.click(await screen.findByRole('button', { name: /Partir de l’exemple .*Terrena/ }, slow));
    expect(await screen.findByRole('heading', { level: 1, name: /soja/i }, slow)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Relecture' })).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 3, name: /1 point à compléter avant la signature/ }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Ce projet part d’un exemple\s: ses personnes, chiffres et signataires sont inventés/),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Passer à la signature' })).toHaveAttribute('aria-disabled', 'true');

    // « Compléter l’étape » lands on the button where the partners say the facts are replaced.
    await user.click(screen.getByRole('button', { name: /^Compléter l’étape\s«\sIdentifier les partenaires/ }));
    const declare = await screen.findByRole('button', { name: 'J’ai remplacé les éléments illustratifs' }, slow);
    await waitFor(() => expect(declare).toHaveFocus());
    // Said while the example's invented people are still there: refused, each one named.
    await user.click(declare);
    expect(await screen.findByText(/champs gardent encore des faits inventés par l’exemple/, {}, slow)).toBeVisible();
    expect(
      screen.getByRole('button', {
        name: /^Identifier les partenaires — Partenaire «\sCOBSAC.*› Personne de contact$/,
      }),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: /^Relecture/ }));
    expect(await screen.findByRole('button', { name: 'Passer à la signature' }, slow)).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  });

  it('reads a worked example as a charter without creating a project, then copies it', async () => {
    const user = userEvent.setup();
    const { store, renderApp } = newDevice();
    renderApp();
    await user.click(await screen.findByRole('button', { name: /Lire l’exemple .*Salines de Guérande/ }, slow));
    expect(await screen.findByRole('heading', { level: 2, name: /Article 1 — Les parties/ }, slow)).toBeInTheDocument();
    expect(screen.getByText(/Exemple illustratif/)).toBeInTheDocument();
    const list = await store.list();
    expect(list.ok && list.projects).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'En faire le point de départ de mon projet' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Relecture' }, slow)).toBeInTheDocument();
  });

  it('imports a project file', async () => {
    const user = userEvent.setup();
    newDevice().renderApp();
    await user.upload(
      await screen.findByLabelText(/Ouvrir un fichier de projet/, {}, slow),
      file('p.cocharte.json', serializeProject(completeProject())),
    );
    expect(await screen.findByRole('heading', { level: 1, name: /riz équitable/ }, slow)).toBeInTheDocument();
  });

  it('opens a file whose signature was changed after signing only without it, once the user has read why', async () => {
    const user = userEvent.setup();
    const { project } = await sealedProject(completeProject());
    project.signatures[1] = { ...project.signatures[1]!, signatoryName: 'Quelqu’un d’autre' };
    const { store, renderApp } = newDevice();
    renderApp();
    await user.upload(
      await screen.findByLabelText(/Ouvrir un fichier de projet/, {}, slow),
      file('p.cocharte.json', serializeProject(project)),
    );
    const held = await screen.findByRole('group', { name: /Une signature n’est pas reprise/ }, slow);
    expect(held).toHaveTextContent('Signature de Quelqu’un d’autre sur la charte');
    await waitFor(() => expect(held).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Ouvrir sans ces signatures' }));
    await screen.findByRole('heading', { level: 1, name: /riz équitable/ }, slow);
    await waitFor(async () => {
      const kept = await store.load(project.id);
      expect(kept.ok && kept.stored.project.signatures.map((s) => s.signatoryName)).toEqual([
        'Élise Guérin',
        'Nguyễn Thị Minh Khai',
      ]);
    }, slow);
  });

  it('leaves out of a shared link the signature changed after signing, and says so', async () => {
    const { shareLink } = await import('../persistence/share-link');
    const { project } = await sealedProject(completeProject());
    project.signatures[0] = { ...project.signatures[0]!, date: '2026-02-01' };
    location.hash = new URL(shareLink(project, 'http://localhost/')).hash;
    newDevice().renderApp();
    const notice = await screen.findByRole('region', { name: /Un projet vous a été partagé/ }, slow);
    expect(notice).toHaveTextContent('Une signature n’est pas reprise');
    expect(notice).toHaveTextContent('Signature d’Élise Guérin sur la charte');
  });

  it('rejects a bad file on the home screen without speaking of a project in progress', async () => {
    const user = userEvent.setup();
    newDevice().renderApp();
    await user.upload(
      await screen.findByLabelText(/Ouvrir un fichier de projet/, {}, slow),
      file('photo.json', 'GIF89a…'),
    );
    expect(await screen.findByText(/n’est pas un fichier de projet Cocharte/, {}, slow)).toHaveTextContent(
      /Rien n’a été modifié sur cet appareil\.$/,
    );
    expect(screen.queryByText(/projet en cours/)).toBeNull();
  });

  it('names the field of a damaged project file and what it expects there', async () => {
    const user = userEvent.setup();
    newDevice().renderApp();
    const damaged = JSON.parse(serializeProject(completeProject()));
    damaged.project.partners.partners[1].legal.registrationKind = 'foreign';
    const text = JSON.stringify(damaged);
    await user.upload(
      await screen.findByLabelText(/Ouvrir un fichier de projet/, {}, slow),
      file('p.cocharte.json', text),
    );
    const message = await screen.findByText(/est endommagé/, {}, slow);
    expect(message).toHaveTextContent(
      /partners\.partners\[1\]\.legal\.registrationKind\s*: «\s*foreign\s*» n’est pas une valeur possible\s*; valeurs possibles\s*: «\s*siret\s*», «\s*rna\s*», «\s*other\s*» ou vide\./,
    );
    expect(message).toHaveTextContent(/Rien n’a été modifié sur cet appareil\.$/);
  });

  it('rejects a bad file with a clear message and keeps the current project', async () => {
    const user = userEvent.setup();
    newDevice().renderApp();
    await user.click(await screen.findByRole('button', { name: 'Commencer un nouveau projet' }, slow));
    await user.type(await screen.findByLabelText(/^Titre du partenariat/, {}, slow), 'À garder');
    await user.upload(screen.getByLabelText(/Ouvrir un fichier de projet/), file('photo.json', 'GIF89a…'));
    expect(await screen.findByText(/n’est pas un fichier de projet Cocharte/, {}, slow)).toBeInTheDocument();
    expect(screen.getByText(/Votre projet en cours n’a pas été modifié/)).toBeInTheDocument();
    expect(screen.getByLabelText(/^Titre du partenariat/)).toHaveValue('À garder');
  });

  it('lists the projects on this device and deletes one', async () => {
    const user = userEvent.setup();
    newDevice().renderApp();
    await user.upload(
      await screen.findByLabelText(/Ouvrir un fichier de projet/, {}, slow),
      file('p.cocharte.json', serializeProject(completeProject())),
    );
    await screen.findByRole('heading', { level: 1, name: /riz équitable/ }, slow);
    await user.click(screen.getByRole('button', { name: 'Mes projets' }));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Projets sur cet appareil' }, slow),
    ).toBeInTheDocument();
    // The list (and its buttons) loads with its own code, apart from the home screen's heading.
    await user.click(await screen.findByRole('button', { name: /Dupliquer .*riz équitable/ }, slow));
    expect(
      await screen.findByRole('heading', { level: 3, name: /riz équitable.*\(copie\)/ }, slow),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Renommer .*\(copie\)/ }));
    const field = screen.getByLabelText('Nouveau titre');
    await user.clear(field);
    await user.type(field, 'Variante{Enter}');
    expect(await screen.findByRole('heading', { level: 3, name: 'Variante' }, slow)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Supprimer .*Variante/ }));
    await waitFor(
      () => expect(screen.queryByRole('heading', { level: 3, name: 'Variante' })).not.toBeInTheDocument(),
      slow,
    );
    expect(screen.getByText(/Projet «.Variante.» supprimé/).closest('[role="status"]')).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Annuler la suppression' }));
    expect(await screen.findByRole('heading', { level: 3, name: 'Variante' }, slow)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Reprendre .*Variante/ }));
    expect(await screen.findByRole('heading', { level: 1, name: /Variante$/ }, slow)).toBeInTheDocument();
  });

  it('"Resume" on a damaged record says why, and keeps the record', async () => {
    const user = userEvent.setup();
    const { idb, store, renderApp } = newDevice();
    const project = completeProject();
    await store.save(project, 'review');
    // The summary still reads, the record does not (a half-written entry).
    const damaged = { version: 1, place: 'review', project: { id: project.id } };
    await set(recordKey(project.id), damaged, idb);
    renderApp();
    await user.click(await screen.findByRole('button', { name: /Reprendre .*riz équitable/ }, slow));
    expect(await screen.findByText(/Ce projet n’a pas pu être lu/, {}, slow)).toBeInTheDocument();
    expect(screen.getByText(/Ce projet n’a pas pu être lu/).closest('[role="alert"]')).not.toBeNull();
    expect(await store.readRaw([recordKey(project.id)])).toEqual([damaged]);
  });

  it('a damaged entry hides only itself: the other projects are listed', async () => {
    const { idb, store, renderApp } = newDevice();
    await store.save(completeProject(), 'review');
    await set(recordKey('broken'), '{"version":1,"pla', idb);
    renderApp();
    expect(await screen.findByRole('heading', { level: 3, name: /riz équitable/ }, slow)).toBeInTheDocument();
    // The notice's code loads when there is something to say: it may show after the list.
    expect(
      await screen.findByText(/Au moins un projet enregistré sur cet appareil n’a pas pu être lu/, {}, slow),
    ).toBeInTheDocument();
  });

  it('still lists the projects when storage is full at start-up, and says so at the first save', async () => {
    const user = userEvent.setup();
    const { idb, store } = newDevice();
    await store.save(completeProject(), 'review');
    const full = createProjectStore((mode, callback) =>
      mode === 'readwrite'
        ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
        : idb(mode, callback),
    );
    newDevice().renderApp(full);
    expect(await screen.findByRole('heading', { level: 3, name: /riz équitable/ }, slow)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Reprendre .*riz équitable/ }));
    await screen.findByRole('heading', { level: 1, name: /riz équitable/ }, slow);
    expect(await screen.findByText(/Votre navigateur n’enregistre pas ce projet/, {}, slow)).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Télécharger le projet' }).length).toBeGreaterThan(1);
  });

  it('shows the quota where space runs short, and asks the browser to keep the projects', async () => {
    const persist = vi.fn(async () => true);
    Object.defineProperty(navigator, 'storage', {
      configurable: true,
      value: { estimate: async () => ({ usage: 9_600_000, quota: 10_000_000 }), persist, persisted: async () => false },
    });
    try {
      const user = userEvent.setup();
      newDevice().renderApp();
      expect(await screen.findByText(/presque plein.*9,6\sMo utilisés sur 10\sMo/, {}, slow)).toBeInTheDocument();
      await user.click(await screen.findByRole('button', { name: 'Commencer un nouveau projet' }, slow));
      await waitFor(() => expect(persist).toHaveBeenCalled(), slow);
    } finally {
      Reflect.deleteProperty(navigator, 'storage');
    }
  });

  it('offers to open a project received through a share link', async () => {
    const user = userEvent.setup();
    const { shareLink } = await import('../persistence/share-link');
    location.hash = new URL(shareLink(completeProject(), 'http://localhost/')).hash;
    newDevice().renderApp();
    expect(
      await screen.findByRole('heading', { name: /Un projet vous a été partagé.*riz équitable/ }, slow),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'L’ouvrir comme nouveau projet' }));
    expect(await screen.findByRole('heading', { level: 1, name: /riz équitable/ }, slow)).toBeInTheDocument();
    expect(location.hash).toBe('');
  });

  it('compares a changed copy sent back by a partner and merges the chosen changes', async () => {
    const user = userEvent.setup();
    const original = completeProject();
    const { store, renderApp } = newDevice();
    renderApp();
    await user.upload(
      await screen.findByLabelText(/Ouvrir un fichier de projet/, {}, slow),
      file('p.cocharte.json', serializeProject(original)),
    );
    await screen.findByRole('heading', { level: 1, name: /riz équitable/ }, slow);
    const changed = {
      ...original,
      framework: { ...original.framework, purpose: 'Objet revu par l’entreprise.', governance: 'Gouvernance revue.' },
    };
    await user.upload(
      screen.getAllByLabelText(/Ouvrir un fichier de projet/)[0]!,
      file('retour.cocharte.json', serializeProject(changed)),
    );
    await user.click(await screen.findByRole('button', { name: 'Le comparer avec mon projet' }, slow));
    await user.click(
      await screen.findByRole('checkbox', { name: /Prendre cette modification.*Objet du partenariat/ }, slow),
    );
    await user.click(screen.getByRole('button', { name: 'Appliquer les modifications choisies' }));
    await screen.findByRole('heading', { level: 1, name: /riz équitable/ }, slow);
    await waitFor(async () => {
      const stored = await store.load(original.id);
      expect(stored.ok && stored.stored.project.framework.purpose).toBe('Objet revu par l’entreprise.');
      expect(stored.ok && stored.stored.project.framework.governance).toBe(original.framework.governance);
    }, slow);
  });

  it('explains a damaged share link', async () => {
    location.hash = '#projet=abimé';
    newDevice().renderApp();
    expect(
      (await screen.findByText(/lien de partage est incomplet ou abîmé/, {}, slow)).closest('[role="alert"]'),
    ).not.toBeNull();
  });

  it('opens the facilitator view and starts a blank project for the next pair', async () => {
    const user = userEvent.setup();
    newDevice().renderApp();
    await user.upload(
      await screen.findByLabelText(/Ouvrir un fichier de projet/, {}, slow),
      file('p.cocharte.json', serializeProject(completeProject())),
    );
    await user.click(await screen.findByRole('button', { name: 'Mode animation' }, slow));
    expect(screen.getByRole('heading', { level: 3, name: 'Questions à trancher ensemble' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Binôme suivant' }));
    await user.type(screen.getByLabelText('Nom du binôme (facultatif)'), 'Eau Vive');
    await user.click(screen.getByRole('button', { name: 'Oui, nouveau projet' }));
    expect(await screen.findByRole('heading', { level: 1, name: /Binôme 1 — Eau Vive/ }, slow)).toBeInTheDocument();
    // The workshop mode stays on for the next pair, which joins the session's list.
    expect(screen.getByRole('heading', { level: 3, name: 'Binômes de la séance' })).toBeInTheDocument();
    expect(screen.getByText(/Binôme 1/, { selector: 'strong' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Mes projets' }));
    expect(await screen.findByRole('heading', { level: 3, name: /riz équitable/ }, slow)).toBeInTheDocument();
  });

  it('switches the whole interface to English and remembers it', async () => {
    const user = userEvent.setup();
    const { renderApp } = newDevice();
    const first = renderApp();
    await user.selectOptions(await screen.findByLabelText('Langue', {}, slow), 'en');
    expect(await screen.findByRole('button', { name: 'Start a new project' }, slow)).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    first.unmount();
    renderApp();
    expect(await screen.findByLabelText('Language', {}, slow)).toHaveValue('en');
  });
});
