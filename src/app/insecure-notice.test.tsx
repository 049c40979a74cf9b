import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createStore } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createProjectStore } from '../persistence/project-store';
import { App, browserAppInput } from './app';

const slow = { timeout: 15_000 };
let device = 0;
const renderApp = () => {
  device += 1;
  const store = createProjectStore(createStore(`cocharte-insecure-test-${device}`, 'projects'));
  return render(<App input={(locale) => browserAppInput(locale, store)} />);
};

describe('a page served over plain http (not a secure context)', () => {
  beforeEach(() => {
    localStorage.setItem('cocharte.locale', 'fr');
    history.replaceState(null, '', '/');
  });
  afterEach(() => {
    Reflect.deleteProperty(window, 'isSecureContext');
  });

  it('says above the home screen that fingerprints and signatures need an https address, and still works', async () => {
    Object.defineProperty(window, 'isSecureContext', { value: false, configurable: true });
    const user = userEvent.setup();
    renderApp();
    const note = await screen.findByRole('note', {}, slow);
    // Read raw: jest-dom's text matchers turn no-break spaces into plain ones.
    expect(note.textContent).toMatch(/adresse non sécurisée \(http\)\u00a0: le navigateur y refuse/);
    expect(note).toHaveTextContent(/ouvrez Cocharte à une adresse https\.$/);
    // Drafting goes on: a new project opens on step 1.
    await user.click(await screen.findByRole('button', { name: 'Commencer un nouveau projet' }, slow));
    expect(await screen.findByRole('heading', { level: 2, name: 'Identifier les partenaires' }, slow)).toBeVisible();
  });

  it('shows nothing of the kind on a secure page', async () => {
    Object.defineProperty(window, 'isSecureContext', { value: true, configurable: true });
    renderApp();
    await screen.findByRole('button', { name: 'Commencer un nouveau projet' }, slow);
    expect(screen.queryByRole('note')).toBeNull();
  });
});
