import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { completeProject } from '../../../tests/fixtures/project';
import { renderWizard } from '../../../tests/setup/render-wizard';
import { contentFingerprint } from '../../domain/fingerprint';
import { verifySignature } from '../../signing/verify-signature';
import { sealedProject } from '../../testing/sealed-project';

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
    expect(
      await screen.findByText(/^Signature scellée et vérifiée sur cette version \(clé [0-9a-f]{4} /),
    ).toBeVisible();
  });

  it('shows a received signature whose record was altered as invalid, and an old one as unverified, never as verified', async () => {
    const { project } = await sealedProject(completeProject());
    const received = {
      ...project,
      signatures: [
        { ...project.signatures[0]!, signatoryTitle: 'Trésorière' },
        { ...project.signatures[1]!, proof: undefined },
        project.signatures[2]!,
      ],
    };
    renderWizard(received, 'signing');
    const asso = screen.getByRole('region', { name: 'Solidarités Loire' });
    expect(
      await within(asso).findByText(/^Signature invalide : l’enregistrement a été modifié après la signature/),
    ).toBeVisible();
    const company = screen.getByRole('region', { name: 'Coopérative Œuvre & Sol' });
    expect(
      await within(company).findByText('Non vérifiée (signature faite avant le scellement des signatures).'),
    ).toBeVisible();
    const south = screen.getByRole('region', { name: 'Hợp tác xã Sao Biển' });
    expect(await within(south).findByText(/^Signature scellée et vérifiée/)).toBeVisible();
    expect(screen.queryAllByText(/^Signature scellée et vérifiée/)).toHaveLength(1);
  });
});
