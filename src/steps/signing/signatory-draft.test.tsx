// The signatory's page keeps what was typed in its tab (sessionStorage), per request: a
// reload finds the forms as they were, and once the partner answered, the answer file
// itself — the same bytes, never signed again.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { completeProject } from '../../../tests/fixtures/project';
import { contentFingerprint } from '../../domain/fingerprint';
import { I18nProvider } from '../../i18n/i18n-provider';
import { signatoryTab, signatoryTabKey } from '../../persistence/signatory-tab';
import type { DraftProject } from '../../schemas/project.schema';
import { createSignatureRequest, signatureRequestLink } from '../../signing/signature-request';
import { SignatoryView } from './signatory-view';

const downloads: { blob: Blob; name: string }[] = [];
vi.mock('../../lib/download-file', () => ({
  downloadBlob: (blob: Blob, name: string) => downloads.push({ blob, name }),
}));

async function linkFor(partnerId = 'south', project: DraftProject = completeProject()) {
  const request = createSignatureRequest(project, partnerId, await contentFingerprint(project));
  return { request, hash: new URL(signatureRequestLink(request, 'http://localhost/')).hash };
}

/** The page as a signatory opens it; `unmount` is the tab reloading (sessionStorage stays). */
function open(hash: string) {
  return render(
    <I18nProvider locale="fr">
      {/* As the signatory's screen does (app/signatory-screen.tsx): the tab's sessionStorage. */}
      <SignatoryView hash={hash} keep={signatoryTab} />
    </I18nProvider>,
  );
}

const signForm = () => screen.findByRole('form', { name: 'Signature de Hợp tác xã Sao Biển' }, { timeout: 15_000 });
const declineForm = () => screen.getByRole('form', { name: 'Refuser de signer' });

beforeEach(() => {
  sessionStorage.clear();
  downloads.length = 0;
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('the signatory’s draft', () => {
  it('comes back after a reload: the fields typed, the refusal’s reason, and a status that says so', async () => {
    const user = userEvent.setup();
    const { hash } = await linkFor();
    const page = open(hash);
    const form = await signForm();
    expect(screen.getByText(/^Ce que vous saisissez ici est gardé dans cet onglet seulement/)).toBeVisible();
    await user.clear(within(form).getByLabelText(/^Nom du ou de la signataire/));
    await user.type(within(form).getByLabelText(/^Nom du ou de la signataire/), 'Trần Văn Hùng');
    await user.clear(within(form).getByLabelText(/^Fonction/));
    await user.type(within(form).getByLabelText(/^Fonction/), 'Trésorier');
    await user.clear(within(form).getByLabelText(/^Lieu/));
    await user.type(within(form).getByLabelText(/^Lieu/), 'Hội An');
    await user.click(within(form).getByRole('checkbox'));
    await user.type(within(declineForm()).getByLabelText(/^Raison du refus/), 'Le budget n’est pas celui convenu.');
    page.unmount();

    open(hash);
    const again = await signForm();
    expect(within(again).getByLabelText(/^Nom du ou de la signataire/)).toHaveValue('Trần Văn Hùng');
    expect(within(again).getByLabelText(/^Fonction/)).toHaveValue('Trésorier');
    expect(within(again).getByLabelText(/^Lieu/)).toHaveValue('Hội An');
    // Consent is given again, knowingly: the box is not kept.
    expect(within(again).getByRole('checkbox')).not.toBeChecked();
    expect(within(declineForm()).getByLabelText(/^Raison du refus/)).toHaveValue('Le budget n’est pas celui convenu.');
    const status = screen.getByText(/^Votre brouillon a été repris/);
    expect(status.closest('[role="status"]')).not.toBeNull();
    expect(status).toHaveFocus();
  });

  it('is saved while the signatory types, within a second, with no reload needed', async () => {
    const { hash, request } = await linkFor();
    open(hash);
    const form = await signForm();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    // fireEvent, not userEvent: Testing Library's async wrapper waits on a real timer.
    const place = within(form).getByLabelText(/^Lieu/);
    fireEvent.input(place, { target: { value: 'Đà Nẵng c' } });
    await act(async () => {
      vi.advanceTimersByTime(200);
    });
    fireEvent.input(place, { target: { value: 'Đà Nẵng centre' } });
    // The last keystroke is not written at once (a throttle), but within the second.
    expect(JSON.parse(sessionStorage.getItem(signatoryTabKey(request)) ?? 'null')).toMatchObject({
      signature: { place: 'Đà Nẵng c' },
    });
    await act(async () => {
      vi.advanceTimersByTime(1000);
    });
    const kept = JSON.parse(sessionStorage.getItem(signatoryTabKey(request)) ?? 'null');
    expect(kept).toMatchObject({ kind: 'draft', form: 'sign', signature: { place: 'Đà Nẵng centre' } });
  });

  it('can be cleared: the forms go back to what the page opened with, and nothing stays kept', async () => {
    const user = userEvent.setup();
    const { hash, request } = await linkFor();
    const page = open(hash);
    const form = await signForm();
    await user.type(within(form).getByLabelText(/^Lieu/), ' centre');
    page.unmount();
    open(hash);
    const again = await signForm();
    await user.click(screen.getByRole('button', { name: 'Effacer ce brouillon' }));
    expect(within(again).getByLabelText(/^Lieu/)).toHaveValue('Đà Nẵng');
    expect(screen.getByText(/^Brouillon effacé/)).toHaveFocus();
    console.log('T2');
    expect(sessionStorage.getItem(signatoryTabKey(request))).toBeNull();
  });

  it('never fills the form of another link: another partner, or the same partner on another version', async () => {
    const user = userEvent.setup();
    const { hash } = await linkFor();
    const page = open(hash);
    const form = await signForm();
    await user.clear(within(form).getByLabelText(/^Fonction/));
    await user.type(within(form).getByLabelText(/^Fonction/), 'Trésorier');
    page.unmount();

    const project = completeProject();
    const changed = { ...project, partners: { ...project.partners, title: `${project.partners.title} (révisée)` } };
    const other = open((await linkFor('south', changed)).hash);
    const fresh = await signForm();
    expect(within(fresh).getByLabelText(/^Fonction/)).toHaveValue('Gérante');
    expect(screen.queryByText(/^Votre brouillon a été repris/)).toBeNull();
    other.unmount();

    open((await linkFor('asso')).hash);
    const asso = await screen.findByRole('form', { name: 'Signature de Solidarités Loire' }, { timeout: 15_000 });
    expect(within(asso).getByLabelText(/^Fonction/)).toHaveValue('Présidente');
  });

  it('is ignored when what is stored does not read as one, and the page opens as new', async () => {
    const { hash, request } = await linkFor();
    const key = signatoryTabKey(request);
    for (const stored of [
      '{"kind":"draft",',
      JSON.stringify({ kind: 'draft', form: 'sign', signature: { signatoryName: 42 }, decline: {} }),
      // An "answer" that answers another partner: never offered as this one's.
      JSON.stringify({
        kind: 'answer',
        outcome: 'declined',
        file: 'x.signature.json',
        text: JSON.stringify({ format: 'cocharte-signature-return', partnerId: 'asso' }),
      }),
    ]) {
      sessionStorage.setItem(key, stored);
      const page = open(hash);
      const form = await signForm();
      expect(within(form).getByLabelText(/^Nom du ou de la signataire/)).toHaveValue('Nguyễn Thị Minh Khai');
      expect(screen.queryByText(/^Votre brouillon a été repris/)).toBeNull();
      page.unmount();
    }
  });
});

describe('the signatory’s answer, once given', () => {
  it('is still there after a reload, with the same file to download again, not signed again', async () => {
    const user = userEvent.setup();
    const { hash } = await linkFor();
    const page = open(hash);
    const form = await signForm();
    await user.click(within(form).getByRole('checkbox'));
    await user.click(within(form).getByRole('button', { name: 'Signer et télécharger la réponse' }));
    await screen.findByText(/^Signature prête/);
    expect(downloads).toHaveLength(1);
    const first = downloads[0]!;
    page.unmount();

    open(hash);
    const given = await screen.findByText(
      /^Vous avez déjà signé dans cet onglet\s: votre réponse est le fichier .*\.signature\.json/,
      {},
      { timeout: 15_000 },
    );
    expect(given).toHaveFocus();
    expect(screen.queryByRole('form', { name: 'Signature de Hợp tác xã Sao Biển' })).toBeNull();
    expect(screen.queryByRole('form', { name: 'Refuser de signer' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Télécharger à nouveau la réponse' }));
    expect(downloads).toHaveLength(2);
    const second = downloads[1]!;
    expect(second.name).toBe(first.name);
    // Byte for byte: a new signature would carry a new instant and a new seal.
    expect(new Uint8Array(await second.blob.arrayBuffer())).toEqual(new Uint8Array(await first.blob.arrayBuffer()));
  });

  it('a refusal too', async () => {
    const user = userEvent.setup();
    const { hash } = await linkFor();
    const page = open(hash);
    await signForm();
    await user.type(within(declineForm()).getByLabelText(/^Raison du refus/), 'Pas maintenant.');
    await user.click(within(declineForm()).getByRole('button', { name: 'Refuser de signer' }));
    await screen.findByText(/^Refus prêt/);
    page.unmount();
    open(hash);
    expect(
      await screen.findByText(/^Vous avez déjà refusé de signer dans cet onglet/, {}, { timeout: 15_000 }),
    ).toHaveFocus();
  });
});

describe('the answer’s file name', () => {
  it('names the charter and the partner even when both are written in Arabic, never « -.signature.json »', async () => {
    const user = userEvent.setup();
    const base = completeProject();
    const project: DraftProject = {
      ...base,
      partners: {
        ...base.partners,
        title: 'شراكة الملح',
        partners: base.partners.partners.map((p) => (p.id === 'south' ? { ...p, name: 'جمعية الأمل' } : p)),
      },
    };
    const { hash } = await linkFor('south', project);
    open(hash);
    const decline = await screen.findByRole('form', { name: 'Refuser de signer' }, { timeout: 15_000 });
    await user.type(within(decline).getByLabelText(/^Raison du refus/), 'Pas maintenant.');
    await user.click(within(decline).getByRole('button', { name: 'Refuser de signer' }));
    expect(await screen.findByText(/^Refus prêt/)).toHaveTextContent('charte-south.signature.json');
    expect(downloads.map((d) => d.name)).toEqual(['charte-south.signature.json']);
  });
});

describe('a tab whose storage refuses to keep anything', () => {
  it('still signs: the answer is downloaded, and the page says the draft cannot be kept', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const user = userEvent.setup();
    const { hash } = await linkFor();
    open(hash);
    const form = await signForm();
    await user.type(within(form).getByLabelText(/^Lieu/), ' centre');
    expect(await screen.findByText(/^Ce navigateur ne peut pas garder ce brouillon/)).toBeVisible();
    await user.click(within(form).getByRole('checkbox'));
    await user.click(within(form).getByRole('button', { name: 'Signer et télécharger la réponse' }));
    expect(await screen.findByText(/^Signature prête/)).toHaveFocus();
    expect(downloads).toHaveLength(1);
    expect(JSON.parse(await downloads[0]!.blob.text())).toMatchObject({
      partnerId: 'south',
      outcome: { status: 'signed', signature: { place: 'Đà Nẵng centre' } },
    });
    // The answer could not be kept either: a reload would offer the forms again, and the
    // partner is told to keep the file rather than answer twice.
    expect(screen.getByText(/^Cet onglet n’a pas pu garder votre réponse/)).toBeVisible();
  });
});
