import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createStore } from 'idb-keyval';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Locale } from '../i18n/i18n';
import { createProjectStore } from '../persistence/project-store';
import { signedThreePartnerProject } from '../testing/record-fixtures';
import { App, browserAppInput } from './app';

/**
 * After every partner signed, the steps are shown read-only (a disabled fieldset): the
 * folded cards and sections of the signed text must still be readable, as the fold buttons
 * a disabled fieldset disables could not open them.
 */
const slow = { timeout: 15_000 };

const stepButton = async (name: string) =>
  within(await screen.findByRole('navigation', { name: 'Étapes de la charte' }, slow)).getByRole('button', {
    name: new RegExp(`^${name}`),
  });

// One database per test: the previous test's app must not autosave into this one's.
let dbCount = 0;
async function openSigned() {
  const project = await signedThreePartnerProject();
  dbCount += 1;
  const store = createProjectStore(createStore(`cocharte-read-only-steps-${dbCount}`, 'projects'));
  await store.save(project, 'review');
  history.replaceState(null, '', `/?p=${project.id}&s=review`);
  render(<App input={(locale: Locale) => browserAppInput(locale, store)} />);
  await screen.findByRole('heading', { level: 2, name: 'Relecture' }, slow);
  return project;
}

/** Nothing of the locked step is folded away, and no fold button sits there disabled. */
function expectNothingFolded(locked: HTMLElement) {
  for (const button of within(locked).queryAllByRole('button', { hidden: true }))
    expect(button).not.toHaveAttribute('aria-expanded');
  expect(locked.querySelector('[hidden]')).toBeNull();
}

describe('the read-only steps of a co-signed charter', () => {
  beforeAll(async () => {
    await import('./project-session');
  });
  beforeEach(() => {
    localStorage.setItem('cocharte.locale', 'fr');
    history.replaceState(null, '', '/');
  });

  it('shows every partner’s card open, its fields read by their labels', async () => {
    const user = userEvent.setup();
    const project = await openSigned();
    await user.click(await stepButton('Identifier les partenaires'));
    await screen.findByRole('heading', { level: 2, name: 'Identifier les partenaires' }, slow);
    const locked = document.querySelector('fieldset.wizard__locked') as HTMLElement;
    for (const [i, partner] of project.partners.partners.entries()) {
      const card = screen.getByRole('group', { name: `Partenaire ${i + 1}` });
      const name = within(card).getByLabelText(/^Nom de l’organisation/);
      expect(name).toBeVisible();
      expect(name).toHaveValue(partner.name);
    }
    expectNothingFolded(locked);
  }, 30_000);

  it('shows the funding plan and the clauses open in the framework step', async () => {
    const user = userEvent.setup();
    await openSigned();
    await user.click(await stepButton('Définir le cadre'));
    await screen.findByRole('heading', { level: 2, name: 'Définir le cadre' }, slow);
    const funding = screen.getByRole('region', { name: 'Apports et plan de financement' });
    expect(within(funding).getByLabelText(/^Devise des montants/)).toBeVisible();
    // Sections keep their heading in the page outline, so a screen reader can jump to them.
    expect(screen.getByRole('heading', { level: 3, name: 'Clauses de la charte' })).toBeVisible();
    expectNothingFolded(document.querySelector('fieldset.wizard__locked') as HTMLElement);
  }, 30_000);
});
