import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { completeProject } from '../../tests/fixtures/project';
import { renderWizard } from '../../tests/setup/render-wizard';
import type { DraftProject } from '../schemas/project.schema';
import { createEmptyProject } from '../domain/new-project';

// Hints follow the machine, which the form autosaves after a debounce: the shared
// asyncUtilTimeout (tests/setup/vitest.setup.ts) leaves room for a busy machine.
const LIVE = {};

const hintsRegion = () => screen.queryByRole('region', { name: 'Points d’attention' });
/** The list item of the hint whose text matches, within the step's hints. */
const findHint = async (text: RegExp) => {
  const item = await waitFor(() => {
    const region = hintsRegion();
    if (!region) throw new Error('no hints shown');
    const found = within(region)
      .getAllByRole('listitem')
      .find((li) => text.test(li.textContent ?? ''));
    if (!found) throw new Error(`no hint matching ${text}`);
    return found;
  }, LIVE);
  return item;
};
const gone = (text: RegExp) => waitFor(() => expect(screen.queryByText(text)).not.toBeInTheDocument(), LIVE);
const expectWarning = (item: HTMLElement) => {
  expect(item).toHaveTextContent(/^⚠\s*Attention\s*:/);
  expect(item).toHaveClass('advice--warning');
};

/** A complete project whose risk review is far off, so no date-dependent hint shows. */
function project(change: (p: DraftProject) => void = () => {}): DraftProject {
  const p = completeProject();
  p.impacts.risks = p.impacts.risks.map((r) => ({ ...r, reviewDate: '2099-01-01' }));
  change(p);
  return p;
}

describe('hints in the steps', () => {
  it('warns while no southern partner is at the table, and clears once one is', async () => {
    const { user } = renderWizard(project(), 'partners');
    expect(screen.queryByText(/Aucun partenaire du Sud/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /^Partenaire 3 — Hợp tác xã Sao Biển/ }));
    await user.click(screen.getByRole('button', { name: 'Retirer Hợp tác xã Sao Biển' }));
    await user.click(screen.getByRole('button', { name: 'Oui, retirer Hợp tác xã Sao Biển' }));
    expectWarning(await findHint(/Aucun partenaire du Sud n’est encore inscrit/));

    // A new partner is typed "southern" by default; a partner outside France counts too.
    await user.click(screen.getByRole('button', { name: 'Ajouter un partenaire' }));
    await gone(/Aucun partenaire du Sud/);
  });

  it('counts a partner outside France as southern, and says so to screen readers', async () => {
    const { user } = renderWizard(createEmptyProject(), 'partners');
    await findHint(/Aucun partenaire du Sud/);
    expect(screen.getByText('1 point d’attention pour cette étape.')).toBeInTheDocument();
    const second = screen.getByRole('group', { name: 'Partenaire 2' });
    await user.type(within(second).getByLabelText(/^Pays/), 'Sénégal');
    await gone(/Aucun partenaire du Sud/);
    expect(hintsRegion()).not.toBeInTheDocument();
    expect(screen.getByText('Aucun point d’attention pour cette étape.')).toHaveAttribute('role', 'status');
  });

  it('shows notes as notes, not warnings', async () => {
    const { user } = renderWizard(project(), 'partners');
    await user.click(screen.getByRole('checkbox', { name: 'Coopération économique' }));
    const note = await findHint(/que du mécénat ou du don/);
    expect(note).toHaveTextContent(/^ℹ\s*À noter\s*:/);
    expect(note).toHaveClass('advice--info');
    await user.click(screen.getByRole('checkbox', { name: 'Coopération économique' }));
    await gone(/que du mécénat ou du don/);
  });

  it('warns when the company’s time horizon is much shorter than the association’s', async () => {
    const { user } = renderWizard(project(), 'motivations');
    expect(screen.queryByText(/horizon bien plus court/)).not.toBeInTheDocument();
    const company = screen.getByRole('group', { name: 'Coopérative Œuvre & Sol' });
    await user.click(within(company).getByRole('button', { expanded: false }));
    await user.selectOptions(within(company).getByLabelText(/Horizon de temps/), 'under-1y');
    expectWarning(
      await findHint(/Coopérative Œuvre & Sol raisonne à un horizon bien plus court que Solidarités Loire/),
    );
    await user.selectOptions(within(company).getByLabelText(/Horizon de temps/), '1-3y');
    await gone(/horizon bien plus court/);
  });

  it('shows only the hints of the current step', () => {
    // Neither a southern partner nor shared values: only the motivations hint belongs here.
    renderWizard(createEmptyProject(), 'motivations');
    expect(screen.getByText(/Aucune valeur partagée n’est encore retenue/)).toBeInTheDocument();
    expect(screen.queryByText(/Aucun partenaire du Sud/)).not.toBeInTheDocument();
    expect(screen.queryByText(/Aucun risque n’est encore identifié/)).not.toBeInTheDocument();
  });

  it('warns about a risk without owner, then without review date, then an overdue one', async () => {
    const p = project((x) => {
      x.impacts.risks = x.impacts.risks.map((r) => ({ ...r, reviewDate: '2000-01-01' }));
    });
    const { user } = renderWizard(p, 'impacts');
    const risk = screen.getByRole('group', { name: 'Risque 1' });
    await user.click(within(risk).getByRole('button', { expanded: false }));
    const title = /«\s*Risque financier à court terme\s*»/;

    expectWarning(await findHint(/La date de revue du risque «\s*Risque financier à court terme\s*» est passée/));

    await user.selectOptions(within(risk).getByLabelText(/^Responsable/), '');
    const noOwner = await findHint(/n’a pas de responsable/);
    expectWarning(noOwner);
    expect(noOwner).toHaveTextContent(title);
    await user.selectOptions(within(risk).getByLabelText(/^Responsable/), 'asso');
    await gone(/n’a pas de responsable/);

    const date = within(risk).getByLabelText(/^Date de revue/);
    await user.clear(date);
    expectWarning(await findHint(/n’a pas de date de revue/));
    expect(screen.queryByText(/est passée/)).not.toBeInTheDocument();
    await user.type(date, '2099-06-30');
    await gone(/n’a pas de date de revue/);
    expect(screen.queryByText(/est passée/)).not.toBeInTheDocument();
  });

  it('warns when a critical risk is simply accepted', async () => {
    const { user, actor } = renderWizard(project(), 'impacts');
    const risk = screen.getByRole('group', { name: 'Risque 1' });
    await user.click(within(risk).getByRole('button', { expanded: false }));
    await user.selectOptions(within(risk).getByLabelText(/^Réponse/), 'accept');
    // 3 × 3 is "high": accepting it is the partners' call, not a warning.
    await waitFor(() => expect(actor().getSnapshot().context.project.impacts.risks[0]?.response).toBe('accept'), LIVE);
    expect(screen.queryByText(/critique mais simplement accepté/)).not.toBeInTheDocument();
    await user.selectOptions(within(risk).getByLabelText(/^Gravité/), '4');
    expectWarning(await findHint(/«\s*Risque financier à court terme\s*» est critique mais simplement accepté/));
    await user.selectOptions(within(risk).getByLabelText(/^Réponse/), 'share');
    await gone(/critique mais simplement accepté/);
  });

  it('keeps a project started from an example marked until its invented facts are replaced and the partners say so', async () => {
    const base = completeProject();
    // The example's own marks: an invented contact person, the rest real.
    const p: DraftProject = {
      ...base,
      illustrativeExample: 'terrena-afdi-cobsac',
      partners: {
        ...base.partners,
        partners: base.partners.partners.map((x, i) => ({
          ...x,
          contactEmail: `contact@${x.id}.fr`,
          ...(i === 2 ? { contactName: 'Personne fictive' } : {}),
        })),
      },
    };
    const { user, actor } = renderWizard(p);
    const item = await findHint(/part d’un exemple/);
    // A fact about the project, not advice: a note, not a suggestion.
    expect(item).toHaveTextContent(/illustratifs tant que vous ne les avez pas remplacés\.\s*Note de Cocharte/);
    expect(item).not.toHaveTextContent(/Suggestion de Cocharte/);
    const declare = within(item).getByRole('button', { name: 'J’ai remplacé les éléments illustratifs' });

    // Said too soon: refused, and the field still invented is named, a button to it.
    await user.click(declare);
    const alert = within(item).getByRole('alert');
    expect(alert).toHaveTextContent(/^Un champ garde encore un fait inventé par l’exemple\s: remplacez-le d’abord\./);
    expect(actor().getSnapshot().context.project.illustrativeExample).toBe('terrena-afdi-cobsac');
    await user.click(
      within(alert).getByRole('button', {
        name: /^Identifier les partenaires — Partenaire «\sHợp tác xã Sao Biển\s» › Personne de contact$/,
      }),
    );
    const field = within(screen.getByRole('group', { name: 'Partenaire 3' })).getByLabelText(/^Personne de contact/);
    await waitFor(() => expect(field).toHaveFocus());
    await user.clear(field);
    await user.type(field, 'Nguyễn Văn An');

    // At once, before the form's own autosave: the correction just typed counts.
    await user.click(declare);
    await gone(/part d’un exemple/);
    expect(actor().getSnapshot().context.project.illustrativeExample).toBeUndefined();
    expect(screen.getByRole('heading', { level: 2, name: 'Identifier les partenaires' })).toHaveFocus();
  });

  it('does not tell partners from an example that these points block nothing: the example’s note stops the signing', async () => {
    const p: DraftProject = { ...completeProject(), illustrativeExample: 'terrena-afdi-cobsac' };
    renderWizard(p);
    await findHint(/part d’un exemple/);
    const region = hintsRegion();
    if (!region) throw new Error('no hints shown');
    // The review lists the example's note as the point to settle before signing: the lead says so.
    expect(region).not.toHaveTextContent(/Ils ne bloquent rien/);
    expect(region).toHaveTextContent(/empêche la signature/);
  });

  it('keeps saying the points block nothing when none of them does', async () => {
    const { user } = renderWizard(project(), 'partners');
    await user.click(screen.getByRole('button', { name: /^Partenaire 3 — Hợp tác xã Sao Biển/ }));
    await user.click(screen.getByRole('button', { name: 'Retirer Hợp tác xã Sao Biển' }));
    await user.click(screen.getByRole('button', { name: 'Oui, retirer Hợp tác xã Sao Biển' }));
    await findHint(/Aucun partenaire du Sud/);
    expect(hintsRegion()).toHaveTextContent(/Ils ne bloquent rien/);
  });
});
