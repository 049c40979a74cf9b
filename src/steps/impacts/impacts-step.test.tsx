import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { completeProject } from '../../../tests/fixtures/project';
import { renderWizard } from '../../../tests/setup/render-wizard';
import { findRiskEntry } from '../../content/risk-catalogue';
import { createTranslator } from '../../i18n/i18n';

const fr = createTranslator('fr');
const en = createTranslator('en');
// The shared asyncUtilTimeout (tests/setup) covers the autosave debounce on a busy machine.
const LIVE = {};
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The accessible name of a suggestion button: "Reprendre : <measure>" or "Déjà reprise : <measure>". */
const suggestion = (action: string, measure: string) =>
  new RegExp(`^${action}\\s*:\\s*${escape(measure.replace(/\s+/g, ' '))}$`);

function entry(id: string) {
  const e = findRiskEntry(id);
  if (!e) throw new Error(id);
  return e;
}

describe('step 5 — the risks the guide lists', () => {
  it('offers the catalogue grouped by category', () => {
    renderWizard(completeProject(), 'impacts');
    const picker = screen.getByLabelText('Risque listé par le guide');
    const groups = within(picker).getAllByRole('group');
    expect(groups.map((g) => g.getAttribute('label'))).toEqual([
      'Contexte culturel, administratif ou politique',
      'Concurrence entre acteurs',
      'Financier',
      'Écosystème local',
      'Social',
      'Gouvernance',
    ]);
    const ecosystem = groups[3]!;
    expect(
      within(ecosystem).getByRole('option', { name: fr('guide.risk.ecosystem-withdrawal.title') }),
    ).toBeInTheDocument();
  });

  it('adds the chosen risk, prefilled, focuses its title and marks it as added', async () => {
    const { user, actor } = renderWizard(completeProject(), 'impacts');
    const picker = screen.getByLabelText('Risque listé par le guide');
    await user.selectOptions(picker, 'ecosystem-withdrawal');
    expect(picker).toHaveAccessibleDescription(
      expect.stringContaining(fr('guide.risk.ecosystem-withdrawal.description').slice(0, 40)),
    );

    await user.click(screen.getByRole('button', { name: 'Ajouter ce risque' }));
    const card = screen.getByRole('group', { name: 'Risque 2' });
    const title = within(card).getByLabelText(/Intitulé du risque/);
    await waitFor(() => expect(title).toHaveFocus());
    expect(title).toHaveValue(fr('guide.risk.ecosystem-withdrawal.title'));
    expect(within(card).getByLabelText(/^Gravité/)).toHaveValue('4');
    expect(within(card).getByLabelText(/^Mesures de maîtrise/)).toHaveValue(
      entry('ecosystem-withdrawal')
        .mitigations.map((m) => fr(m.key))
        .join('\n'),
    );
    // Owner and review date are the partners' decision.
    expect(within(card).getByLabelText(/^Responsable/)).toHaveValue('');

    expect(picker).toHaveValue('');
    expect(
      within(picker).getByRole('option', {
        name: `${fr('guide.risk.ecosystem-withdrawal.title')} (déjà dans votre liste)`,
      }),
    ).toBeInTheDocument();
    await waitFor(
      () => expect(actor().getSnapshot().context.project.impacts.risks[1]?.catalogueId).toBe('ecosystem-withdrawal'),
      LIVE,
    );
    // The guide's note about the withdrawal gives way to the two decisions still open.
    await waitFor(
      () => expect(screen.queryByText(/Aucun risque ne porte sur le retrait/)).not.toBeInTheDocument(),
      LIVE,
    );
    expect(screen.getAllByText(/n’a pas de responsable/).length).toBeGreaterThan(0);
  });

  it('adds the risk in the language of the screen', async () => {
    const { user } = renderWizard(completeProject(), 'impacts', 'en');
    await user.selectOptions(screen.getByLabelText('Risk listed by the guide'), 'context-cultural');
    await user.click(screen.getByRole('button', { name: 'Add this risk' }));
    const card = screen.getByRole('group', { name: 'Risk 2' });
    expect(within(card).getByLabelText(/Title of the risk/)).toHaveValue(en('guide.risk.context-cultural.title'));
  });

  it('asks to choose a risk first, in words, and puts the user back on the list', async () => {
    const { user } = renderWizard(completeProject(), 'impacts');
    await user.click(screen.getByRole('button', { name: 'Ajouter ce risque' }));
    const picker = screen.getByLabelText('Risque listé par le guide');
    expect(picker).toHaveFocus();
    expect(picker).toHaveAttribute('aria-invalid', 'true');
    expect(picker).toHaveAccessibleDescription(expect.stringContaining('Choisissez d’abord un risque dans la liste.'));
    expect(screen.queryByRole('group', { name: 'Risque 2' })).not.toBeInTheDocument();
    await user.selectOptions(picker, 'context-cultural');
    expect(picker).toHaveAttribute('aria-invalid', 'false');
  });

  it('offers the suggested measures of a catalogue risk, to take one by one and then edit', async () => {
    const { user, actor } = renderWizard(completeProject(), 'impacts');
    expect(
      within(screen.getByRole('group', { name: 'Risque 1' })).queryByRole('group', { name: /Mesures possibles/ }),
    ).not.toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Risque listé par le guide'), 'financial-short-term');
    await user.click(screen.getByRole('button', { name: 'Ajouter ce risque' }));
    const card = screen.getByRole('group', { name: 'Risque 2' });
    const suggestions = within(card).getByRole('group', { name: 'Mesures possibles pour ce risque' });
    const [m1, m2] = entry('financial-short-term').mitigations.map((m) => fr(m.key));
    if (!m1 || !m2) throw new Error('fixture');

    // Prefilled: every suggestion says it is already taken.
    for (const b of within(suggestions).getAllByRole('button')) expect(b).toHaveAttribute('aria-disabled', 'true');

    const mitigation = within(card).getByLabelText(/^Mesures de maîtrise/);
    await user.clear(mitigation);
    const take2 = within(suggestions).getByRole('button', { name: suggestion('Reprendre', m2) });
    expect(take2).not.toHaveAttribute('aria-disabled');
    await user.click(take2);
    expect(mitigation).toHaveValue(m2);
    expect(take2).toHaveAccessibleName(suggestion('Déjà reprise', m2));
    expect(take2).toHaveAttribute('aria-disabled', 'true');
    expect(take2).toHaveFocus();
    expect(within(suggestions).getByRole('status')).toHaveTextContent(
      'Mesure ajoutée aux mesures de maîtrise du risque 2.',
    );

    // Taking it again changes nothing; editing keeps it recognised; the next one goes below.
    await user.click(take2);
    expect(mitigation).toHaveValue(m2);
    await user.type(mitigation, ' Avec la région.');
    await user.click(within(suggestions).getByRole('button', { name: suggestion('Reprendre', m1) }));
    expect(mitigation).toHaveValue(`${m2} Avec la région.\n${m1}`);
    await waitFor(
      () =>
        expect(actor().getSnapshot().context.project.impacts.risks[1]?.mitigation).toBe(`${m2} Avec la région.\n${m1}`),
      LIVE,
    );
  });
});

describe('step 5 — opportunities and suggested ratings', () => {
  it('shows the expected effects before the risks', () => {
    renderWizard(completeProject(), 'impacts');
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    const opportunities = headings.indexOf('Les opportunités\u00a0: effets attendus');
    expect(opportunities).toBeGreaterThanOrEqual(0);
    expect(opportunities).toBeLessThan(headings.indexOf('Les risques'));
  });

  it('cites under the step’s intro the guide’s step it follows', () => {
    renderWizard(completeProject(), 'impacts');
    const intro = screen.getByText(/^Envisagez les effets du partenariat/).closest('p') as HTMLElement;
    expect(intro).toHaveTextContent(/Source\s*: le guide, «\s*Envisager tous les impacts\s*»$/);
  });

  it('cites, under what the guide asks about opportunities, the guide’s section that says it', () => {
    renderWizard(completeProject(), 'impacts');
    const lead = screen.getByText(/^Le guide demande d’anticiper/).closest('p') as HTMLElement;
    expect(lead).toHaveTextContent(/opportunités comme risques/);
    expect(lead).toHaveTextContent(/Source\s*: le guide, «\s*Envisager tous les impacts\s*»$/);
  });

  it('says a catalogue risk’s rating is Cocharte’s suggestion, and confirms it on request', async () => {
    const { user, actor } = renderWizard(completeProject(), 'impacts');
    await user.selectOptions(screen.getByLabelText('Risque listé par le guide'), 'context-political');
    await user.click(screen.getByRole('button', { name: 'Ajouter ce risque' }));
    const card = screen.getByRole('group', { name: 'Risque 2' });
    expect(within(card).getByText(/Cotation suggérée par Cocharte, pas par le guide/)).toBeInTheDocument();
    await waitFor(
      () => expect(actor().getSnapshot().context.project.impacts.risks[1]?.ratingSuggested).toBe(true),
      LIVE,
    );
    await user.click(within(card).getByRole('button', { name: 'Confirmer la cotation du risque 2' }));
    expect(within(card).queryByText(/Cotation suggérée par Cocharte/)).not.toBeInTheDocument();
    expect(screen.getByText('Cotation du risque 2 confirmée.')).toBeInTheDocument();
    await waitFor(
      () => expect(actor().getSnapshot().context.project.impacts.risks[1]?.ratingSuggested).toBe(false),
      LIVE,
    );
  });

  it('cannot be completed without the effects a partner expects', async () => {
    const { user } = renderWizard(completeProject(), 'impacts');
    // Each partner's effects arrive folded to a count of ticked effects.
    const fold = screen.getByRole('button', { name: /^Solidarités Loire — \d+ effets? cochés?$/ });
    expect(fold).toHaveAttribute('aria-expanded', 'false');
    await user.click(fold);
    const first = screen.getAllByRole('group', { name: /^Effets attendus par (?!chaque)/ })[0]!;
    for (const box of within(first).getAllByRole('checkbox'))
      if ((box as HTMLInputElement).checked) await user.click(box);
    await user.click(screen.getByRole('button', { name: 'Enregistrer et relire la charte' }));
    // Said beside the partner's effects (and in the error summary), and the step stays open.
    await waitFor(() => expect(first).toHaveAttribute('aria-invalid', 'true'));
    expect(first).toHaveAccessibleDescription(
      expect.stringContaining('Indiquez au moins un effet attendu par ce partenaire, coché ou écrit.'),
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Impacts et risques' })).toBeInTheDocument();
  });

  it('explains FASEP and the other funding sources beside the risks', () => {
    renderWizard(completeProject(), 'impacts');
    expect(screen.getByText('Voir les sources de financement citées par le guide et par RESACOOP')).toBeInTheDocument();
    expect(screen.getByText(/Fonds d’étude et d’aide au secteur privé/)).toBeInTheDocument();
  });

  it('marks each measure with its source: the guide’s or Cocharte’s suggestion', async () => {
    const { user } = renderWizard(completeProject(), 'impacts');
    await user.selectOptions(screen.getByLabelText('Risque listé par le guide'), 'ecosystem-long-term');
    await user.click(screen.getByRole('button', { name: 'Ajouter ce risque' }));
    const group = within(screen.getByRole('group', { name: 'Risque 2' })).getByRole('group', {
      name: 'Mesures possibles pour ce risque',
    });
    // None of this risk's measures is in the sources.
    expect(within(group).getAllByText('Suggestion de Cocharte (ne vient pas du guide)')).toHaveLength(3);
  });

  it('adds a risk by hand with nothing chosen for it, and asks for each choice on submit', async () => {
    const { user } = renderWizard(completeProject(), 'impacts');
    await user.click(screen.getByRole('button', { name: 'Ajouter un risque' }));
    const card = screen.getByRole('group', { name: 'Risque 2' });
    const selects = [/^Catégorie/, /^Probabilité/, /^Gravité/, /^Réponse/].map((l) => within(card).getByLabelText(l));
    // No value is presented as the partners' own: each select shows « — Choisir — ».
    for (const select of selects) {
      expect(select).toHaveValue('');
      expect(within(select).getByRole('option', { selected: true })).toHaveTextContent('— Choisir —');
    }
    await user.type(within(card).getByLabelText(/Intitulé du risque/), 'Retard de livraison');
    await user.type(within(card).getByLabelText(/^Mesures de maîtrise/), 'Stock tampon.');
    await user.selectOptions(within(card).getByLabelText(/^Responsable/), 'Solidarités Loire');
    await user.type(within(card).getByLabelText(/^Date de revue/), '2027-01-15');
    await user.click(screen.getByRole('button', { name: 'Enregistrer et relire la charte' }));

    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(within(summary).getAllByRole('link')).toHaveLength(4));
    const links = within(summary)
      .getAllByRole('link')
      .map((a) => a.textContent);
    expect(links).toEqual([
      expect.stringContaining('Choisissez la catégorie du risque.'),
      expect.stringContaining('Choisissez la probabilité du risque.'),
      expect.stringContaining('Choisissez la gravité du risque.'),
      expect.stringContaining('Choisissez la réponse au risque.'),
    ]);
    expect(selects[0]).toHaveAccessibleDescription(expect.stringContaining('Choisissez la catégorie du risque.'));
    expect(screen.getByRole('heading', { level: 2, name: 'Impacts et risques' })).toBeInTheDocument();
  });
});
