import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createStore } from 'idb-keyval';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { completeProject, signedByAll } from '../../tests/fixtures/project';
import type { Locale } from '../i18n/i18n';
import type { RecordDocumentRequest } from '../domain/record-documents';
import type { DraftProject } from '../schemas/project.schema';
import { createProjectStore, type ProjectStore } from '../persistence/project-store';
import { newReview, withReview } from '../domain/record-new';
import { App, browserAppInput } from './app';

// The record's PDFs are read back in src/record/record-journey.test.ts; here, what the
// app asks for and what it downloads.
const generateRecordPdf = vi.fn(async (_p: DraftProject, request: RecordDocumentRequest, locale: Locale) => ({
  blob: new Blob(['%PDF']),
  fileName: `${request.kind}-${locale}.pdf`,
}));
vi.mock('../pdf/generate-pdf', () => ({
  generateRecordPdf: (p: DraftProject, r: RecordDocumentRequest, l: Locale) => generateRecordPdf(p, r, l),
}));
const downloadBlob = vi.fn();
vi.mock('../lib/download-file', () => ({ downloadBlob: (b: Blob, n: string) => downloadBlob(b, n) }));

/** No sleeping: each wait is for a condition, with room for a busy machine. */
const slow = { timeout: 15_000 };

let dbCount = 0;
async function deviceWith(project: DraftProject, place: 'signing' | 'review') {
  dbCount += 1;
  const store = createProjectStore(createStore(`cocharte-record-wiring-${dbCount}`, 'projects'));
  await store.save(project, place);
  history.replaceState(null, '', `/?p=${project.id}&s=${place}`);
  const renderApp = (s: ProjectStore = store) => render(<App input={(locale: Locale) => browserAppInput(locale, s)} />);
  return { store, renderApp };
}

async function storedProject(store: ProjectStore, id: string) {
  const loaded = await store.load(id);
  if (!loaded.ok) throw new Error('not stored');
  return loaded.stored.project;
}

describe('the partnership record in the app', () => {
  beforeAll(async () => {
    await import('./project-session');
  });
  beforeEach(() => {
    localStorage.setItem('cocharte.locale', 'fr');
    history.replaceState(null, '', '/');
    generateRecordPdf.mockClear();
    downloadBlob.mockClear();
  });

  it('opens from a co-signed charter, records a review that survives a reload, and closes with Back', async () => {
    const user = userEvent.setup();
    // A charter in English kept by a French-speaking coordinator: its record's documents are in English.
    const signed = signedByAll({ ...completeProject(), documentLanguage: 'en' });
    const { store, renderApp } = await deviceWith(signed, 'signing');
    const first = renderApp();
    await screen.findByRole('heading', { level: 2, name: 'Signature' }, slow);
    const entry = screen.getByText(/le suivi du partenariat .* se tient dans son dossier/).closest('.panel');
    await user.click(within(entry as HTMLElement).getByRole('button', { name: 'Dossier du partenariat' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Dossier du partenariat' }, slow)).toBeInTheDocument();
    expect(location.search).toBe(`?p=${signed.id}&s=signing&v=record`);

    await user.click(await screen.findByRole('button', { name: 'Nouveau bilan' }, slow));
    await user.type(screen.getByLabelText(/^Participants/), 'Élise, François, Lan');
    for (const actual of screen.getAllByLabelText(/^Valeur constatée/)) await user.type(actual, '12');
    await user.click(screen.getByRole('button', { name: 'Enregistrer le bilan' }));
    expect(await screen.findByText(/^Bilan n°\s1 — /, {}, slow)).toBeInTheDocument();
    // Stored by the autosave, outside the signed content: the signatures still count.
    await waitFor(async () => expect((await storedProject(store, signed.id)).record.reviews).toHaveLength(1), slow);
    const stored = await storedProject(store, signed.id);
    expect(stored.record.reviews[0]?.participants).toBe('Élise, François, Lan');
    expect(stored.signatures).toEqual(signed.signatures);

    // A reload on the record's address reopens the record, with the review.
    first.unmount();
    renderApp();
    expect(await screen.findByRole('heading', { level: 2, name: 'Dossier du partenariat' }, slow)).toBeInTheDocument();
    expect(await screen.findByText(/^Bilan n°\s1 — /, {}, slow)).toBeInTheDocument();

    // Its report downloads through the record's PDF, made from the stored project, in the charter's language.
    await user.click(screen.getByRole('button', { name: 'PDF (Bilan n°\u00a01)' }));
    await waitFor(() => expect(downloadBlob).toHaveBeenCalledWith(expect.any(Blob), 'review-en.pdf'), slow);
    expect(generateRecordPdf).toHaveBeenCalledWith(
      expect.objectContaining({ id: signed.id }),
      { kind: 'review', number: 1 },
      'en',
    );
    expect(generateRecordPdf.mock.calls[0]?.[0].record.reviews).toHaveLength(1);

    // Back to the charter: the signing step, its address without the record.
    await user.click(screen.getByRole('button', { name: 'Retour à la charte' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Signature' }, slow)).toBeInTheDocument();
    await waitFor(() => expect(location.search).toBe(`?p=${signed.id}&s=signing`), slow);
  });

  it('is offered in the toolbar only once every partner signed, and an unsigned charter ignores its address', async () => {
    const user = userEvent.setup();
    const project = completeProject();
    const { renderApp } = await deviceWith(project, 'review');
    history.replaceState(null, '', `/?p=${project.id}&s=review&v=record`);
    renderApp();
    expect(await screen.findByRole('heading', { level: 2, name: 'Relecture' }, slow)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Dossier du partenariat' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Mes projets' }));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Projets sur cet appareil' }, slow),
    ).toBeInTheDocument();
  });

  it('the toolbar opens the record of a co-signed charter from any step; Back closes it', async () => {
    const user = userEvent.setup();
    const signed = signedByAll(completeProject());
    const { renderApp } = await deviceWith(signed, 'review');
    renderApp();
    await screen.findByRole('heading', { level: 2, name: 'Relecture' }, slow);
    const toolbar = screen.getByRole('button', { name: 'Mes projets' }).parentElement as HTMLElement;
    const open = within(toolbar).getByRole('button', { name: 'Dossier du partenariat' });
    expect(open).toHaveAttribute('aria-pressed', 'false');
    await user.click(open);
    expect(await screen.findByRole('heading', { level: 2, name: 'Dossier du partenariat' }, slow)).toBeInTheDocument();
    expect(open).toHaveAttribute('aria-pressed', 'true');
    expect(location.search).toBe(`?p=${signed.id}&s=review&v=record`);
    // The browser's Back closes it.
    history.back();
    expect(await screen.findByRole('heading', { level: 2, name: 'Relecture' }, slow)).toBeInTheDocument();
    expect(location.search).toBe(`?p=${signed.id}&s=review`);
  });

  it('Back from a health check returns to the review it was opened from, on the button that opened it', async () => {
    const user = userEvent.setup();
    const signed = signedByAll(completeProject());
    const reviewed = withReview(signed, {
      ...newReview(signed, { id: 'rev1', date: '2026-10-05' }),
      participants: 'Élise',
    });
    const partner = reviewed.partners.partners[1]!.name;
    const { renderApp } = await deviceWith(reviewed, 'review');
    renderApp();
    await screen.findByRole('heading', { level: 2, name: 'Relecture' }, slow);
    const toolbar = screen.getByRole('button', { name: 'Mes projets' }).parentElement as HTMLElement;
    await user.click(within(toolbar).getByRole('button', { name: 'Dossier du partenariat' }));
    await user.click(await screen.findByRole('button', { name: 'Ouvrir (Bilan n°\u00a01)' }, slow));
    const openHealth = () =>
      user.click(screen.getByRole('button', { name: `Répondre au bilan de santé pour ${partner}` }));

    // The browser's Back.
    await openHealth();
    expect(screen.getByRole('heading', { level: 2, name: `Bilan de santé du partenariat — ${partner}` })).toBeVisible();
    history.back();
    expect(await screen.findByRole('heading', { level: 2, name: 'Bilan n°\u00a01' }, slow)).toBeInTheDocument();
    expect(location.search).toBe(`?p=${signed.id}&s=review&v=record&a=review&r=rev1`);
    await waitFor(
      () => expect(screen.getByRole('button', { name: `Répondre au bilan de santé pour ${partner}` })).toHaveFocus(),
      slow,
    );

    // The screen's own way back, named after where it goes.
    await openHealth();
    await user.click(screen.getByRole('button', { name: 'Retour au bilan n°\u00a01' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Bilan n°\u00a01' }, slow)).toBeInTheDocument();
    await waitFor(() => expect(location.search).toBe(`?p=${signed.id}&s=review&v=record&a=review&r=rev1`), slow);
    expect(screen.getByRole('button', { name: `Répondre au bilan de santé pour ${partner}` })).toHaveFocus();
    // Back again: the record's home, then the charter.
    history.back();
    expect(await screen.findByRole('heading', { level: 2, name: 'Dossier du partenariat' }, slow)).toBeInTheDocument();
    expect(location.search).toBe(`?p=${signed.id}&s=review&v=record`);
    history.back();
    expect(await screen.findByRole('heading', { level: 2, name: 'Relecture' }, slow)).toBeInTheDocument();
  });

  it('a review form and a health check have addresses naming them: Back and Forward walk them, a reload reopens them', async () => {
    const user = userEvent.setup();
    const signed = signedByAll(completeProject());
    const reviewed = withReview(signed, {
      ...newReview(signed, { id: 'rev1', date: '2026-10-05' }),
      participants: 'Élise',
    });
    const partner = reviewed.partners.partners[1]!;
    const { renderApp } = await deviceWith(reviewed, 'review');
    const first = renderApp();
    await screen.findByRole('heading', { level: 2, name: 'Relecture' }, slow);
    const toolbar = screen.getByRole('button', { name: 'Mes projets' }).parentElement as HTMLElement;
    await user.click(within(toolbar).getByRole('button', { name: 'Dossier du partenariat' }));
    await user.click(await screen.findByRole('button', { name: 'Ouvrir (Bilan n°\u00a01)' }, slow));
    expect(location.search).toBe(`?p=${signed.id}&s=review&v=record&a=review&r=rev1`);
    await user.click(screen.getByRole('button', { name: `Répondre au bilan de santé pour ${partner.name}` }));
    const health = `?p=${signed.id}&s=review&v=record&a=health&r=rev1&pt=${partner.id}`;
    expect(location.search).toBe(health);

    // A reload on the health check: the same health check.
    first.unmount();
    renderApp();
    const title = { level: 2, name: `Bilan de santé du partenariat — ${partner.name}` } as const;
    expect(await screen.findByRole('heading', title, slow)).toBeInTheDocument();
    expect(location.search).toBe(health);

    // Back: the review, then the record's home; Forward twice: the health check again.
    history.back();
    expect(await screen.findByRole('heading', { level: 2, name: 'Bilan n°\u00a01' }, slow)).toBeInTheDocument();
    history.back();
    expect(await screen.findByRole('heading', { level: 2, name: 'Dossier du partenariat' }, slow)).toBeInTheDocument();
    history.forward();
    expect(await screen.findByRole('heading', { level: 2, name: 'Bilan n°\u00a01' }, slow)).toBeInTheDocument();
    history.forward();
    expect(await screen.findByRole('heading', title, slow)).toBeInTheDocument();
    expect(location.search).toBe(health);

    // The screens' own ways back walk the same entries: Back from the record's home then
    // closes the record, as it was entered from the charter.
    await user.click(screen.getByRole('button', { name: 'Retour au bilan n°\u00a01' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Bilan n°\u00a01' }, slow)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retour au dossier' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Dossier du partenariat' }, slow)).toBeInTheDocument();
    await waitFor(() => expect(location.search).toBe(`?p=${signed.id}&s=review&v=record`), slow);
    history.back();
    expect(await screen.findByRole('heading', { level: 2, name: 'Relecture' }, slow)).toBeInTheDocument();
  });

  it('an address naming a review or a partner that does not exist shows the record’s home of the same project', async () => {
    const signed = signedByAll(completeProject());
    const reviewed = withReview(signed, newReview(signed, { id: 'rev1', date: '2026-10-05' }));
    const partner = reviewed.partners.partners[0]!.id;
    const record = `?p=${signed.id}&s=review&v=record`;
    const { renderApp } = await deviceWith(reviewed, 'review');
    for (const rest of [
      '&a=review&r=stale',
      `&a=health&r=stale&pt=${partner}`,
      '&a=health&r=rev1&pt=intruder',
      '&a=health&r=%3Cimg%20src%3Dx%3E&pt=x',
      '&a=review&r=..%2F..%2Fother',
    ]) {
      history.replaceState(null, '', `/${record}${rest}`);
      const shown = renderApp();
      expect(
        await screen.findByRole('heading', { level: 2, name: 'Dossier du partenariat' }, slow),
      ).toBeInTheDocument();
      await waitFor(() => expect(location.search).toBe(record), slow);
      expect(screen.getByRole('button', { name: 'Ouvrir (Bilan n°\u00a01)' })).toBeInTheDocument();
      shown.unmount();
    }
  });

  describe('nothing typed in the record is lost', () => {
    const SAVED = 'Brouillon enregistré sur cet appareil';
    async function openRecord(user: ReturnType<typeof userEvent.setup>) {
      await screen.findByRole('heading', { level: 2, name: 'Relecture' }, slow);
      const toolbar = screen.getByRole('button', { name: 'Mes projets' }).parentElement as HTMLElement;
      await user.click(within(toolbar).getByRole('button', { name: 'Dossier du partenariat' }));
      await screen.findByRole('heading', { level: 2, name: 'Dossier du partenariat' }, slow);
    }

    it('a new review typed and not saved comes back after a reload, and is no held review', async () => {
      const user = userEvent.setup();
      const signed = signedByAll(completeProject());
      const { store, renderApp } = await deviceWith(signed, 'review');
      const first = renderApp();
      await openRecord(user);
      await user.click(screen.getByRole('button', { name: 'Nouveau bilan' }));
      await user.type(screen.getByLabelText(/^Participants/), 'Élise, François, Lan');
      expect(await screen.findByText(SAVED, {}, slow)).toBeInTheDocument();
      // Stored by the app's autosave, as a draft: no review is held.
      await waitFor(
        async () =>
          expect((await storedProject(store, signed.id)).record.drafts?.reviews[0]?.participants).toBe(
            'Élise, François, Lan',
          ),
        slow,
      );
      expect((await storedProject(store, signed.id)).record.reviews).toEqual([]);

      expect(location.search).toBe(`?p=${signed.id}&s=review&v=record&a=review&r=new`);
      // A reload (the tab crashed mid-review): the form reopens with its draft.
      first.unmount();
      renderApp();
      expect(await screen.findByLabelText(/^Participants/, {}, slow)).toHaveValue('Élise, François, Lan');
      expect(screen.getByText(SAVED)).toBeInTheDocument();
      // Back: the record's home, where the review waits to be taken up again, no held review.
      history.back();
      expect(
        await screen.findByRole('heading', { level: 2, name: 'Dossier du partenariat' }, slow),
      ).toBeInTheDocument();
      expect(screen.queryByText(/^Bilan n°\s1 — /)).toBeNull();
      expect(screen.getByText('Aucun bilan ni avenant pour l’instant.')).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Reprendre le brouillon du bilan n°\u00a01' }));
      expect(screen.getByLabelText(/^Participants/)).toHaveValue('Élise, François, Lan');
    });

    it('a review’s text survives opening a health check, and the health check’s answers a reload', async () => {
      const user = userEvent.setup();
      const signed = signedByAll(completeProject());
      const reviewed = withReview(signed, {
        ...newReview(signed, { id: 'rev1', date: '2026-10-05' }),
        participants: 'Élise',
      });
      const partner = reviewed.partners.partners[1]!.name;
      const { store, renderApp } = await deviceWith(reviewed, 'review');
      const first = renderApp();
      await openRecord(user);
      await user.click(screen.getByRole('button', { name: 'Ouvrir (Bilan n°\u00a01)' }));
      await user.type(screen.getByLabelText(/^Participants/), ' et Lan');
      await user.click(screen.getByRole('button', { name: `Répondre au bilan de santé pour ${partner}` }));
      await user.click(
        within(screen.getByRole('group', { name: /^Nous avons confiance/ })).getByRole('radio', {
          name: '4 — largement',
        }),
      );
      await user.type(screen.getByLabelText('Commentaire (facultatif)'), 'Plus de visites');
      await user.click(screen.getByRole('button', { name: 'Retour au bilan n°\u00a01' }));
      expect(await screen.findByRole('heading', { level: 2, name: 'Bilan n°\u00a01' }, slow)).toBeInTheDocument();
      expect(screen.getByLabelText(/^Participants/)).toHaveValue('Élise et Lan');
      await waitFor(async () => {
        const drafts = (await storedProject(store, reviewed.id)).record.drafts;
        expect(drafts?.reviews[0]?.participants).toBe('Élise et Lan');
        expect(drafts?.health[0]?.answer.comment).toBe('Plus de visites');
      }, slow);
      expect((await storedProject(store, reviewed.id)).record.reviews[0]?.participants).toBe('Élise');

      // A reload on the review: the review again, with its draft; its health check keeps its answers.
      first.unmount();
      renderApp();
      expect(await screen.findByLabelText(/^Participants/, {}, slow)).toHaveValue('Élise et Lan');
      await user.click(screen.getByRole('button', { name: `Répondre au bilan de santé pour ${partner}` }));
      expect(screen.getByLabelText('Commentaire (facultatif)')).toHaveValue('Plus de visites');
      expect(
        within(screen.getByRole('group', { name: /^Nous avons confiance/ })).getByRole('radio', {
          name: '4 — largement',
        }),
      ).toBeChecked();
    });

    it('the closing report typed and not saved comes back after a reload', async () => {
      const user = userEvent.setup();
      const signed = signedByAll(completeProject());
      const { store, renderApp } = await deviceWith(signed, 'review');
      const first = renderApp();
      await openRecord(user);
      await user.click(screen.getByRole('button', { name: 'Bilan de fin de partenariat' }));
      await user.type(screen.getByLabelText(/^Enseignements/), 'Anticiper la logistique.');
      await waitFor(
        async () =>
          expect((await storedProject(store, signed.id)).record.drafts?.closing?.lessons).toBe(
            'Anticiper la logistique.',
          ),
        slow,
      );
      expect((await storedProject(store, signed.id)).record.closing).toBeNull();
      first.unmount();
      renderApp();
      await user.click(await screen.findByRole('button', { name: 'Bilan de fin de partenariat' }, slow));
      expect(screen.getByLabelText(/^Enseignements/)).toHaveValue('Anticiper la logistique.');
    });
  });
});
