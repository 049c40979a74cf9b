import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import '../i18n/register-en';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/i18n-provider';
import { RecordContext } from '../machine/record.context';
import type { DraftProject } from '../schemas/project.schema';
import { checkChain, draftAmendment, withAmendment } from '../domain/record-amendments';
import { contentFingerprint } from '../domain/fingerprint';
import { NEW_BUDGET, signedThreePartnerProject } from '../testing/record-fixtures';
import { RecordScreen } from '../record/record-screen';
import { proposedSignatory } from '../domain/signatures';
import { AmendmentEditor, amendmentChanges } from './amendment-editor';

/** A step of the stepper (the review page links to the steps too). */
const stepButton = async (name: string) =>
  within(await screen.findByRole('navigation', { name: 'Étapes de la charte' }, slow)).getByRole('button', {
    name: new RegExp(`^${name}`),
  });

/** No sleeping: each wait is for a condition, with room for a busy machine. */
const slow = { timeout: 10_000 };
const COMPANY_ROLE = 'Rôle et engagements de Coopérative Sel d’Œuvre SAS';

function renderRecord(project: DraftProject, today = '2027-06-01') {
  let actorRef: ReturnType<typeof RecordContext.useActorRef> | null = null;
  function Probe() {
    actorRef = RecordContext.useActorRef();
    return null;
  }
  const user = userEvent.setup();
  const view = render(
    <I18nProvider locale="fr">
      <RecordContext.Provider options={{ input: { project } }}>
        <Probe />
        <RecordScreen today={today} onDownload={vi.fn()} amendmentEditor={AmendmentEditor} />
      </RecordContext.Provider>
    </I18nProvider>,
  );
  const stored = () => actorRef!.getSnapshot().context.project;
  return { user, stored, view };
}

/** Opens the draft's framework step and types the company's new yearly money. */
async function changeCompanyMoney(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await stepButton('Définir le cadre'));
  expect(await screen.findByRole('heading', { level: 2, name: 'Définir le cadre' }, slow)).toHaveFocus();
  const card = screen.getByRole('group', { name: COMPANY_ROLE });
  // A filled card is folded: opened, as a user must, before its field is changed.
  await user.click(within(card).getByRole('button', { expanded: false }));
  const money = within(card).getByLabelText(/^Apport financier/);
  await user.clear(money);
  await user.type(money, NEW_BUDGET);
}

describe('drafting an amendment from the record', () => {
  it('edits a copy of the text in force, reviews the changes, and each partner signs it', async () => {
    const project = await signedThreePartnerProject();
    const original = await contentFingerprint(project);
    const { user, stored, view } = renderRecord(project);

    await user.click(await screen.findByRole('button', { name: 'Rédiger un avenant' }, slow));
    const banner = await screen.findByRole(
      'heading',
      { level: 2, name: 'Avenant n°\u00a01 en préparation — le texte signé ne change pas' },
      slow,
    );
    await waitFor(() => expect(banner).toHaveFocus());
    expect(screen.getByText('Aucune modification pour l’instant.')).toHaveAttribute('role', 'status');
    // The draft is in the project at once: a reload finds it.
    expect(stored().record.amendments).toHaveLength(1);

    await changeCompanyMoney(user);
    await waitFor(() => expect(screen.getByText('1 modification dans le projet d’avenant.')).toBeInTheDocument(), slow);
    await waitFor(() => expect(stored().record.amendments[0]?.changes).toHaveLength(1), slow);
    const change = stored().record.amendments[0]!.changes[0]!;
    expect(change).toMatchObject({ path: ['framework', 'roles', 'company', 'money'], afterText: NEW_BUDGET });
    // The signed text and its signatures did not move.
    expect(await contentFingerprint(stored())).toBe(original);
    expect(stored().signatures).toEqual(project.signatures);

    // The review: the change listed field by field, then the subject and reason.
    await user.click(screen.getByRole('button', { name: 'Relire l’avenant et le signer' }));
    const heading = await screen.findByRole('heading', { level: 2, name: 'Avenant n°\u00a01' }, slow);
    await waitFor(() => expect(heading).toHaveFocus());
    const table = screen.getByRole('table', { name: 'Modifications' });
    const row = within(table).getByRole('row', { name: /Apport financier/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['15\u00a0000\u00a0€ par an', NEW_BUDGET]);
    await user.type(screen.getByRole('textbox', { name: /^Objet de l’avenant/ }), 'Apport financier revu');
    await user.type(screen.getByLabelText(/^Pourquoi ce changement/), 'Subvention régionale obtenue.');
    await user.click(screen.getByRole('button', { name: 'Enregistrer l’avenant' }));
    await waitFor(() => expect(stored().record.amendments[0]?.title).toBe('Apport financier revu'));
    expect(
      screen.getByText('Avenant enregistré : chaque partenaire peut maintenant le signer.', {
        normalizer: (x) => x.replace(/\s+/g, ' '),
      }),
    ).toBeVisible();

    // Each partner signs the amendment's own fingerprint; after the first, the text is locked.
    for (const partner of project.partners.partners) {
      await user.click(screen.getByRole('button', { name: `Signer pour ${partner.name}` }));
      const form = screen.getByRole('form', { name: `Signer pour ${partner.name}` });
      // Proposed as for the charter: the partner's signatory and town.
      const name = within(form).getByLabelText(/^Nom/);
      expect(name).toHaveValue(proposedSignatory(partner).name);
      expect(within(form).getByLabelText(/^Lieu/)).toHaveValue(partner.city);
      await user.clear(name);
      await user.type(name, `Signataire ${partner.id}`);
      await user.clear(within(form).getByLabelText(/^Fonction|^Qualité/));
      await user.type(within(form).getByLabelText(/^Fonction|^Qualité/), 'Représentant');
      // Signing needs the box ticked, as for the charter.
      await user.click(within(form).getByRole('button', { name: 'Signer l’avenant' }));
      expect(await within(form).findByText('Cochez cette case pour signer.')).toBeVisible();
      await user.click(within(form).getByRole('checkbox', { name: /^J’approuve l’avenant/ }));
      await user.click(within(form).getByRole('button', { name: 'Signer l’avenant' }));
      await waitFor(() => expect(screen.queryByRole('form', { name: `Signer pour ${partner.name}` })).toBeNull());
      // The form it replaces held the focus: the partner's line, now signed, takes it.
      await waitFor(() => expect(document.activeElement).toHaveTextContent(new RegExp(`^${partner.name}\\s+a signé`)));
      expect(screen.queryByRole('button', { name: 'Modifier le texte de l’avenant' })).toBeNull();
      expect(screen.queryByRole('button', { name: 'Abandonner le projet d’avenant' })).toBeNull();
    }
    expect(await screen.findByText('Signé par tous les partenaires, en vigueur.', {}, slow)).toBeInTheDocument();
    // Each signature is sealed with this device's key, and checked as such: a name or a date
    // changed by hand in the file would break its seal.
    expect(stored().record.amendments[0]!.signatures.every((s) => s.proof?.algorithm === 'ECDSA-P256-SHA256')).toBe(
      true,
    );
    // Each verdict comes on its own (WebCrypto): wait for all three.
    await waitFor(() => expect(screen.getAllByText(/^Signature scellée et vérifiée/)).toHaveLength(3), slow);

    const chain = await checkChain(stored());
    expect(chain.ok).toBe(true);
    expect(chain.versions.map((v) => v.fullySigned)).toEqual([true, true]);
    expect(chain.versions[0]!.fingerprint).toBe(original);
    expect(chain.current.framework.roles.find((r) => r.partnerId === 'company')?.money).toBe(NEW_BUDGET);

    // Home: the version in force is the amendment's, and a new amendment can be drafted.
    await user.click(screen.getByRole('button', { name: 'Retour au dossier' }));
    expect(await screen.findByText(/^Version en vigueur depuis l’avenant n°\s1/, {}, slow)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Rédiger un avenant' })).toBeInTheDocument();

    // The consolidated text reads with the new amount, and no signature under it.
    await user.click(screen.getByRole('button', { name: 'Lire le texte en vigueur' }));
    const inForce = await screen.findByRole('heading', { level: 2, name: 'Texte en vigueur' }, slow);
    await waitFor(() => expect(inForce).toHaveFocus());
    expect(
      screen.getByText(/^C’est la charte signée avec l’avenant n°\s1, réunis en un seul texte/),
    ).toBeInTheDocument();
    const page = await screen.findByRole('article', {}, slow);
    expect(page.textContent).toContain(NEW_BUDGET);
    expect(page.textContent).not.toContain('15\u00a0000\u00a0€ par an');
    // Its cover says what it is, never « ready to sign, no signature yet », and it offers
    // no empty box to sign under words the partners signed piece by piece.
    expect(page.textContent).not.toMatch(/Prête à signer|aucune signature/);
    expect(within(page).getByText(/^Texte en vigueur : la charte signée et l’avenant n°\s1 co-signé/)).toBeVisible();
    expect(within(page).queryByText('Signature')).toBeNull();
    // Under « Texte en vigueur » (h2): the charter's title is h3, never a second h1.
    expect(within(page).queryAllByRole('heading', { level: 1 })).toEqual([]);
    expect(within(page).getAllByRole('heading', { level: 3 })[0]).toHaveTextContent(/Charte de partenariat/);
    view.unmount();
  }, 60_000);

  it('continues a stored draft, and discards it only after confirming', async () => {
    const project = await signedThreePartnerProject();
    const first = renderRecord(project);
    await first.user.click(await screen.findByRole('button', { name: 'Rédiger un avenant' }, slow));
    await changeCompanyMoney(first.user);
    await waitFor(() => expect(first.stored().record.amendments[0]?.changes).toHaveLength(1), slow);
    await first.user.click(screen.getByRole('button', { name: 'Retour au dossier' }));
    const saved = first.stored();
    first.view.unmount();

    // Another session on the stored project: the draft is offered again, with its change.
    const { user, stored } = renderRecord(saved);
    expect(await screen.findByRole('button', { name: 'Reprendre le projet d’avenant n°\u00a01' }, slow)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Rédiger un avenant' })).toBeNull();
    // In the history, a draft without a subject yet reads without an empty one.
    expect(screen.getByText(/^Avenant n°\s1 — en attente de signatures$/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reprendre le projet d’avenant n°\u00a01' }));
    expect(await screen.findByText('1 modification dans le projet d’avenant.', {}, slow)).toBeInTheDocument();
    await user.click(await stepButton('Définir le cadre'));
    const card = await screen.findByRole('group', { name: COMPANY_ROLE }, slow);
    await user.click(within(card).getByRole('button', { expanded: false }));
    expect(within(card).getByLabelText(/^Apport financier/)).toHaveValue(NEW_BUDGET);

    // Discarding asks first; "no" keeps the draft.
    await user.click(screen.getByRole('button', { name: 'Abandonner le projet d’avenant' }));
    expect(screen.getByText(/^Abandonner le projet d’avenant n°\s1\s\?/)).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Non, le garder' }));
    expect(screen.getByRole('button', { name: 'Abandonner le projet d’avenant' })).toHaveFocus();
    expect(stored().record.amendments).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Abandonner le projet d’avenant' }));
    await user.click(screen.getByRole('button', { name: 'Oui, abandonner l’avenant n°\u00a01' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Dossier du partenariat' }, slow)).toHaveFocus();
    expect(stored().record.amendments).toEqual([]);
    expect(screen.getByRole('button', { name: 'Rédiger un avenant' })).toBeInTheDocument();
  }, 60_000);
});

describe('drafting an amendment to a charter in English, from a French interface', () => {
  it('writes the changes in the charter’s language', async () => {
    const project = await signedThreePartnerProject();
    const english = { ...project, documentLanguage: 'en' as const };
    const fingerprint = await contentFingerprint(english);
    english.signatures = english.signatures.map((s) => ({ ...s, fingerprint }));
    const { user, stored, view } = renderRecord(english);
    await user.click(await screen.findByRole('button', { name: 'Rédiger un avenant' }, slow));
    await changeCompanyMoney(user);
    await waitFor(() => expect(stored().record.amendments[0]?.changes).toHaveLength(1), slow);
    expect(stored().record.amendments[0]!.changes[0]!.label).toMatch(/^Partner “.*” › .*Financial contribution/);
    view.unmount();
  }, 60_000);
});

describe('an amendment’s changes', () => {
  it('write an amount with the charter’s currency, as the charter does', async () => {
    const current = await signedThreePartnerProject();
    current.framework.agreement.contributions = [
      { id: 'c1', partnerId: 'company', kind: 'money', description: '', amount: 12000, days: null, dailyRate: null },
    ];
    const edited = structuredClone(current);
    edited.framework.agreement.contributions[0]!.amount = 15000;
    const [change] = amendmentChanges(current, edited);
    expect(change?.beforeText.replace(/\s/g, ' ')).toBe('12 000,00 €');
    expect(change?.afterText.replace(/\s/g, ' ')).toBe('15 000,00 €');
    expect(change?.before).toBe(12000);
  });

  it('are written in the charter’s language, whatever the interface’s: they are part of what is signed', async () => {
    const current = { ...(await signedThreePartnerProject()), documentLanguage: 'en' as const };
    const edited = structuredClone(current);
    edited.framework.roles = edited.framework.roles.map((r) =>
      r.partnerId === 'company' ? { ...r, money: '25,000 € a year' } : r,
    );
    const [change] = amendmentChanges(current, edited);
    expect(change?.label).toMatch(/^Partner “Coopérative Sel d’Œuvre SAS” › /);
    expect(change?.label).not.toMatch(/Rôle|Apport/);
  });

  it('are signed by a partner the amendment adds, too', async () => {
    const project = await signedThreePartnerProject();
    const newcomer = { ...structuredClone(project.partners.partners[0]!), id: 'newcomer', name: 'Mairie de Guérande' };
    const draft = await draftAmendment(project, {
      id: 'am1',
      date: '2027-05-02',
      title: 'Un nouveau partenaire',
      reason: 'La mairie rejoint le projet.',
      changes: [
        {
          id: 'partners.partners[newcomer]',
          path: ['partners', 'partners', 'newcomer'],
          kind: 'added',
          label: 'Partenaire',
          before: undefined,
          after: newcomer,
          beforeText: '',
          afterText: 'Mairie de Guérande',
        },
      ],
    });
    const { user } = renderRecord(withAmendment(project, draft));
    await user.click(await screen.findByRole('button', { name: 'Ouvrir (Avenant n°\u00a01)' }, slow));
    const signers = screen.getAllByRole('button', { name: /^Signer pour / }).map((b) => b.textContent);
    expect(signers).toEqual([
      ...project.partners.partners.map((p) => `Signer pour ${p.name}`),
      'Signer pour Mairie de Guérande',
    ]);
  });
});
