import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createStore } from 'idb-keyval';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Locale } from '../i18n/i18n';
import { createProjectStore } from '../persistence/project-store';
import { browserIdle, stubIdleCallbacks } from '../../tests/setup/idle-callbacks';
import { App, browserAppInput } from './app';

const warmUp = vi.hoisted(() => vi.fn());
vi.mock('../domain/warm-up', () => ({ warmUpStepChecks: warmUp }));

const slow = { timeout: 15_000 };

beforeAll(async () => {
  await import('./project-session');
});
beforeEach(() => {
  stubIdleCallbacks();
  localStorage.setItem('cocharte.locale', 'fr');
  history.replaceState(null, '', '/');
  warmUp.mockClear();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('the first check of a new project’s step (zod building its schema)', () => {
  // Run while the project screen's files were still arriving, it held back the drawing of
  // step 1 by 17 to 31 ms (browser traces) after the click on « new project ».
  it('waits for the project screen to show, not for the pointer on « new project »', async () => {
    const user = userEvent.setup();
    const store = createProjectStore(createStore('cocharte-warm-up-test', 'projects'));
    render(<App input={(locale: Locale) => browserAppInput(locale, store)} />);
    const start = await screen.findByRole('button', { name: 'Commencer un nouveau projet' }, slow);
    await user.hover(start);
    // The code the click needs is asked for; its idle moments come and go.
    await act(async () => {
      await import('../domain/warm-up');
    });
    browserIdle();
    expect(warmUp).not.toHaveBeenCalled();

    await user.click(start);
    await screen.findByRole('heading', { level: 2, name: 'Identifier les partenaires' }, slow);
    browserIdle();
    expect(warmUp).toHaveBeenCalledTimes(1);
  });
});
