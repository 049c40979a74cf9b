import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createStore } from 'idb-keyval';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Locale } from '../i18n/i18n';
import type { DraftProject } from '../schemas/project.schema';
import { createProjectStore, type ProjectStore } from '../persistence/project-store';
import { NEW_BUDGET, signedThreePartnerProject } from '../testing/record-fixtures';
import { App, browserAppInput } from './app';

const slow = { timeout: 15_000 };
const COMPANY_ROLE = 'Rôle et engagements de Coopérative Sel d’Œuvre SAS';

/**
 * A store that notes each project the app asks it to write, at the moment it asks: what a
 * closing tab can still write is what was asked before the page went away.
 */
function watchedStore(name: string) {
  const store = createProjectStore(createStore(name, 'projects'));
  const asked: DraftProject[] = [];
  let writing = 0;
  const watched: ProjectStore = {
    ...store,
    save(project, place) {
      asked.push(project);
      writing += 1;
      return store.save(project, place).finally(() => {
        writing -= 1;
      });
    },
  };
  return { store: watched, asked, idle: () => writing === 0 };
}

/** Runs the promise callbacks queued now, and no timer nor other task (no hash by WebCrypto). */
async function microtasksOnly() {
  for (let i = 0; i < 50; i += 1) await Promise.resolve();
}

describe('an amendment draft when the tab closes', () => {
  beforeAll(async () => {
    await import('./project-session');
  });
  beforeEach(() => {
    localStorage.setItem('cocharte.locale', 'fr');
    history.replaceState(null, '', '/');
  });

  it('asks storage for what was typed just before pagehide, before the page goes', async () => {
    const user = userEvent.setup();
    const project = await signedThreePartnerProject();
    const { store, asked, idle } = watchedStore('cocharte-amendment-pagehide');
    await store.save(project, 'review');
    history.replaceState(null, '', `/?p=${project.id}&s=review&v=record`);
    render(<App input={(locale: Locale) => browserAppInput(locale, store)} />);
    await user.click(await screen.findByRole('button', { name: 'Rédiger un avenant' }, slow));
    await screen.findByRole('heading', { level: 2, name: /^Avenant n°\s1 en préparation/ }, slow);
    await user.click(
      within(screen.getByRole('navigation', { name: 'Étapes de la charte' })).getByRole('button', {
        name: /^Définir le cadre/,
      }),
    );
    const card = await screen.findByRole('group', { name: COMPANY_ROLE }, slow);
    // A filled card is folded: the partners open it, as anyone would, to change it.
    await user.click(within(card).getByRole('button', { expanded: false }));
    const money = within(card).getByLabelText(/^Apport financier/);
    // The draft itself is stored, and no write is under way.
    await waitFor(() => expect(asked.at(-1)?.record.amendments).toHaveLength(1), slow);
    await waitFor(() => expect(idle()).toBe(true), slow);
    const before = asked.length;

    // The last keystrokes, still in the form's debounce, then the tab closes at once.
    fireEvent.change(money, { target: { value: NEW_BUDGET } });
    window.dispatchEvent(new Event('pagehide'));
    await microtasksOnly();

    expect(asked.length).toBeGreaterThan(before);
    const last = asked.at(-1) as DraftProject;
    expect(last.record.amendments[0]?.changes.map((c) => c.afterText)).toEqual([NEW_BUDGET]);
    // The signed text itself is not what changed.
    expect(last.framework).toEqual(project.framework);
  }, 30_000);
});
