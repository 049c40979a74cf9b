// Amendments signed by link, on the coordinator's side: the amendment's screen gives each
// party who has not signed a link, keeps who was asked, and attaches a returned signature to
// this amendment only — or refuses it, saying why.
import { screen, waitFor, within } from '@testing-library/react';
import { createStore } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { contentFingerprint } from '../domain/fingerprint';
import { createRequestStatusStore } from '../persistence/request-statuses';
import { provideRequestStatusStore } from '../signing/request-status-store';
import {
  createSignatureRequest,
  declineRequest,
  readSignatureRequestFragment,
  serializeSignatureReturn,
  signRequest,
} from '../signing/signature-request';
import { reviewedProjectWithDraftAmendment } from '../testing/record-fixtures';
import { renderRecordScreen } from '../testing/render-record-screen';
import { NAMES } from '../testing/test-fixtures';

const answerFile = (text: string) => new File([text], 'reponse.signature.json', { type: 'application/json' });
const fields = {
  signatoryName: 'Nguyễn Thị Lan',
  signatoryTitle: 'Présidente',
  place: 'Đà Nẵng',
  date: '2027-05-03',
  method: 'typed' as const,
};

let dbCount = 0;
beforeEach(() => {
  const idb = createStore(`cocharte-amendment-link-test-${(dbCount += 1)}`, 'projects');
  provideRequestStatusStore(async () => createRequestStatusStore(idb));
});

async function openAmendment() {
  const project = await reviewedProjectWithDraftAmendment();
  const { user, view } = renderRecordScreen(project);
  await user.click(await screen.findByRole('button', { name: 'Ouvrir (Avenant n°\u00a01)' }));
  const region = screen.getByRole('region', { name: 'Signature par lien' });
  return { project, user, region, view };
}

describe('an amendment signed by link, on the coordinator’s side', () => {
  it('gives a link to the amendment for a party, and attaches the signature returned to that amendment', async () => {
    const { user, region } = await openAmendment();
    await user.click(
      within(region).getByRole('button', { name: `Demander la signature de ${NAMES.southern} par un lien` }),
    );
    const field = await within(region).findByRole('textbox', { name: `Lien à envoyer à ${NAMES.southern}` });
    const link = (field as HTMLInputElement).value;
    expect(link).toMatch(/#signer=/);
    expect(within(region).getByText(/^demandée le /)).toBeVisible();
    expect(within(region).getByRole('button', { name: 'Copier le lien' })).toBeVisible();

    const opened = await readSignatureRequestFragment(new URL(link).hash);
    if (!opened?.ok) throw new Error('the link does not open');
    expect(opened.request).toMatchObject({ amendmentId: 'am1', partnerId: 'south' });
    const answer = await signRequest(opened.request, fields);

    await user.upload(
      within(region).getByLabelText('Importer une signature reçue (fichier .signature.json)'),
      answerFile(serializeSignatureReturn(answer)),
    );
    expect(await within(region).findByText(`Signature de ${NAMES.southern} ajoutée à cet avenant.`)).toBeVisible();
    expect(await screen.findByText(/^Signatures\s: 1 sur 3\./)).toBeVisible();
    // Who was asked is kept: the amendment opened again still says so, with the link.
    await user.click(screen.getByRole('button', { name: 'Retour au dossier' }));
    await user.click(await screen.findByRole('button', { name: 'Ouvrir (Avenant n°\u00a01)' }));
    const again = screen.getByRole('region', { name: 'Signature par lien' });
    expect(await within(again).findByText('signée')).toBeVisible();
    // Signed: no link is offered to them any more.
    expect(
      within(region).queryByRole('button', { name: `Demander la signature de ${NAMES.southern} par un lien` }),
    ).toBeNull();
  });

  it('keeps who was asked across a reopening, and shows a refusal with its reason', async () => {
    const { user, region, view } = await openAmendment();
    await user.click(
      within(region).getByRole('button', { name: `Demander la signature de ${NAMES.company} par un lien` }),
    );
    const link = (
      (await within(region).findByRole('textbox', { name: `Lien à envoyer à ${NAMES.company}` })) as HTMLInputElement
    ).value;
    await user.click(screen.getByRole('button', { name: 'Retour au dossier' }));
    await user.click(await screen.findByRole('button', { name: 'Ouvrir (Avenant n°\u00a01)' }));
    const again = screen.getByRole('region', { name: 'Signature par lien' });
    await waitFor(() =>
      expect(within(again).getByRole('textbox', { name: `Lien à envoyer à ${NAMES.company}` })).toHaveValue(link),
    );
    const opened = await readSignatureRequestFragment(new URL(link).hash);
    if (!opened?.ok) throw new Error('the link does not open');
    const refusal = declineRequest(opened.request, 'Marc Lefèvre', 'Le montant doit être revu.');
    await user.upload(
      within(again).getByLabelText('Importer une signature reçue (fichier .signature.json)'),
      answerFile(serializeSignatureReturn(refusal)),
    );
    expect(
      await within(again).findByText('refusée par Marc Lefèvre : « Le montant doit être revu. »', {
        normalizer: (s) => s.replace(/\s+/g, ' '),
      }),
    ).toBeVisible();
    view.unmount();
  });

  it('refuses a charter’s answer and a tampered one, saying why, and changes nothing', async () => {
    const { project, user, region } = await openAmendment();
    const charter = createSignatureRequest(project, 'south', await contentFingerprint(project));
    const forCharter = await signRequest(charter, fields);
    const input = within(region).getByLabelText('Importer une signature reçue (fichier .signature.json)');
    await user.upload(input, answerFile(serializeSignatureReturn(forCharter)));
    await waitFor(() =>
      expect(within(region).getByRole('alert')).toHaveTextContent(
        /Réponse de Hợp tác xã Sao Biển refusée\s: elle porte sur la charte, pas sur cet avenant\. Le projet n’a pas changé\./,
      ),
    );

    await user.click(
      within(region).getByRole('button', { name: `Demander la signature de ${NAMES.southern} par un lien` }),
    );
    const link = (
      (await within(region).findByRole('textbox', { name: `Lien à envoyer à ${NAMES.southern}` })) as HTMLInputElement
    ).value;
    const opened = await readSignatureRequestFragment(new URL(link).hash);
    if (!opened?.ok) throw new Error('the link does not open');
    const answer = serializeSignatureReturn(await signRequest(opened.request, fields)).replace(
      '"Présidente"',
      '"Directrice"',
    );
    await user.upload(input, answerFile(answer));
    await waitFor(() =>
      expect(within(region).getByRole('alert')).toHaveTextContent(
        /Signature de Hợp tác xã Sao Biển refusée\s: le fichier a été modifié après la signature/,
      ),
    );
    expect(screen.getByText(/^Signatures\s: 0 sur 3\./)).toBeVisible();
  });
});
