import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { completeProject, signedByAll, typedSignature } from '../../../tests/fixtures/project';
import { renderWizard } from '../../../tests/setup/render-wizard';
import { parseProjectFile, serializeProject } from '../../persistence/project-file';

// jsdom does not scroll: record that the invalid field is brought into view.
const scrolled = vi.fn();
Element.prototype.scrollIntoView = scrolled;
afterEach(() => scrolled.mockClear());

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
    const done = await screen.findByText(/Signé par Élise Guérin, Présidente, à Nantes/);
    // The button pressed is gone: focus is on what replaced it, not lost to the page.
    expect(done).toHaveFocus();
    expect(screen.getByText('1 partenaire sur 3 a signé.')).toBeInTheDocument();
    const signature = actor().getSnapshot().context.project.signatures[0];
    expect(signature).toMatchObject({ partnerId: 'asso', method: 'typed' });
    expect(signature?.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    // Removing it brings the form back: focus goes to the partner's heading above it.
    await user.keyboard('{Tab}');
    expect(screen.getByRole('button', { name: /^Retirer la signature/ })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 3, name: 'Solidarités Loire' })).toHaveFocus();
  });

  it('proposes the legal representative, who holds the authority to sign, rather than the contact', async () => {
    const project = completeProject();
    const [asso, ...rest] = project.partners.partners;
    const withRepresentative = {
      ...asso!,
      legal: { ...asso!.legal, representativeName: 'Jean Martin', representativeCapacity: 'Président' },
    };
    renderWizard({ ...project, partners: { ...project.partners, partners: [withRepresentative, ...rest] } }, 'signing');
    const form = screen.getByRole('form', { name: 'Signature de Solidarités Loire' });
    expect(within(form).getByLabelText(/^Nom du ou de la signataire/)).toHaveValue('Jean Martin');
    expect(within(form).getByLabelText(/^Fonction/)).toHaveValue('Président');
    // A partner without a named representative: its contact, as before.
    const company = screen.getByRole('form', { name: 'Signature de Coopérative Œuvre & Sol' });
    expect(within(company).getByLabelText(/^Nom du ou de la signataire/)).toHaveValue('Marc Lefèvre');
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

  it('announces every missing field of a failed signature in one alert, each a link to its field', async () => {
    const { user } = renderWizard(completeProject(), 'signing');
    const form = screen.getByRole('form', { name: 'Signature de Solidarités Loire' });
    // The live region is there from the first render, empty, so what arrives in it is announced.
    const alert = within(form).getByRole('alert');
    expect(alert).toBeEmptyDOMElement();
    await user.clear(within(form).getByLabelText(/^Nom du ou de la signataire/));
    await user.clear(within(form).getByLabelText(/^Lieu/));
    await user.click(within(form).getByRole('radio', { name: /Tracer ma signature/ }));
    // Nothing is called wrong before a submit.
    expect(within(form).queryByText('Ce champ est obligatoire.')).toBeNull();
    expect(alert).toBeEmptyDOMElement();

    await user.click(within(form).getByRole('button', { name: 'Signer pour Solidarités Loire' }));
    expect(within(alert).getByText('Le formulaire contient 4 erreurs. Corrigez les champs signalés.')).toBeVisible();
    const links = within(alert).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual([
      'Nom du ou de la signataire (obligatoire)\u00a0: Ce champ est obligatoire.',
      'Lieu (obligatoire)\u00a0: Ce champ est obligatoire.',
      'Signature tracée\u00a0: Tracez la signature ou choisissez la signature saisie.',
      'J’approuve la charte au nom de Solidarités Loire et je la signe. Cochez cette case pour signer.',
    ]);
    // Each link leads to its field, marked invalid; the first one has the focus, in view.
    for (const link of links) {
      const field = document.getElementById(link.getAttribute('href')!.slice(1));
      expect(form).toContainElement(field);
      expect(field).toHaveAttribute('aria-invalid', 'true');
    }
    expect(document.getElementById(links[3]!.getAttribute('href')!.slice(1))).toBe(
      within(form).getByRole('checkbox', { name: /^J’approuve la charte/ }),
    );
    expect(within(form).getByLabelText(/^Nom du ou de la signataire/)).toHaveFocus();
    expect(scrolled).toHaveBeenCalledWith({ block: 'center' });

    // Fixing a field takes it off the list; choosing the typed signature takes the drawing off.
    await user.type(within(form).getByLabelText(/^Lieu/), 'Nantes');
    await user.click(within(form).getByRole('radio', { name: /Saisir mon nom/ }));
    expect(
      within(alert)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual([
      'Nom du ou de la signataire (obligatoire)\u00a0: Ce champ est obligatoire.',
      'J’approuve la charte au nom de Solidarités Loire et je la signe. Cochez cette case pour signer.',
    ]);
  });

  it('lists the missing drawing with the other errors, on the first submit', async () => {
    const { user } = renderWizard(completeProject(), 'signing');
    const form = screen.getByRole('form', { name: 'Signature de Coopérative Œuvre & Sol' });
    await user.click(within(form).getByRole('radio', { name: /Tracer ma signature/ }));
    await user.click(within(form).getByRole('button', { name: 'Signer pour Coopérative Œuvre & Sol' }));
    const alert = within(form).getByRole('alert');
    expect(
      within(alert)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual([
      'Signature tracée\u00a0: Tracez la signature ou choisissez la signature saisie.',
      'J’approuve la charte au nom de Coopérative Œuvre & Sol et je la signe. Cochez cette case pour signer.',
    ]);
    // The drawing comes first in the form: it has the focus, and says why.
    const pad = within(form).getByRole('group', { name: 'Signature tracée' });
    expect(pad).toHaveFocus();
    expect(pad).toHaveAccessibleDescription('Tracez la signature ou choisissez la signature saisie.');
    // The other partners' forms stay quiet.
    const other = screen.getByRole('form', { name: 'Signature de Solidarités Loire' });
    expect(within(other).getByRole('alert')).toBeEmptyDOMElement();
  });

  it('voids every signature when the charter is edited before every partner signed, and says so', async () => {
    const all = signedByAll(completeProject());
    const { user } = renderWizard({ ...all, signatures: all.signatures.slice(0, 2) }, 'signing');
    expect(screen.getByText('2 partenaires sur 3 ont signé.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Définir le cadre/ }));
    const purpose = await screen.findByLabelText(/^Objet du partenariat/);
    await user.type(purpose, ' Et plus encore.');
    expect(await screen.findByText(/toutes les signatures ont été annulées/)).toBeInTheDocument();
  });

  it('once co-signed, shows the steps read-only and says a change is an amendment', async () => {
    const signed = signedByAll(completeProject());
    const { user, actor } = renderWizard(signed, 'signing');
    expect(screen.getByText('La charte est co-signée par les 3 partenaires.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Définir le cadre/ }));
    const purpose = await screen.findByLabelText(/^Objet du partenariat/);
    expect(purpose).toBeDisabled();
    expect(purpose).toHaveValue(signed.framework.purpose);
    expect(screen.getByText(/son texte ne se modifie plus/)).toHaveTextContent(/passe par un avenant/);
    await user.type(purpose, ' Et plus encore.');
    expect(purpose).toHaveValue(signed.framework.purpose);
    expect(actor().getSnapshot().context.project.framework.purpose).toBe(signed.framework.purpose);
    expect(actor().getSnapshot().context.project.signatures).toEqual(signed.signatures);
    expect(screen.queryByText(/toutes les signatures ont été annulées/)).not.toBeInTheDocument();
  });

  it('counts a signature only on the text it signed: a file edited by hand shows its signatures as not valid', async () => {
    const signed = signedByAll(completeProject());
    // The same signatures, but someone changed the text in the file afterwards.
    const edited = { ...signed, framework: { ...signed.framework, exit: 'Sans préavis.' } };
    const file = serializeProject(edited);
    const parsed = parseProjectFile(file);
    if (!parsed.ok) throw new Error(parsed.error);
    renderWizard(parsed.project, 'signing');
    expect(screen.getByText('Aucun partenaire sur 3 n’a signé.')).toBeInTheDocument();
    expect(screen.queryByText(/co-signée/)).not.toBeInTheDocument();
    expect(screen.getAllByText(/Cette signature ne compte pas/)).toHaveLength(3);
    // Each partner can sign the current text again.
    expect(screen.getByRole('form', { name: 'Signature de Solidarités Loire' })).toBeInTheDocument();
  });

  it('is not co-signed by all 3 when the three records are one partner’s, or carry another fingerprint', () => {
    const project = completeProject();
    const onText = signedByAll(project).signatures[0]!;
    const threeForOne = {
      ...project,
      signatures: [onText, { ...onText, place: 'Angers' }, { ...onText, place: 'Tours' }],
    };
    const first = renderWizard(threeForOne, 'signing');
    expect(screen.queryByText(/co-signée/)).not.toBeInTheDocument();
    expect(screen.getByText('Aucun partenaire sur 3 n’a signé.')).toBeInTheDocument();
    expect(screen.getByText(/Plusieurs signatures sont enregistrées pour Solidarités Loire/)).toBeInTheDocument();
    first.unmount();

    const stale = { ...project, signatures: project.partners.partners.map((p) => typedSignature(p.id)) };
    renderWizard(stale, 'signing');
    expect(screen.queryByText(/co-signée/)).not.toBeInTheDocument();
    expect(screen.getByText('Aucun partenaire sur 3 n’a signé.')).toBeInTheDocument();
  });
});
