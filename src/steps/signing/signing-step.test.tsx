import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { completeProject } from '../../../tests/fixtures/project';
import { renderWizard } from '../../../tests/setup/render-wizard';

describe('signing', () => {
  it('signs by typing the name, with the keyboard alone', async () => {
    const { user, actor } = renderWizard(completeProject(), 'signing');
    const form = screen.getByRole('form', { name: 'Signature de Solidarités Loire' });
    expect(within(form).getByLabelText(/^Nom du ou de la signataire/)).toHaveValue('Élise Guérin');
    within(form)
      .getByRole('radio', { name: /Saisir mon nom/ })
      .focus();
    expect(within(form).getByRole('radio', { name: /Saisir mon nom/ })).toBeChecked();
    await user.click(within(form).getByRole('button', { name: 'Signer pour Solidarités Loire' }));
    expect(await within(form).findByText('Cochez cette case pour signer.')).toBeInTheDocument();
    within(form).getByRole('checkbox').focus();
    await user.keyboard(' ');
    within(form).getByRole('button', { name: 'Signer pour Solidarités Loire' }).focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText(/Signé par Élise Guérin, Présidente, à Nantes/)).toBeInTheDocument();
    expect(screen.getByText('1 partenaire sur 3 a signé.')).toBeInTheDocument();
    const signature = actor().getSnapshot().context.project.signatures[0];
    expect(signature).toMatchObject({ partnerId: 'asso', method: 'typed' });
    expect(signature?.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it('asks for a drawing when the drawn method is chosen', async () => {
    const { user } = renderWizard(completeProject(), 'signing');
    const form = screen.getByRole('form', { name: 'Signature de Solidarités Loire' });
    await user.click(within(form).getByRole('radio', { name: /Tracer ma signature/ }));
    expect(within(form).getByRole('img', { name: /Zone de signature de Solidarités Loire/ })).toBeInTheDocument();
    await user.click(within(form).getByRole('checkbox'));
    await user.click(within(form).getByRole('button', { name: 'Signer pour Solidarités Loire' }));
    expect(await within(form).findByText('Tracez la signature ou choisissez la signature saisie.')).toBeInTheDocument();
  });

  it('voids every signature when the charter is edited afterwards, and says so', async () => {
    const p = completeProject();
    const signed = {
      ...p,
      signatures: p.partners.partners.map((x) => ({
        partnerId: x.id,
        signatoryName: x.contactName,
        signatoryTitle: 'Représentant',
        place: 'Nantes',
        date: '2026-03-01',
        method: 'typed' as const,
        fingerprint: 'a'.repeat(64),
        signedAt: '2026-03-01T10:00:00.000Z',
      })),
    };
    const { user } = renderWizard(signed, 'signing');
    expect(screen.getByText('La charte est co-signée par les 3 partenaires.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Définir le cadre/ }));
    const purpose = await screen.findByLabelText(/^Objet du partenariat/);
    await user.type(purpose, ' Et plus encore.');
    expect(
      await screen.findByText(/toutes les signatures ont été annulées/, {}, { timeout: 2000 }),
    ).toBeInTheDocument();
  });
});
