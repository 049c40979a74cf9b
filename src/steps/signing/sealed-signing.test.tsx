import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { completeProject } from '../../../tests/fixtures/project';
import { renderWizard } from '../../../tests/setup/render-wizard';
import { contentFingerprint } from '../../domain/fingerprint';
import { verifySignature } from '../../signing/verify-signature';

describe('signing on this device', () => {
  it('seals the signature with the device key, so it verifies against the charter signed', async () => {
    const project = completeProject();
    const { user, actor } = renderWizard(project, 'signing');
    const form = screen.getByRole('form', { name: 'Signature de Solidarités Loire' });
    await user.click(within(form).getByRole('checkbox'));
    await user.click(within(form).getByRole('button', { name: 'Signer pour Solidarités Loire' }));
    await screen.findByText(/Signé par Élise Guérin/);
    const signature = actor().getSnapshot().context.project.signatures[0]!;
    expect(signature.proof).toMatchObject({ channel: 'device', algorithm: 'ECDSA-P256-SHA256' });
    expect(signature.signedAt).toMatch(/[+-]\d{2}:\d{2}$/);
    const verdict = await verifySignature(signature, await contentFingerprint(project));
    expect(verdict.status).toBe('valid');
  });
});
