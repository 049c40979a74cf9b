import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/i18n-provider';
import { RecordContext } from '../machine/record.context';
import type { DraftProject } from '../schemas/project.schema';
import { checkChain } from '../domain/record-amendments';
import { contentFingerprint, shortFingerprint } from '../domain/fingerprint';
import {
  NEW_BUDGET,
  amendedReviewedProject,
  reviewedProject,
  reviewedProjectWithDraftAmendment,
} from '../testing/record-fixtures';
import { RecordScreen } from './record-screen';

function renderRecord(project: DraftProject, today = '2027-06-01') {
  const onDownload = vi.fn();
  let actorRef: ReturnType<typeof RecordContext.useActorRef> | null = null;
  function Probe() {
    actorRef = RecordContext.useActorRef();
    return null;
  }
  const user = userEvent.setup();
  render(
    <I18nProvider locale="fr">
      <RecordContext.Provider options={{ input: { project } }}>
        <Probe />
        <RecordScreen today={today} onDownload={onDownload} />
      </RecordContext.Provider>
    </I18nProvider>,
  );
  const stored = () => actorRef!.getSnapshot().context.project;
  return { user, onDownload, stored };
}

describe('the record home', () => {
  it('shows the signed version with its fingerprint, what is overdue, the history and the health trend', async () => {
    const project = await reviewedProject();
    const { user, onDownload } = renderRecord(project);
    expect(await screen.findByRole('heading', { level: 2, name: 'Dossier du partenariat' })).toBeInTheDocument();
    expect(screen.getByText(shortFingerprint(await contentFingerprint(project)))).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Chaîne des versions vérifiée');
    const overdue = screen.getByRole('list', { name: 'En retard' });
    expect(
      within(overdue).getByText(
        /Action « Préparer le dossier douanier » \(Coopérative Sel d’Œuvre SAS\) pour le 1er décembre 2026/,
      ),
    ).toBeInTheDocument();
    expect(within(overdue).queryByText(/Première mission de terrain/)).toBeNull();
    const chart = screen.getByRole('img', { name: /Santé du partenariat d’un bilan à l’autre/ });
    expect(chart).toHaveAccessibleName(expect.stringMatching(/bilan n°\s2 du 6\savril 2027/));
    await user.click(screen.getByRole('button', { name: 'PDF (Bilan n°\u00a02)' }));
    expect(onDownload).toHaveBeenCalledWith({ kind: 'review', number: 2 });
  });
});

describe('the record home of a file whose charter not every partner signed', () => {
  it('says how many of the partners signed, never « signed by all » (a hand-edited file with an amendment)', async () => {
    const amended = await amendedReviewedProject();
    // Only two of the three signatures on the charter are kept; its amendment stays.
    const project = { ...amended, signatures: amended.signatures.slice(0, 2) };
    renderRecord(project);
    const signed = await screen.findByRole('region', { name: 'Charte signée' });
    expect(signed).not.toHaveTextContent(/Signée par les 2 partenaires/);
    expect(signed).toHaveTextContent(/Signée par 2\s?partenaires sur 3/);
    // Nor is its amendment in force: it amends a charter not every partner signed.
    expect(signed).not.toHaveTextContent(/en vigueur depuis l’avenant/);
  });
});

describe('a review', () => {
  it('announces what is missing, then records the review with each indicator’s value', async () => {
    const project = await reviewedProject();
    const { user, stored } = renderRecord(project, '2027-10-03');
    await user.click(await screen.findByRole('button', { name: 'Nouveau bilan' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Bilan n°\u00a03' })).toHaveFocus();
    // The health check comes with a saved review: a new one says where it will be.
    const healthSection = screen.getByRole('region', { name: 'Santé du partenariat' });
    expect(healthSection).toHaveTextContent(/Une fois ce bilan enregistré/);
    // Baselines are carried over from the last review.
    const income = screen.getByRole('group', { name: 'Revenu moyen des sauniers' });
    expect(within(income).getByLabelText('Situation de départ')).toHaveValue('120 € par mois');
    // Partners' views sit side by side, one group per partner.
    for (const name of ['Solidarité Mer & Terre', 'Coopérative Sel d’Œuvre SAS', 'Hợp tác xã Sao Biển'])
      expect(screen.getByRole('group', { name })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Enregistrer le bilan' }));
    expect(screen.getByLabelText(/^Participants/)).toHaveAccessibleDescription(
      expect.stringContaining('Ce champ est obligatoire.'),
    );
    await user.type(screen.getByLabelText(/^Participants/), 'Élise, François, Lan');
    await user.type(within(income).getByLabelText(/^Valeur constatée/), '141 € par mois');
    await user.type(
      within(screen.getByRole('group', { name: 'Tonnes achetées' })).getByLabelText(/^Valeur constatée/),
      '38 t',
    );
    const firstRisk = project.impacts.risks[0]!;
    const leak = screen.getByRole('group', { name: firstRisk.title });
    await user.selectOptions(within(leak).getByLabelText('Probabilité'), '1 — Faible');
    await user.click(screen.getByRole('button', { name: 'Ajouter une action' }));
    const action = screen.getByRole('group', { name: 'Action 1' });
    await user.type(within(action).getByLabelText(/^Action/), 'Relancer la banque');
    await user.type(within(action).getByLabelText(/^Échéance/), '2027-11-15');
    await user.click(screen.getByRole('button', { name: 'Enregistrer le bilan' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Dossier du partenariat' })).toBeInTheDocument();
    const third = stored().record.reviews.find((r) => r.number === 3)!;
    expect(third.indicators.map((i) => i.actual)).toEqual(['141 € par mois', '38 t']);
    expect(third.risks.find((r) => r.riskId === firstRisk.id)?.likelihood).toBe(1);
    expect(third.actions[0]).toMatchObject({ text: 'Relancer la banque', dueDate: '2027-11-15' });
    expect(screen.getByText(/Bilan n° 3 — 3 octobre 2027/)).toBeInTheDocument();
  });

  it('puts the focus on a new action, and keeps it in the list when one is removed', async () => {
    const project = await reviewedProject();
    const { user } = renderRecord(project, '2027-10-03');
    await user.click(await screen.findByRole('button', { name: 'Nouveau bilan' }));
    await user.click(screen.getByRole('button', { name: 'Ajouter une action' }));
    await user.click(screen.getByRole('button', { name: 'Ajouter une action' }));
    expect(within(screen.getByRole('group', { name: 'Action 2' })).getByLabelText(/^Action/)).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Retirer l’action 2' }));
    expect(within(screen.getByRole('group', { name: 'Action 1' })).getByLabelText(/^Action/)).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Retirer l’action 1' }));
    expect(screen.getByRole('button', { name: 'Ajouter une action' })).toHaveFocus();
  });
});

describe('the health check', () => {
  it('is answered by one partner on its own, then shown side by side with the gaps highlighted', async () => {
    const project = await reviewedProject();
    project.record.reviews[1]!.health = project.record.reviews[1]!.health.filter((h) => h.partnerId !== 'asso');
    const { user, stored } = renderRecord(project);
    await user.click(await screen.findByRole('button', { name: 'Ouvrir (Bilan n°\u00a02)' }));
    await user.click(screen.getByRole('button', { name: 'Répondre au bilan de santé pour Solidarité Mer & Terre' }));
    expect(
      screen.getByRole('heading', { level: 2, name: 'Bilan de santé du partenariat — Solidarité Mer & Terre' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Enregistrer mes réponses' }));
    const trust = screen.getByRole('group', { name: /^Nous avons confiance/ });
    expect(trust).toHaveAccessibleDescription(expect.stringContaining('Choisissez'));
    // The same error summary as the steps: each unanswered question, linked to its group.
    const links = within(screen.getByRole('alert')).getAllByRole('link');
    expect(links).toHaveLength(8);
    // A question ends with its own full stop: no « : » glued after it.
    expect(links[0]!.textContent).toBe(
      'Nous avons confiance dans nos partenaires et pouvons leur dire ce qui ne va pas. Choisissez une option.',
    );
    // Where each question comes from, in French: « inspirée des freins », « du frein ».
    expect(within(trust).getByText(/^Question proposée par Cocharte/).textContent).toBe(
      'Question proposée par Cocharte, inspirée des freins «\u00a0méconnaissance et préjugés\u00a0» du guide et de l’étape 4 du guide (bilans réguliers pour entretenir la confiance).',
    );
    const communication = screen.getByRole('group', { name: /^L’information circule/ });
    expect(within(communication).getByText(/^Question proposée par Cocharte/).textContent).toMatch(
      /inspirée du frein «\u00a0temps\u00a0» du guide/,
    );
    const groups = screen.getAllByRole('group');
    for (const g of groups) {
      const radio = within(g).queryByRole('radio', { name: '4 — largement' });
      if (radio) await user.click(radio);
    }
    await user.click(
      within(screen.getByRole('group', { name: /^Le partenaire du Sud pèse/ })).getByRole('radio', {
        name: '1 — pas du tout',
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Enregistrer mes réponses' }));
    const table = await screen.findByRole('table', { name: /Notes de 1 à 5/ });
    const row = within(table).getByRole('row', { name: /Le partenaire du Sud pèse/ });
    expect(row).toHaveTextContent('Écart de 4');
    expect(
      screen.getByText(/Solidarité Mer & Terre répond 1 sur 5, Coopérative Sel d’Œuvre SAS 5 sur 5/),
    ).toBeInTheDocument();
    const answers = stored().record.reviews[1]!.health;
    expect(answers.map((h) => h.partnerId).sort()).toEqual(['asso', 'company', 'south']);
    expect(answers.find((h) => h.partnerId === 'asso')!.scores.southVoice).toBe(1);
  });
  it('says who answered a low score, and shows each partner’s comment', async () => {
    const project = await reviewedProject();
    const south = project.record.reviews[1]!.health.find((h) => h.partnerId === 'south')!;
    project.record.reviews[1]!.health = [{ ...south, comment: 'Le partenaire du Sud n’est pas assez consulté.' }];
    const { user } = renderRecord(project);
    await user.click(await screen.findByRole('button', { name: 'Ouvrir (Bilan n°\u00a02)' }));
    const compared = screen.getByRole('region', { name: 'Réponses côte à côte' });
    const points = within(compared)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(points).toContain(
      '«\u00a0Le partenaire du Sud pèse réellement dans les décisions.\u00a0»\u00a0: Hợp tác xã Sao Biển, seul partenaire à avoir répondu, donne 2 ou moins. Que changer\u202f?',
    );
    expect(compared).not.toHaveTextContent(/tous les partenaires/);
    const comments = within(compared).getByRole('list', { name: 'Commentaires des partenaires' });
    expect(within(comments).getByRole('listitem').textContent).toBe(
      'Hợp tác xã Sao Biển\u00a0: Le partenaire du Sud n’est pas assez consulté.',
    );
  });
});

describe('an amendment', () => {
  it('lists its changes and is co-signed on its own while the original stays signed', async () => {
    const project = await reviewedProjectWithDraftAmendment();
    const original = await contentFingerprint(project);
    const { user, stored } = renderRecord(project);
    await user.click(await screen.findByRole('button', { name: 'Ouvrir (Avenant n°\u00a01)' }));
    const changes = screen.getByRole('table', { name: 'Modifications' });
    expect(within(changes).getByRole('row', { name: /Apport financier/ })).toHaveTextContent(
      NEW_BUDGET.replace(/\u00a0/g, ' '),
    );
    for (const [id, name] of [
      ['asso', 'Solidarité Mer & Terre'],
      ['company', 'Coopérative Sel d’Œuvre SAS'],
      ['south', 'Hợp tác xã Sao Biển'],
    ] as const) {
      await user.click(screen.getByRole('button', { name: `Signer pour ${name}` }));
      const form = screen.getByRole('form', { name: `Signer pour ${name}` });
      await user.clear(within(form).getByLabelText(/^Nom/));
      await user.type(within(form).getByLabelText(/^Nom/), `Signataire ${id}`);
      await user.clear(within(form).getByLabelText(/^Fonction/));
      await user.type(within(form).getByLabelText(/^Fonction/), 'Représentant');
      await user.clear(within(form).getByLabelText(/^Lieu/));
      await user.type(within(form).getByLabelText(/^Lieu/), 'Nantes');
      await user.click(within(form).getByRole('checkbox', { name: /^J’approuve l’avenant/ }));
      await user.click(within(form).getByRole('button', { name: 'Signer l’avenant' }));
      await waitFor(() => expect(screen.queryByRole('form', { name: `Signer pour ${name}` })).toBeNull());
    }
    expect(await screen.findByText('Signé par tous les partenaires, en vigueur.')).toBeInTheDocument();
    const chain = await checkChain(stored());
    expect(chain.ok).toBe(true);
    expect(chain.versions[1]!.fullySigned).toBe(true);
    // The original text and its signatures are untouched.
    expect(await contentFingerprint(stored())).toBe(original);
    expect(stored().signatures.every((s) => s.fingerprint === original)).toBe(true);
  });
});

describe('the text in force', () => {
  it('reads as dated from the latest amendment’s co-signature, and downloads as a PDF', async () => {
    const project = await amendedReviewedProject();
    const { user, onDownload } = renderRecord(project);
    await user.click(await screen.findByRole('button', { name: 'Lire le texte en vigueur' }));
    const page = await screen.findByRole('article', {}, { timeout: 10_000 });
    expect(within(page).getByText('En vigueur depuis le 25 avril 2027')).toBeVisible();
    expect(within(page).queryByText(/^Version du/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Télécharger le texte en vigueur (PDF)' }));
    expect(onDownload).toHaveBeenCalledWith({ kind: 'inForce' });
  });
});

describe('the closing', () => {
  it('records the evaluation and the decision taken together', async () => {
    const project = await reviewedProject();
    const { user, stored } = renderRecord(project, '2029-03-20');
    await user.click(await screen.findByRole('button', { name: 'Bilan de fin de partenariat' }));
    expect(screen.getByText(/préavis de six mois/)).toBeInTheDocument();
    for (const group of ['Solidarité Mer & Terre', 'Coopérative Sel d’Œuvre SAS', 'Hợp tác xã Sao Biển'])
      await user.type(
        within(screen.getByRole('group', { name: group })).getByLabelText(/^Résultats obtenus/),
        'Atteints',
      );
    await user.type(
      within(screen.getByRole('group', { name: 'Pour les acteurs du Sud' })).getByLabelText(/^Résultats obtenus/),
      'Revenu +15 %',
    );
    await user.type(screen.getByLabelText(/^Enseignements/), 'Anticiper la logistique.');
    await user.click(screen.getByRole('radio', { name: 'Le dupliquer ailleurs' }));
    await user.type(await screen.findByLabelText(/^Où dupliquer/), 'Cambodge');
    // A decision taken together: every partner says so, or nothing is recorded.
    await user.click(screen.getByRole('button', { name: 'Enregistrer le bilan de fin' }));
    const agreed = screen.getByRole('group', { name: /^Partenaires d’accord/ });
    expect(await within(agreed).findByText(/la décision se prend ensemble/)).toBeVisible();
    expect(stored().record.closing).toBeNull();
    for (const name of ['Solidarité Mer & Terre', 'Coopérative Sel d’Œuvre SAS', 'Hợp tác xã Sao Biển'])
      await user.click(within(agreed).getByRole('checkbox', { name }));
    // It ends the record's follow-up: confirmed before it is saved.
    await user.click(screen.getByRole('button', { name: 'Enregistrer le bilan de fin' }));
    await user.click(await screen.findByRole('button', { name: 'Confirmer le bilan de fin' }));
    expect(
      await screen.findByText(/Bilan de fin de partenariat — 20 mars 2029 — Le dupliquer ailleurs/),
    ).toBeInTheDocument();
    expect(stored().record.closing).toMatchObject({ decision: 'replicate', replicateWhere: 'Cambodge' });
    // Once decided, nothing more is due.
    expect(screen.getByText('Rien n’est prévu dans le mois.')).toBeInTheDocument();
  });
});

/** The error summary's links, as their text reads (no-break spaces kept); in `within` when given. */
function summaryLinks(within_: HTMLElement = document.body): HTMLAnchorElement[] {
  const alert = within(within_).getByRole('alert');
  return within(alert).queryAllByRole('link') as HTMLAnchorElement[];
}

describe('a record form that cannot be saved says why, as the wizard’s steps do', () => {
  it('the review lists every error as a link to its field, named « owner — label », in a live region', async () => {
    const project = await reviewedProject();
    const { user } = renderRecord(project, '2027-10-03');
    await user.click(await screen.findByRole('button', { name: 'Nouveau bilan' }));
    // The live region is there before anything goes wrong, so its content is announced.
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
    await user.click(screen.getByRole('button', { name: 'Ajouter une action' }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer le bilan' }));
    const texts = summaryLinks().map((a) => a.textContent);
    expect(
      within(screen.getByRole('alert')).getByText('Le formulaire contient 5 erreurs. Corrigez les champs signalés.'),
    ).toBeVisible();
    expect(texts).toEqual([
      'Participants (obligatoire)\u00a0: Ce champ est obligatoire.',
      'Revenu moyen des sauniers — Valeur constatée (obligatoire)\u00a0: Ce champ est obligatoire.',
      'Tonnes achetées — Valeur constatée (obligatoire)\u00a0: Ce champ est obligatoire.',
      'Action 1 — Action (obligatoire)\u00a0: Ce champ est obligatoire.',
      'Action 1 — Échéance (obligatoire)\u00a0: Ce champ est obligatoire.',
    ]);
    // Each link leads to its field; focus is on the first one, as in the steps.
    for (const link of summaryLinks()) {
      const field = document.getElementById(link.getAttribute('href')!.slice(1));
      expect(field).toHaveAttribute('aria-invalid', 'true');
    }
    expect(screen.getByLabelText(/^Participants/)).toHaveFocus();
  });

  it('the closing uses the same summary', async () => {
    const project = await reviewedProject();
    const { user } = renderRecord(project, '2029-03-20');
    await user.click(await screen.findByRole('button', { name: 'Bilan de fin de partenariat' }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer le bilan de fin' }));
    const texts = summaryLinks().map((a) => a.textContent);
    expect(texts).toContain(
      'Solidarité Mer & Terre — Résultats obtenus (obligatoire)\u00a0: Ce champ est obligatoire.',
    );
    expect(texts).toContain(
      'Pour les acteurs du Sud — Résultats obtenus (obligatoire)\u00a0: Ce champ est obligatoire.',
    );
    expect(texts).toContain('Enseignements (obligatoire)\u00a0: Ce champ est obligatoire.');
    for (const link of summaryLinks())
      expect(document.getElementById(link.getAttribute('href')!.slice(1))).toHaveAttribute('aria-invalid', 'true');
  });

  it('the amendment’s details use the same summary', async () => {
    const project = await reviewedProjectWithDraftAmendment({ title: '', reason: '' });
    const { user } = renderRecord(project);
    await user.click(await screen.findByRole('button', { name: 'Ouvrir (Avenant n°\u00a01)' }));
    const details = screen.getByRole('form', { name: 'Objet de l’avenant' });
    await user.click(within(details).getByRole('button', { name: 'Enregistrer l’avenant' }));
    // The form's own summary (the screen's signing by link has its own live region).
    expect(summaryLinks(details).map((a) => a.textContent)).toEqual([
      'Objet de l’avenant (obligatoire)\u00a0: Ce champ est obligatoire.',
      'Pourquoi ce changement (obligatoire)\u00a0: Ce champ est obligatoire.',
    ]);
    expect(within(details).getByLabelText(/^Objet de l’avenant/)).toHaveFocus();
  });
});

describe('a new action row after a failed submit', () => {
  it('shows no error until the next submit, which still checks it', async () => {
    const project = await reviewedProject();
    const { user, stored } = renderRecord(project, '2027-10-03');
    await user.click(await screen.findByRole('button', { name: 'Nouveau bilan' }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer le bilan' }));
    expect(screen.getByLabelText(/^Participants/)).toHaveAttribute('aria-invalid', 'true');
    await user.click(screen.getByRole('button', { name: 'Ajouter une action' }));
    const action = screen.getByRole('group', { name: 'Action 1' });
    expect(within(action).getByLabelText(/^Action/)).toHaveAttribute('aria-invalid', 'false');
    expect(within(action).getByLabelText(/^Échéance/)).toHaveAttribute('aria-invalid', 'false');
    expect(within(action).queryByText('Ce champ est obligatoire.')).toBeNull();
    // Typing elsewhere revalidates the form: the untouched row still stays quiet.
    await user.type(screen.getByLabelText(/^Participants/), 'Élise');
    expect(within(action).getByLabelText(/^Action/)).toHaveAttribute('aria-invalid', 'false');
    // The next submit checks it.
    await user.click(screen.getByRole('button', { name: 'Enregistrer le bilan' }));
    expect(within(action).getByLabelText(/^Action/)).toHaveAttribute('aria-invalid', 'true');
    expect(summaryLinks().map((a) => a.textContent)).toContain(
      'Action 1 — Action (obligatoire)\u00a0: Ce champ est obligatoire.',
    );
    expect(stored().record.reviews.some((r) => r.number === 3)).toBe(false);
  });
});

describe('what is typed in the record and not saved yet', () => {
  const SAVED = 'Brouillon enregistré sur cet appareil';

  it('a review’s text is kept while a partner’s health check is answered, and the draft is no held review', async () => {
    const project = await reviewedProject();
    const { user, stored } = renderRecord(project);
    await user.click(await screen.findByRole('button', { name: 'Ouvrir (Bilan n°\u00a02)' }));
    const held = stored().record.reviews[1]!.participants;
    await user.clear(screen.getByLabelText(/^Participants/));
    await user.type(screen.getByLabelText(/^Participants/), 'Élise et Lan');
    // Said once it is kept, as the draft reaches the project.
    await waitFor(() => expect(screen.getByText(SAVED)).toHaveAttribute('role', 'status'));
    await user.click(screen.getByRole('button', { name: 'Revoir les réponses de Solidarité Mer & Terre' }));
    await user.clear(screen.getByLabelText('Commentaire (facultatif)'));
    await user.type(screen.getByLabelText('Commentaire (facultatif)'), 'Moins de réunions');
    await user.click(screen.getByRole('button', { name: 'Retour au bilan n°\u00a02' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Bilan n°\u00a02' })).toBeInTheDocument();
    expect(screen.getByLabelText(/^Participants/)).toHaveValue('Élise et Lan');
    expect(screen.getByText(SAVED)).toBeInTheDocument();
    // The health check's answers are kept too, and come back when it opens again.
    await user.click(screen.getByRole('button', { name: 'Revoir les réponses de Solidarité Mer & Terre' }));
    expect(screen.getByLabelText('Commentaire (facultatif)')).toHaveValue('Moins de réunions');
    await user.click(screen.getByRole('button', { name: 'Retour au bilan n°\u00a02' }));
    // Until « Enregistrer », the held review is the one the partners saved.
    expect(stored().record.reviews[1]!.participants).toBe(held);
    await user.click(await screen.findByRole('button', { name: 'Retour au dossier' }));
    expect(stored().record.reviews[1]!.participants).toBe(held);
    await user.click(await screen.findByRole('button', { name: 'Ouvrir (Bilan n°\u00a02)' }));
    expect(screen.getByLabelText(/^Participants/)).toHaveValue('Élise et Lan');
    await user.click(screen.getByRole('button', { name: 'Enregistrer le bilan' }));
    await screen.findByRole('heading', { level: 2, name: 'Dossier du partenariat' });
    expect(stored().record.reviews[1]!.participants).toBe('Élise et Lan');
    expect(stored().record.drafts?.reviews ?? []).toEqual([]);
  });

  it('a new review typed and left is resumed from the home, and counts as no review until it is saved', async () => {
    const project = await reviewedProject();
    const { user, stored } = renderRecord(project, '2027-10-03');
    await user.click(await screen.findByRole('button', { name: 'Nouveau bilan' }));
    await user.type(screen.getByLabelText(/^Participants/), 'Élise, François');
    await user.click(screen.getByRole('button', { name: 'Retour au dossier' }));
    await screen.findByRole('heading', { level: 2, name: 'Dossier du partenariat' });
    expect(stored().record.reviews).toHaveLength(2);
    expect(screen.queryByText(/Bilan n°\s3 —/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Nouveau bilan' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Reprendre le brouillon du bilan n°\u00a03' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Bilan n°\u00a03' })).toBeInTheDocument();
    expect(screen.getByLabelText(/^Participants/)).toHaveValue('Élise, François');
    expect(screen.getByRole('status')).toHaveTextContent(SAVED);
    // Erased only once confirmed; « No » keeps it.
    await user.click(screen.getByRole('button', { name: 'Abandonner le brouillon' }));
    const question = screen.getByRole('group', { name: /^Effacer ce qui a été saisi ici sans être enregistré/ });
    expect(question.querySelector('p')).toHaveFocus();
    await user.click(within(question).getByRole('button', { name: 'Non, garder le brouillon' }));
    expect(screen.getByRole('button', { name: 'Abandonner le brouillon' })).toHaveFocus();
    expect(stored().record.drafts?.reviews).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Abandonner le brouillon' }));
    await user.click(screen.getByRole('button', { name: 'Oui, effacer le brouillon' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Dossier du partenariat' })).toBeInTheDocument();
    expect(stored().record.drafts).toBeUndefined();
    expect(stored().record.reviews).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Nouveau bilan' }));
    expect(screen.getByLabelText(/^Participants/)).toHaveValue('');
    expect(screen.queryByRole('button', { name: 'Abandonner le brouillon' })).toBeNull();
  });

  it('the closing report keeps what is typed until it is saved', async () => {
    const project = await reviewedProject();
    const { user, stored } = renderRecord(project, '2029-03-20');
    await user.click(await screen.findByRole('button', { name: 'Bilan de fin de partenariat' }));
    await user.type(screen.getByLabelText(/^Enseignements/), 'Anticiper la logistique.');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(SAVED));
    expect(stored().record.closing).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Retour au dossier' }));
    expect(stored().record.closing).toBeNull();
    await user.click(await screen.findByRole('button', { name: 'Bilan de fin de partenariat' }));
    expect(screen.getByLabelText(/^Enseignements/)).toHaveValue('Anticiper la logistique.');
  });
});
