import { render, screen, waitFor, within } from '@testing-library/react';
import { createStore } from 'idb-keyval';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { completeProject, signedByAll } from '../../tests/fixtures/project';
import type { Locale } from '../i18n/i18n';
import { createProjectStore } from '../persistence/project-store';
import { STORAGE_KEYS } from '../persistence/storage';
import type { DraftProject } from '../schemas/project.schema';
import { App, browserAppInput } from './app';

/** No sleeping: each wait is for a condition, with room for a busy machine. */
const slow = { timeout: 15_000 };

let dbCount = 0;
/** A device whose workshop session has one pair, working on `project`, opened on its signing step. */
async function workshopWith(project: DraftProject) {
  dbCount += 1;
  const store = createProjectStore(createStore(`cocharte-workshop-pairs-${dbCount}`, 'projects'));
  await store.save(project, 'signing');
  localStorage.setItem(
    STORAGE_KEYS.workshop,
    JSON.stringify({
      active: true,
      minutes: 20,
      pairs: [{ number: 1, projectId: project.id, name: 'Eau Vive', startedAt: '2026-03-01T09:00:00.000Z' }],
    }),
  );
  history.replaceState(null, '', `/?p=${project.id}&s=signing`);
  render(<App input={(locale: Locale) => browserAppInput(locale, store)} />);
  const pairs = await screen.findByRole('region', { name: 'Binômes de la séance' }, slow);
  const row = within(pairs)
    .getByText(/Binôme 1/, { selector: 'strong' })
    .closest('li')!;
  // The row says where the pair stands once the store's list is read.
  await waitFor(() => expect(row).toHaveTextContent('Signature'), slow);
  return row;
}

describe('the workshop’s pairs', () => {
  beforeAll(async () => {
    await import('./project-session');
  });
  beforeEach(() => {
    localStorage.clear();
    localStorage.setItem('cocharte.locale', 'fr');
    history.replaceState(null, '', '/');
  });

  it('says « Charte signée » of a pair whose charter every partner signed', async () => {
    const row = await workshopWith(signedByAll(completeProject()));
    expect(row).toHaveTextContent('Charte signée');
  });

  it('does not call a charter signed when only one of its partners signed it (the signature rule)', async () => {
    const all = signedByAll(completeProject());
    const row = await workshopWith({ ...all, signatures: all.signatures.slice(0, 1) });
    expect(row).not.toHaveTextContent('Charte signée');
  });
});
