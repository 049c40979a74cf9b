import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { completeProject } from '../../../tests/fixtures/project';
import { contentFingerprint } from '../../domain/fingerprint';
import '../../i18n/register-en';
import { I18nProvider } from '../../i18n/i18n-provider';
import { createSignatureRequest, signatureRequestLink } from '../../signing/signature-request';
import { SignatoryView } from './signatory-view';

async function requestHash(documentLanguage: 'fr' | 'en') {
  const project = { ...completeProject(), documentLanguage };
  const request = createSignatureRequest(project, 'south', await contentFingerprint(project));
  return new URL(signatureRequestLink(request, 'http://localhost/')).hash;
}

describe('the signatory’s page in another language than the charter’s', () => {
  it('says in the reader’s language which language the charter is written in, and that the signature is on it', async () => {
    render(
      <I18nProvider locale="en">
        <SignatoryView hash={await requestHash('fr')} />
      </I18nProvider>,
    );
    expect(
      await screen.findByText(
        /^This charter is written in French, the language the partners chose for it/,
        {},
        { timeout: 15_000 },
      ),
    ).toBeVisible();
  });

  it('says nothing of the kind when both languages are the same', async () => {
    render(
      <I18nProvider locale="fr">
        <SignatoryView hash={await requestHash('fr')} />
      </I18nProvider>,
    );
    await screen.findByRole('heading', { level: 1, name: 'Signer la charte' }, { timeout: 15_000 });
    expect(screen.queryByText(/est rédigée en/)).toBeNull();
  });
});
