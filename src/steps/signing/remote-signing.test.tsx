import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { completeProject } from '../../../tests/fixtures/project';
import { renderWizard } from '../../../tests/setup/render-wizard';
import { contentFingerprint } from '../../domain/fingerprint';
import {
  createSignatureRequest,
  declineRequest,
  serializeSignatureReturn,
  signRequest,
} from '../../signing/signature-request';

const answerFile = (text: string) => new File([text], 'reponse.signature.json', { type: 'application/json' });

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
