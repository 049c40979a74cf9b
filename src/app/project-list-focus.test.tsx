import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createStore } from 'idb-keyval';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { completeProject } from '../../tests/fixtures/project';
import type { Locale } from '../i18n/i18n';
import { createProjectStore } from '../persistence/project-store';
import { preloadAppChunks } from '../testing/app-chunks';
import { App, browserAppInput } from './app';

/** No sleeping: each wait is for a condition, with room for a busy machine. */
const slow = { timeout: 15_000 };

let dbCount = 0;

describe('the home screen’s list of projects with the keyboard', () => {
  beforeAll(preloadAppChunks);
  beforeEach(() => {
    localStorage.setItem('cocharte.locale', 'fr');
    history.replaceState(null, '', '/');
  });

  it('moves the focus to « Annuler la suppression », then, once undone, back to the project restored', async () => {
    const user = userEvent.setup();
    dbCount += 1;
    const store = createProjectStore(createStore(`cocharte-project-list-focus-${dbCount}`, 'projects'));
    const kept = { ...completeProject(), id: 'kept' };
    kept.partners = { ...kept.partners, title: 'Autre projet' };
    await store.save(kept, 'review');
    await store.save(completeProject(), 'review');
    render(<App input={(locale: Locale) => browserAppInput(locale, store)} />);

    const remove = await screen.findByRole('button', { name: /Supprimer .*riz équitable/ }, slow);
    remove.focus();
    await user.keyboard('{Enter}');
    // The button pressed is gone with its project: the focus goes to the way back, not the page's top.
    const undo = await screen.findByRole('button', { name: 'Annuler la suppression' }, slow);
    await waitFor(() => expect(undo).toHaveFocus(), slow);

    await user.keyboard('{Enter}');
    const resume = await screen.findByRole('button', { name: /Reprendre .*riz équitable/ }, slow);
    await waitFor(() => expect(resume).toHaveFocus(), slow);
  });

  it('keeps the focus on « Renommer » once a new title is saved or the renaming is cancelled', async () => {
    const user = userEvent.setup();
    dbCount += 1;
    const store = createProjectStore(createStore(`cocharte-project-list-focus-${dbCount}`, 'projects'));
    await store.save(completeProject(), 'review');
    render(<App input={(locale: Locale) => browserAppInput(locale, store)} />);

    (await screen.findByRole('button', { name: /Renommer .*riz équitable/ }, slow)).focus();
    await user.keyboard('{Enter}');
    const field = screen.getByLabelText('Nouveau titre');
    expect(field).toHaveFocus();
    await user.clear(field);
    await user.type(field, 'Variante{Enter}');
    // The form goes with its field: the focus comes back to the button that opened it.
    const renamed = await screen.findByRole('button', { name: /^Renommer «\sVariante\s»$/ }, slow);
    await waitFor(() => expect(renamed).toHaveFocus(), slow);

    await user.keyboard('{Enter}');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.getByRole('button', { name: /^Renommer «\sVariante\s»$/ })).toHaveFocus(), slow);
  });

  it('says that the copy was made, and which one, when a project is duplicated', async () => {
    const user = userEvent.setup();
    dbCount += 1;
    const store = createProjectStore(createStore(`cocharte-project-list-focus-${dbCount}`, 'projects'));
    await store.save(completeProject(), 'review');
    render(<App input={(locale: Locale) => browserAppInput(locale, store)} />);

    const duplicate = await screen.findByRole('button', { name: /Dupliquer .*riz équitable/ }, slow);
    duplicate.focus();
    await user.keyboard('{Enter}');
    // The copy goes to the top of the list, away from the focus: it is said where the focus is.
    await screen.findByRole('heading', { level: 3, name: /riz équitable.*\(copie\)/ }, slow);
    // Said once the list shows the copy (the next render): waited for, as a user would hear it.
    await waitFor(() => {
      const said = screen.getAllByRole('status').map((s) => s.textContent ?? '');
      expect(
        said.some((text) => /^Copie créée\s:\s«\s.*riz équitable.*\(copie\)\s»\.$/.test(text)),
        said.join(' | '),
      ).toBe(true);
    }, slow);
    expect(duplicate).toHaveFocus();
  });
});
