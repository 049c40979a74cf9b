import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createStore } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { completeProject, typedSignature } from '../../../tests/fixtures/project';
import { renderWizard } from '../../../tests/setup/render-wizard';
import { contentFingerprint } from '../../domain/fingerprint';
import { createRequestStatusStore } from '../../persistence/request-statuses';
import { provideRequestStatusStore } from '../../signing/request-status-store';
import {
  createSignatureRequest,
  declineRequest,
  serializeSignatureReturn,
  signRequest,
} from '../../signing/signature-request';

const answerFile = (text: string) => new File([text], 'reponse.signature.json', { type: 'application/json' });
const spaces = { normalizer: (s: string) => s.replace(/\s+/g, ' ') };

// The device's store, as the app plugs it in (src/app/project-session.tsx), on a fresh
// IndexedDB (fake-indexeddb) per test; a new store instance per read, as after a reload.
let dbCount = 0;
beforeEach(() => {
  const idb = createStore(`cocharte-remote-test-${(dbCount += 1)}`, 'projects');
  provideRequestStatusStore(async () => createRequestStatusStore(idb));
});

describe('signing by link, on the coordinator’s signing step', () => {
  it('shows a refusal with its reason, and refuses a signature given on another version', async () => {
    const project = completeProject();
    const fingerprint = await contentFingerprint(project);
    const request = createSignatureRequest(project, 'company', fingerprint);
    const declined = declineRequest(request, 'Marc Lefèvre', 'Le budget n’est pas validé par notre conseil.');
    const older = createSignatureRequest(
      { ...project, framework: { ...project.framework, purpose: 'Un objet d’avant.' } },
      'south',
      'b'.repeat(64),
    );
    const signedOlder = await signRequest(older, {
      signatoryName: 'Nguyễn Thị Minh Khai',
      signatoryTitle: 'Directrice',
      place: 'Đà Nẵng',
      date: '2026-03-01',
      method: 'typed',
    });

    const { actor } = renderWizard(project, 'signing');
    const user = userEvent.setup();
    const remote = await screen.findByRole('region', { name: 'Signature à distance, par lien' });
    const input = within(remote).getByLabelText('Importer une signature reçue (fichier .signature.json)');

    await user.upload(input, answerFile(serializeSignatureReturn(declined)));
    expect(
      await within(remote).findByText('refusée par Marc Lefèvre : « Le budget n’est pas validé par notre conseil. »', {
        normalizer: (s) => s.replace(/\s+/g, ' '),
      }),
    ).toBeVisible();

    await user.upload(input, answerFile(serializeSignatureReturn(signedOlder)));
    await waitFor(() =>
      expect(within(remote).getByRole('alert')).toHaveTextContent(
        /Signature de Hợp tác xã Sao Biển refusée\s: elle porte sur une autre version de la charte/,
      ),
    );
    expect(actor().getSnapshot().context.project.signatures).toEqual([]);
  });
});

describe('signing by link: an answer to another charter', () => {
  it('is refused as belonging to another charter (not « a partner this charter does not name »), and changes nothing', async () => {
    const project = completeProject();
    const other = {
      ...project,
      partners: {
        ...project.partners,
        title: 'Une autre charte',
        partners: project.partners.partners.map((p) => ({ ...p, id: `other-${p.id}` })),
      },
    };
    const request = createSignatureRequest(other, 'other-company', await contentFingerprint(other));
    const answer = declineRequest(request, 'Marc Lefèvre', 'Pas maintenant.');
    const { actor } = renderWizard(project, 'signing');
    const user = userEvent.setup();
    const remote = await screen.findByRole('region', { name: 'Signature à distance, par lien' });
    await user.upload(
      within(remote).getByLabelText('Importer une signature reçue (fichier .signature.json)'),
      answerFile(serializeSignatureReturn(answer)),
    );
    await waitFor(() =>
      expect(within(remote).getByRole('alert')).toHaveTextContent(
        /Réponse refusée\s: elle répond à la demande de signature d’une autre charte .* Importez-la dans le projet de cette charte-là\./,
      ),
    );
    expect(within(remote).queryByText(/refusée par Marc Lefèvre/)).toBeNull();
    expect(actor().getSnapshot().context.project.signatures).toEqual([]);
  });
});

describe('signing by link: an amendment’s answer offered to the charter', () => {
  it('is refused, saying it is about an amendment, and changes nothing', async () => {
    const project = completeProject();
    // An answer to a request about an amendment of the record (its id), declined here.
    const request = createSignatureRequest(project, 'company', 'c'.repeat(64), new Date(), 'am1');
    const answer = declineRequest(request, 'Marc Lefèvre', 'Pas d’accord sur l’avenant.');
    const { actor } = renderWizard(project, 'signing');
    const user = userEvent.setup();
    const remote = await screen.findByRole('region', { name: 'Signature à distance, par lien' });
    await user.upload(
      within(remote).getByLabelText('Importer une signature reçue (fichier .signature.json)'),
      answerFile(serializeSignatureReturn(answer)),
    );
    await waitFor(() =>
      expect(within(remote).getByRole('alert')).toHaveTextContent(
        /Réponse de Coopérative Œuvre & Sol refusée\s: elle porte sur un avenant, pas sur la charte\./,
      ),
    );
    expect(within(remote).queryByText(/refusée par Marc Lefèvre/)).toBeNull();
    expect(actor().getSnapshot().context.project.signatures).toEqual([]);
  });
});

describe('signing by link: a wrong file', () => {
  it('refuses a file far larger than any answer before reading it, and changes nothing', async () => {
    const project = completeProject();
    renderWizard(project, 'signing');
    const user = userEvent.setup();
    const remote = await screen.findByRole('region', { name: 'Signature à distance, par lien' });
    const input = within(remote).getByLabelText('Importer une signature reçue (fichier .signature.json)');
    const huge = new File(['x'], 'video.signature.json', { type: 'application/json' });
    let read = false;
    Object.defineProperty(huge, 'size', { value: 2 * 1024 * 1024 * 1024 });
    huge.text = async () => {
      read = true;
      return '';
    };
    await user.upload(input, huge);
    await waitFor(() =>
      expect(within(remote).getByRole('alert')).toHaveTextContent(
        /Ce fichier est bien trop grand pour être une réponse de signature.*Le projet n’a pas changé/,
      ),
    );
    expect(read).toBe(false);
  });
});

describe('signing by link: the same answer twice', () => {
  it('says an answer already attached changes nothing, and keeps one signature', async () => {
    const project = completeProject();
    const fingerprint = await contentFingerprint(project);
    const request = createSignatureRequest(project, 'south', fingerprint);
    const answer = await signRequest(request, {
      signatoryName: 'Nguyễn Thị Minh Khai',
      signatoryTitle: 'Directrice',
      place: 'Đà Nẵng',
      date: '2026-03-01',
      method: 'typed',
    });
    const { actor } = renderWizard(project, 'signing');
    const user = userEvent.setup();
    const remote = await screen.findByRole('region', { name: 'Signature à distance, par lien' });
    const input = within(remote).getByLabelText('Importer une signature reçue (fichier .signature.json)');
    await user.upload(input, answerFile(serializeSignatureReturn(answer)));
    await waitFor(() => expect(actor().getSnapshot().context.project.signatures).toHaveLength(1));
    await user.upload(input, answerFile(serializeSignatureReturn(answer)));
    await waitFor(() =>
      expect(within(remote).getByRole('status')).toHaveTextContent(
        /était déjà jointe à cette version\s: rien n’a changé/,
      ),
    );
    expect(actor().getSnapshot().context.project.signatures).toHaveLength(1);
  });
});

describe('signing by link: a signature on another text', () => {
  it('does not call the partner signed, and offers a link to sign this text', async () => {
    // As a hand-edited file carries it: a record naming the company, on a text that is not this one.
    const project = { ...completeProject(), signatures: [typedSignature('company')] };
    renderWizard(project, 'signing');
    const remote = await screen.findByRole('region', { name: 'Signature à distance, par lien' });
    const company = within(remote).getByText('Coopérative Œuvre & Sol').closest('li');
    if (!company) throw new Error('no row for the company');
    expect(within(company).queryByText('signée')).not.toBeInTheDocument();
    expect(
      within(company).getByRole('button', { name: 'Créer le lien de signature pour Coopérative Œuvre & Sol' }),
    ).toBeVisible();
  });
});

describe('signing by link: what was asked and answered outlives a reload', () => {
  const remoteRegion = () => screen.findByRole('region', { name: 'Signature à distance, par lien' });

  it('still says who was asked when, with the link, after the screen is opened again', async () => {
    const project = completeProject();
    const first = renderWizard(project, 'signing');
    const remote = await remoteRegion();
    await first.user.click(
      within(remote).getByRole('button', { name: 'Créer le lien de signature pour Hợp tác xã Sao Biển' }),
    );
    const link = within(remote).getByLabelText('Lien à envoyer à Hợp tác xã Sao Biển');
    const sent = (link as HTMLInputElement).value;
    expect(within(remote).getByText(/^demandée le /)).toBeVisible();
    // The link is copied for the e-mail, as the share link is.
    await first.user.click(within(remote).getByRole('button', { name: 'Copier le lien' }));
    expect(await within(remote).findByText('Lien copié dans le presse-papiers.')).toBeVisible();
    expect(await navigator.clipboard.readText()).toBe(sent);
    first.unmount();

    renderWizard(project, 'signing');
    const again = await remoteRegion();
    expect(await within(again).findByText(/^demandée le /)).toBeVisible();
    expect(await within(again).findByLabelText('Lien à envoyer à Hợp tác xã Sao Biển')).toHaveValue(sent);
  });

  it('keeps a link asked for before the kept statuses were read, when the screen closes at once', async () => {
    const project = completeProject();
    const kept = createRequestStatusStore(createStore(`cocharte-remote-slow-${(dbCount += 1)}`, 'projects'), null);
    // The first read of the device's statuses is still on its way when the link is asked for.
    let release: () => void = () => {};
    const readArrives = new Promise<void>((r) => (release = r));
    provideRequestStatusStore(async () => ({
      read: async (id) => {
        await readArrives;
        return kept.read(id);
      },
      write: (id, statuses) => kept.write(id, statuses),
    }));
    const first = renderWizard(project, 'signing');
    await first.user.click(
      within(await remoteRegion()).getByRole('button', { name: 'Créer le lien de signature pour Hợp tác xã Sao Biển' }),
    );
    first.unmount();
    release();

    await waitFor(async () => expect(Object.keys(await kept.read(project.id))).toEqual(['south']));
    provideRequestStatusStore(async () => kept);
    renderWizard(project, 'signing');
    expect(await within(await remoteRegion()).findByText(/^demandée le /)).toBeVisible();
  });

  it('still shows a refusal and its reason after the screen is opened again; on another version, as such', async () => {
    const project = completeProject();
    const request = createSignatureRequest(project, 'company', await contentFingerprint(project));
    const declined = declineRequest(request, 'Marc Lefèvre', 'Le budget n’est pas validé par notre conseil.');
    const first = renderWizard(project, 'signing');
    const input = within(await remoteRegion()).getByLabelText('Importer une signature reçue (fichier .signature.json)');
    await first.user.upload(input, answerFile(serializeSignatureReturn(declined)));
    const refusal = 'refusée par Marc Lefèvre : « Le budget n’est pas validé par notre conseil. »';
    expect(await within(await remoteRegion()).findByText(refusal, spaces)).toBeVisible();
    first.unmount();

    const second = renderWizard(project, 'signing');
    expect(await within(await remoteRegion()).findByText(refusal, spaces)).toBeVisible();
    second.unmount();

    // The charter changed since: the refusal is kept, said to be about an earlier version.
    const changed = { ...project, framework: { ...project.framework, purpose: 'Un objet revu après le refus.' } };
    renderWizard(changed, 'signing');
    expect(
      await within(await remoteRegion()).findByText(
        'refusée par Marc Lefèvre, pour une version antérieure : « Le budget n’est pas validé par notre conseil. »',
        spaces,
      ),
    ).toBeVisible();
  });
});
