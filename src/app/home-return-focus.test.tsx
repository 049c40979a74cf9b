import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createStore } from 'idb-keyval';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Locale } from '../i18n/i18n';
import { createProjectStore } from '../persistence/project-store';
import { preloadAppChunks } from '../testing/app-chunks';
import { App, browserAppInput } from './app';

/** No sleeping: each wait is for a condition, with room for a busy machine. */
const slow = { timeout: 15_000 };

let dbCount = 0;
function renderApp() {
  dbCount += 1;
  const store = createProjectStore(createStore(`cocharte-home-return-${dbCount}`, 'projects'));
  return render(<App input={(locale: Locale) => browserAppInput(locale, store)} />);
}

describe('a trainer going through the worked examples with the keyboard', () => {
  beforeAll(preloadAppChunks);
  beforeEach(() => {
    localStorage.setItem('cocharte.locale', 'fr');
    history.replaceState(null, '', '/');
  });

  it('comes back from an example to the button that opened it, not to the top of the page', async () => {
    const user = userEvent.setup();
    renderApp();
    const read = /^Lire l’exemple «\sLagazel et Entrepreneurs du Monde/;
    (await screen.findByRole('button', { name: read }, slow)).focus();
    await user.keyboard('{Enter}');
    const back = await screen.findByRole('button', { name: 'Revenir aux exemples' }, slow);
    await waitFor(() => expect(back).toHaveFocus(), slow);
    await user.keyboard('{Enter}');
    // The next example is one Tab away, as it was before reading this one.
    await waitFor(() => expect(screen.getByRole('button', { name: read })).toHaveFocus(), slow);
  });

  it('comes back from « À propos des sources » to its link', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(await screen.findByRole('button', { name: 'À propos des sources' }, slow));
    await user.click(await screen.findByRole('button', { name: 'Retour' }, slow));
    await waitFor(() => expect(screen.getByRole('button', { name: 'À propos des sources' })).toHaveFocus(), slow);
  });
});
