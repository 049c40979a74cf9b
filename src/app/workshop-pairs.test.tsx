import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createStore } from 'idb-keyval';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
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
async function workshopWith(project: DraftProject, pairsHeading = 'Binômes de la séance', pairWord = 'Binôme') {
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
  const pairs = await screen.findByRole('region', { name: pairsHeading }, slow);
  const row = within(pairs)
    .getByText(new RegExp(`${pairWord} 1`), { selector: 'strong' })
    .closest('li')!;
  // The row says where the pair stands once the store's list is read.
  await waitFor(() => expect(row).toHaveTextContent(/Signature|Signing/), slow);
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

  describe('in English', () => {
    let downloads: string[] = [];
    beforeEach(() => {
      localStorage.setItem('cocharte.locale', 'en');
      downloads = [];
      URL.createObjectURL = vi.fn(() => 'blob:saved');
      URL.revokeObjectURL = vi.fn();
      vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
        downloads.push(this.download);
      });
    });
    afterEach(() => vi.restoreAllMocks());

    it('names the session file and the pairs’ archive in English, as the charter’s files are', async () => {
      const user = userEvent.setup();
      await workshopWith(completeProject(), 'Pairs in this session', 'Pair');
      await user.click(screen.getByRole('button', { name: 'Save the session (one file)' }));
      await screen.findByText(
        /^Session saved: 1 pair in workshop-\d{4}-\d\d-\d\d\.cocharte-atelier\.json\.$/,
        {},
        slow,
      );

      await user.click(screen.getByRole('button', { name: 'Leave facilitator mode' }));
      await user.click(
        screen.getByRole('button', { name: 'Leave and delete the session’s projects from this device' }),
      );
      await user.click(screen.getByRole('button', { name: 'Save each pair’s project (one .zip archive)' }));
      await screen.findByText(/^1 project file saved in workshop-\d{4}-\d\d-\d\d-projects\.zip\.$/, {}, slow);
      expect(downloads).toEqual([
        expect.stringMatching(/^workshop-\d{4}-\d\d-\d\d\.cocharte-atelier\.json$/),
        expect.stringMatching(/^workshop-\d{4}-\d\d-\d\d-projects\.zip$/),
      ]);
    });
  });
});
