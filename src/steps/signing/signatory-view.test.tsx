import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { completeProject } from '../../../tests/fixtures/project';
import { contentFingerprint } from '../../domain/fingerprint';
import '../../i18n/register-en';
import { I18nProvider } from '../../i18n/i18n-provider';
import { createSignatureRequest, signatureRequestLink } from '../../signing/signature-request';
import { sealedProject } from '../../testing/sealed-project';
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
    // The tab and the history list say what the page is, and for which charter.
    await waitFor(() =>
      expect(document.title).toBe(`Signer la charte — ${completeProject().partners.title} — Cocharte`),
    );
  });
});

describe('the signatory’s forms that cannot be sent', () => {
  it('announce every missing field in one alert, each a link to its field, the first one focused', async () => {
    const user = userEvent.setup();
    render(
      <I18nProvider locale="fr">
        <SignatoryView hash={await requestHash('fr')} />
      </I18nProvider>,
    );
    const form = await screen.findByRole('form', { name: 'Signature de Hợp tác xã Sao Biển' }, { timeout: 15_000 });
    const alert = within(form).getByRole('alert');
    expect(alert).toBeEmptyDOMElement();
    await user.clear(within(form).getByLabelText(/^Nom du ou de la signataire/));
    await user.clear(within(form).getByLabelText(/^Fonction/));
    await user.click(within(form).getByRole('radio', { name: /Tracer ma signature/ }));
    await user.click(within(form).getByRole('button', { name: 'Signer et télécharger la réponse' }));
    const links = within(alert).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual([
      'Nom du ou de la signataire (obligatoire)\u00a0: Ce champ est obligatoire.',
      'Fonction (obligatoire)\u00a0: Ce champ est obligatoire.',
      'Signature tracée\u00a0: Tracez la signature ou choisissez la signature saisie.',
      'J’approuve la charte au nom de Hợp tác xã Sao Biển et je la signe. Cochez cette case pour signer.',
    ]);
    for (const link of links) {
      const field = document.getElementById(link.getAttribute('href')!.slice(1));
      expect(form).toContainElement(field);
      expect(field).toHaveAttribute('aria-invalid', 'true');
    }
    expect(within(form).getByLabelText(/^Nom du ou de la signataire/)).toHaveFocus();

    // A link of the summary leads to its field without touching the page's address: its
    // fragment is the request itself, which a reload would otherwise lose.
    const before = location.href;
    await user.click(links[3]!);
    expect(within(form).getByRole('checkbox', { name: /^J’approuve la charte/ })).toHaveFocus();
    expect(location.href).toBe(before);

    // The refusal, too: its reason is missing.
    const decline = screen.getByRole('form', { name: 'Refuser de signer' });
    expect(within(decline).getByRole('alert')).toBeEmptyDOMElement();
    await user.click(within(decline).getByRole('button', { name: 'Refuser de signer' }));
    expect(
      within(within(decline).getByRole('alert'))
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Raison du refus (obligatoire)\u00a0: Ce champ est obligatoire.']);
    expect(within(decline).getByLabelText(/^Raison du refus/)).toHaveFocus();
  });
});

describe('a signing link carrying a signature changed after it was given', () => {
  it('leaves it out of the charter to sign and names it, as a file or a share link would', async () => {
    const { project: sealed, fingerprint } = await sealedProject();
    const [asso, company] = sealed.signatures;
    // Someone rewrote the association's signature record inside the link: its seal fails.
    const forged = { ...asso!, signatoryName: 'Élise Faussaire' };
    const project = { ...sealed, signatures: [forged, company!] };
    const request = createSignatureRequest(project, 'south', fingerprint);
    render(
      <I18nProvider locale="en">
        <SignatoryView hash={new URL(signatureRequestLink(request, 'http://localhost/')).hash} />
      </I18nProvider>,
    );
    await screen.findByRole('heading', { level: 1, name: 'Sign the charter' }, { timeout: 15_000 });
    expect(
      screen.getByText('One signature is not kept: its seal no longer holds, it was changed after it was given.'),
    ).toBeVisible();
    expect(screen.getByText('Signature of Élise Faussaire on the charter')).toBeVisible();
    // The charter below counts only the signature whose seal holds.
    const [associationName, companyName] = project.partners.partners.map((p) => p.name);
    const slot = (partner: string | undefined) =>
      screen.getAllByRole('heading', { name: partner }).at(-1)!.closest('section')!;
    expect(within(slot(associationName)).queryByText('Élise Faussaire')).toBeNull();
    expect(screen.getByText('Signée par 1 partenaire sur 3')).toBeVisible();
    expect(within(slot(companyName)).getAllByText('Marc Lefèvre')).not.toHaveLength(0);
  });
});

describe('a signing link carrying a signature with no seal', () => {
  it('names it as unverified: nothing proves the partner signed', async () => {
    const { project: sealed, fingerprint } = await sealedProject();
    const [asso] = sealed.signatures;
    // A record with no seal at all, as the releases before sealing wrote them — or as
    // anyone can write one by hand.
    const { proof: _, ...unsealed } = asso!;
    const project = { ...sealed, signatures: [unsealed] };
    const request = createSignatureRequest(project, 'south', fingerprint);
    render(
      <I18nProvider locale="en">
        <SignatoryView hash={new URL(signatureRequestLink(request, 'http://localhost/')).hash} />
      </I18nProvider>,
    );
    await screen.findByRole('heading', { level: 1, name: 'Sign the charter' }, { timeout: 15_000 });
    expect(
      screen.getByText('One signature in this link carries no seal: nothing proves it was given as shown.'),
    ).toBeVisible();
    expect(screen.getByText(`Signature of ${asso!.signatoryName} on the charter`)).toBeVisible();
  });
});

describe('the date under a signature', () => {
  it('cannot be after the day it is given: a mistyped year is caught before it is sealed', async () => {
    const user = userEvent.setup();
    render(
      <I18nProvider locale="fr">
        <SignatoryView hash={await requestHash('fr')} />
      </I18nProvider>,
    );
    const form = await screen.findByRole('form', { name: 'Signature de Hợp tác xã Sao Biển' }, { timeout: 15_000 });
    const date = within(form).getByLabelText(/^Date/);
    await user.clear(date);
    await user.type(date, '2062-11-30');
    await user.click(within(form).getByRole('checkbox'));
    await user.click(within(form).getByRole('button', { name: 'Signer et télécharger la réponse' }));
    expect(
      within(within(form).getByRole('alert'))
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Date (obligatoire)\u00a0: La date de signature ne peut pas être postérieure à aujourd’hui.']);
    expect(date).toHaveFocus();
  });
});
