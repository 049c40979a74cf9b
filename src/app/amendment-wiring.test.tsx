import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createStore } from 'idb-keyval';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Locale } from '../i18n/i18n';
import type { DraftProject } from '../schemas/project.schema';
import { contentFingerprint } from '../domain/fingerprint';
import { checkChain, draftAmendment, signAmendment, withAmendment } from '../domain/record-amendments';
import { createProjectStore } from '../persistence/project-store';
import { NEW_BUDGET, budgetChange, signature, signedThreePartnerProject } from '../testing/record-fixtures';
import { App, browserAppInput } from './app';

/** A step of the stepper (the review page links to the steps too). */
const stepButton = async (name: string) =>
  within(await screen.findByRole('navigation', { name: 'Étapes de la charte' }, slow)).getByRole('button', {
    name: new RegExp(`^${name}`),
  });

/** No sleeping: each wait is for a condition, with room for a busy machine. */
const slow = { timeout: 15_000 };
const COMPANY_ROLE = 'Rôle et engagements de Coopérative Sel d’Œuvre SAS';

let dbCount = 0;
async function deviceWith(project: DraftProject) {
  dbCount += 1;
  const store = createProjectStore(createStore(`cocharte-amendment-wiring-${dbCount}`, 'projects'));
  await store.save(project, 'review');
  history.replaceState(null, '', `/?p=${project.id}&s=review`);
  const view = render(<App input={(locale: Locale) => browserAppInput(locale, store)} />);
  const stored = async () => {
    const loaded = await store.load(project.id);
    if (!loaded.ok) throw new Error('not stored');
    return loaded.stored.project;
  };
  return { view, stored, store };
}

describe('amendments in the app', () => {
  beforeAll(async () => {
    await import('./project-session');
  });
  beforeEach(() => {
    localStorage.setItem('cocharte.locale', 'fr');
    history.replaceState(null, '', '/');
  });

  it('shows the text in force in the read-only steps once an amendment is co-signed', async () => {
    const user = userEvent.setup();
    let project = await signedThreePartnerProject();
    let amendment = await draftAmendment(project, {
      id: 'am1',
      date: '2026-09-15',
      title: 'Budget revu',
      reason: 'Une subvention est arrivée.',
      changes: [budgetChange(project)],
    });
    for (const p of project.partners.partners)
      amendment = await signAmendment(amendment, signature(p.id, '2026-09-20'));
    project = withAmendment(project, amendment);
    await deviceWith(project);
    await screen.findByRole('heading', { level: 2, name: 'Relecture' }, slow);
    // The review shows the charter as signed, and says where the text in force is.
    expect(
      await screen.findByText(
        /^Vous lisez la charte telle qu’elle a été signée\. Le texte en vigueur depuis l’avenant n°\s1/,
        {},
        slow,
      ),
    ).toBeInTheDocument();
    await user.click(await stepButton('Définir le cadre'));
    expect(
      await screen.findByText(
        /^Les étapes montrent le texte en vigueur depuis l’avenant n°\s1\s: la charte signée avec ses avenants\.$/,
        {},
        slow,
      ),
    ).toBeInTheDocument();
    const card = await screen.findByRole('group', { name: COMPANY_ROLE }, slow);
    const money = within(card).getByLabelText(/^Apport financier/);
    expect(money).toHaveValue(NEW_BUDGET);
    expect(money).toBeDisabled();
  });

  it('drafts an amendment from the record; the draft is stored, the signed text is not touched', async () => {
    const user = userEvent.setup();
    const project = await signedThreePartnerProject();
    const original = await contentFingerprint(project);
    const { view, stored, store } = await deviceWith(project);
    await screen.findByRole('heading', { level: 2, name: 'Relecture' }, slow);
    const toolbar = screen.getByRole('button', { name: 'Mes projets' }).parentElement as HTMLElement;
    await user.click(within(toolbar).getByRole('button', { name: 'Dossier du partenariat' }));
    await user.click(await screen.findByRole('button', { name: 'Rédiger un avenant' }, slow));
    await user.click(await stepButton('Définir le cadre'));
    const card = await screen.findByRole('group', { name: COMPANY_ROLE }, slow);
    // A filled card is folded: opened, as a user must, before its field is changed.
    await user.click(within(card).getByRole('button', { expanded: false }));
    const money = within(card).getByLabelText(/^Apport financier/);
    await user.clear(money);
    await user.type(money, NEW_BUDGET);
    await waitFor(async () => expect((await stored()).record.amendments[0]?.changes).toHaveLength(1), slow);
    const saved = await stored();
    expect(await contentFingerprint(saved)).toBe(original);
    expect(saved.signatures).toEqual(project.signatures);
    expect((await checkChain(saved)).pending?.changes[0]?.afterText).toBe(NEW_BUDGET);

    // Drafting has its own address: a reload returns to the drafting screen, with its change.
    expect(location.search).toBe(`?p=${project.id}&s=review&v=record&a=draft`);
    view.unmount();
    render(<App input={(locale: Locale) => browserAppInput(locale, store)} />);
    await screen.findByRole('heading', { level: 2, name: /^Avenant n°\s1 en préparation/ }, slow);
    expect(await screen.findByText('1 modification dans le projet d’avenant.', {}, slow)).toBeInTheDocument();

    // Back leaves drafting for the record's home, where the draft is offered again.
    history.back();
    await user.click(await screen.findByRole('button', { name: 'Reprendre le projet d’avenant n°\u00a01' }, slow));
    expect(location.search).toBe(`?p=${project.id}&s=review&v=record&a=draft`);
    await user.click(await stepButton('Définir le cadre'));
    const again = await screen.findByRole('group', { name: COMPANY_ROLE }, slow);
    await user.click(within(again).getByRole('button', { expanded: false }));
    expect(within(again).getByLabelText(/^Apport financier/)).toHaveValue(NEW_BUDGET);
    // Its own button back to the record leaves the drafting address too.
    await user.click(screen.getByRole('button', { name: 'Retour au dossier' }));
    await screen.findByRole('button', { name: 'Reprendre le projet d’avenant n°\u00a01' }, slow);
    await waitFor(() => expect(location.search).toBe(`?p=${project.id}&s=review&v=record`));
  }, 60_000);
});
