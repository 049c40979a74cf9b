// The signatory's page for an amendment (avenant) signed by link: what it amends, its
// changes, the text in force after it, and a signature on the amendment's own fingerprint.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { draftAmendment, withAmendment } from '../../domain/record-amendments';
import '../../i18n/register-en';
import { I18nProvider } from '../../i18n/i18n-provider';
import {
  checkAmendmentReturn,
  createAmendmentSignatureRequest,
  signatureRequestLink,
} from '../../signing/signature-request';
import { NEW_BUDGET, reviewedProject, budgetAmendmentDraft } from '../../testing/record-fixtures';
import { NAMES } from '../../testing/test-fixtures';
import { SignatoryView } from './signatory-view';

const downloads: { blob: Blob; name: string }[] = [];
vi.mock('../../lib/download-file', () => ({
  downloadBlob: (blob: Blob, name: string) => downloads.push({ blob, name }),
}));

async function amendmentRequest() {
  let project = await reviewedProject();
  const amendment = await budgetAmendmentDraft(project);
  project = withAmendment(project, amendment);
  const request = await createAmendmentSignatureRequest(project, amendment, 'south');
  const hash = (r: typeof request) => new URL(signatureRequestLink(r, 'http://localhost/')).hash;
  return { project, amendment, request, hash };
}

describe('the signatory’s page for an amendment', () => {
  it('shows the amendment and its changes, opens the text in force after it, and signs it', async () => {
    const { project, amendment, request, hash } = await amendmentRequest();
    const user = userEvent.setup();
    render(
      <I18nProvider locale="fr">
        <SignatoryView hash={hash(request)} />
      </I18nProvider>,
    );
    await screen.findByRole('heading', { level: 1, name: 'Signer un avenant' }, { timeout: 15_000 });
    expect(
      screen.getByRole('heading', {
        level: 2,
        name: `Avenant n°\u00a01 à la charte «\u00a0${project.partners.title}\u00a0»`,
      }),
    ).toBeVisible();
    expect(screen.getByText('Apport financier revu')).toBeVisible();
    expect(screen.getByText('Subvention régionale obtenue.')).toBeVisible();
    expect(screen.getByText('1er mai 2027')).toBeVisible();
    const table = screen.getByRole('table', { name: 'Modifications' });
    expect(within(table).getByRole('cell', { name: NEW_BUDGET })).toBeVisible();

    const read = screen.getByRole('button', { name: 'Lire le texte en vigueur après l’avenant' });
    expect(read).toHaveAttribute('aria-expanded', 'false');
    await user.click(read);
    expect(read).toHaveAttribute('aria-expanded', 'true');
    // The charter as amended: its title, under the amendment's.
    expect(
      await screen.findByRole('heading', { level: 3, name: new RegExp(project.partners.title) }, { timeout: 15_000 }),
    ).toBeVisible();

    const form = screen.getByRole('form', { name: `Signature de ${NAMES.southern}` });
    await user.click(
      within(form).getByRole('checkbox', { name: `J’approuve l’avenant au nom de ${NAMES.southern} et je le signe.` }),
    );
    await user.click(within(form).getByRole('button', { name: 'Signer et télécharger la réponse' }));
    expect(await screen.findByText(/^Signature prête\s: le fichier .*avenant-1.* a été téléchargé/)).toHaveFocus();
    const file = downloads.at(-1)!;
    expect(file.name).toMatch(/-avenant-1-.*\.signature\.json$/);
    const checked = await checkAmendmentReturn(project, amendment, JSON.parse(await file.blob.text()));
    expect(checked).toMatchObject({ ok: true, status: 'signed', partnerId: 'south' });
  });

  it('speaks the reader’s language, and says which language the text in force is written in', async () => {
    const { project, request, hash } = await amendmentRequest();
    const user = userEvent.setup();
    render(
      <I18nProvider locale="en">
        <SignatoryView hash={hash(request)} />
      </I18nProvider>,
    );
    await screen.findByRole('heading', { level: 1, name: 'Sign an amendment' }, { timeout: 15_000 });
    expect(
      screen.getByRole('heading', { level: 2, name: `Amendment no. 1 to the charter “${project.partners.title}”` }),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Read the text in force after the amendment' }));
    expect(screen.getByText(/^This amendment and the charter it amends are written in French/)).toBeVisible();
    expect(
      screen.getByRole('checkbox', { name: `I approve the amendment on behalf of ${NAMES.southern} and sign it.` }),
    ).toBeInTheDocument();
  });

  it('tells a reader of another language, before they sign, that the amendment itself is in the charter’s language', async () => {
    const { request, hash } = await amendmentRequest();
    render(
      <I18nProvider locale="en">
        <SignatoryView hash={hash(request)} />
      </I18nProvider>,
    );
    await screen.findByRole('heading', { level: 1, name: 'Sign an amendment' }, { timeout: 15_000 });
    // Told at once, not only once the text in force is opened: the subject, the reason and
    // the changes they sign are the French ones.
    expect(screen.getByRole('button', { name: 'Read the text in force after the amendment' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    expect(
      screen.getByText(
        'This amendment and the charter it amends are written in French, the language the partners chose: your signature applies to this text.',
      ),
    ).toBeVisible();
    // Read aloud in French: the subject, the reason and each change's wording.
    expect(screen.getByText('Apport financier revu').closest('[lang]')).toHaveAttribute('lang', 'fr');
    expect(screen.getByText('Subvention régionale obtenue.').closest('[lang]')).toHaveAttribute('lang', 'fr');
    const table = screen.getByRole('table', { name: 'Changes' });
    expect(within(table).getByRole('cell', { name: NEW_BUDGET }).closest('[lang]')).toHaveAttribute('lang', 'fr');
    // The table's own headings stay in the reader's language.
    expect(within(table).getByRole('columnheader', { name: 'Before' }).closest('[lang="fr"]')).toBeNull();
  });

  it('asks a partner the amendment brings in, whom the signed charter does not name yet', async () => {
    let project = await reviewedProject();
    const south = project.partners.partners.find((p) => p.id === 'south')!;
    const joining = { ...south, id: 'newco', name: 'Kooperativa Nova' };
    const amendment = await draftAmendment(project, {
      id: 'am1',
      date: '2027-05-01',
      title: 'Un nouveau partenaire',
      reason: 'La coopérative Nova rejoint le partenariat.',
      changes: [
        {
          id: 'partners.partners[newco]',
          path: ['partners', 'partners', 'newco'],
          kind: 'added',
          label: 'Partenaire › Kooperativa Nova',
          before: null,
          after: joining,
          beforeText: '',
          afterText: 'Kooperativa Nova',
        },
      ],
    });
    project = withAmendment(project, amendment);
    const request = await createAmendmentSignatureRequest(project, amendment, 'newco');
    render(
      <I18nProvider locale="fr">
        <SignatoryView hash={new URL(signatureRequestLink(request, 'http://localhost/')).hash} />
      </I18nProvider>,
    );
    expect(
      await screen.findByRole('form', { name: 'Signature de Kooperativa Nova' }, { timeout: 15_000 }),
    ).toBeVisible();
  });

  it('refuses to open a link whose amendment is not the one announced', async () => {
    const { request, hash } = await amendmentRequest();
    const altered = structuredClone(request);
    altered.project.record.amendments[0]!.changes[0]!.afterText = '90 000 € par an';
    render(
      <I18nProvider locale="fr">
        <SignatoryView hash={hash(altered)} />
      </I18nProvider>,
    );
    expect(await screen.findByRole('alert', {}, { timeout: 15_000 })).toHaveTextContent(/Ce lien a été modifié/);
    expect(screen.queryByRole('form')).toBeNull();
  });
});
