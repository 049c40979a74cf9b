import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/i18n-provider';
import type { DraftProject } from '../schemas/project.schema';
import { CompareView } from './compare-view';
import { fingerprintOf } from '../domain/content-hash';
import { diffProjects } from './diff-projects';
import { baseProject, copy, signature } from '../testing/test-projects';

function renderCompare(local: DraftProject, incoming: DraftProject) {
  const onApply = vi.fn<(merged: DraftProject) => void>();
  const onCancel = vi.fn();
  const user = userEvent.setup();
  render(
    <I18nProvider locale="fr">
      <CompareView local={local} incoming={incoming} onApply={onApply} onCancel={onCancel} />
    </I18nProvider>,
  );
  return { user, onApply, onCancel };
}

function threeChanges() {
  const local = baseProject();
  const incoming = copy(local);
  incoming.partners.partners[0]!.contactEmail = 'contact@afdi.org';
  incoming.impacts.risks[1]!.mitigation = 'Clause et formation.';
  incoming.impacts.risks[1]!.likelihood = 4;
  incoming.motivations.byPartner[1]!.timeHorizon = 'under-1y';
  return { local, incoming };
}

describe('CompareView', () => {
  it('lists the changes by step, with both values shown readably', () => {
    const { local, incoming } = threeChanges();
    renderCompare(local, incoming);
    expect(screen.getByRole('heading', { level: 2, name: 'Comparer avec la version reçue' })).toHaveFocus();
    const steps = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(steps).toEqual(['Identifier les partenaires', 'Motivations et connaissance mutuelle', 'Impacts et risques']);
    const horizon = screen.getByText(/Horizon de temps/, { selector: 'strong' }).closest('li')!;
    expect(within(horizon).getByText('De 3 à 5 ans')).toBeInTheDocument();
    expect(within(horizon).getByText('Moins d’un an')).toBeInTheDocument();
    const likelihood = screen.getByText(/› Probabilité/, { selector: 'strong' }).closest('li')!;
    expect(within(likelihood).getByText('Très élevé')).toBeInTheDocument();
    // Nothing is taken until the user says so.
    expect(screen.getAllByRole('checkbox').every((c) => !(c as HTMLInputElement).checked)).toBe(true);
    expect(screen.getByText('Aucune modification choisie sur 4.')).toBeInTheDocument();
  });

  it('applies exactly the changes that were ticked', async () => {
    const { local, incoming } = threeChanges();
    const { user, onApply } = renderCompare(local, incoming);
    await user.click(
      screen.getByRole('checkbox', { name: /Prendre cette modification.*E-mail de la personne de contact/ }),
    );
    await user.click(screen.getByRole('checkbox', { name: /Prendre cette modification.*Mesures de maîtrise/ }));
    await user.click(screen.getByRole('button', { name: 'Appliquer les modifications choisies' }));
    expect(onApply).toHaveBeenCalledTimes(1);
    const merged = onApply.mock.calls[0]![0];
    expect(diffProjects(local, merged).map((c) => c.id)).toEqual([
      'partners.partners[asso].contactEmail',
      'impacts.risks[r2].mitigation',
    ]);
    expect(diffProjects(merged, incoming).map((c) => c.id)).toEqual([
      'motivations.byPartner[company].timeHorizon',
      'impacts.risks[r2].likelihood',
    ]);
    expect(merged.id).toBe(local.id);
  });

  it('takes or leaves everything at once', async () => {
    const { local, incoming } = threeChanges();
    const { user, onApply } = renderCompare(local, incoming);
    await user.click(screen.getByRole('button', { name: 'Tout prendre' }));
    expect(screen.getByText('4 modifications choisies sur 4.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Tout laisser' }));
    await user.click(screen.getByRole('button', { name: 'Appliquer les modifications choisies' }));
    expect(diffProjects(local, onApply.mock.calls[0]![0])).toEqual([]);
  });

  it('warns before applying a change that voids signatures', async () => {
    const base = baseProject();
    const local = { ...base, signatures: [{ ...signature('asso'), fingerprint: fingerprintOf(base) }] };
    const incoming = copy(local);
    incoming.framework.exit = 'Autre clause.';
    const { user } = renderCompare(local, incoming);
    expect(screen.queryByText(/signatures déjà apposées seront annulées/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: /Sortie du partenariat/ }));
    expect(screen.getByText(/signatures déjà apposées seront annulées/)).toBeInTheDocument();
  });

  it('marks inside a long text the words that differ, for the eye and for a screen reader', () => {
    const local = baseProject();
    local.framework.exit =
      'Chaque partenaire peut quitter le partenariat avec un préavis de trois mois, notifié par écrit aux autres.';
    const incoming = copy(local);
    incoming.framework.exit =
      'Chaque partenaire peut quitter le partenariat avec un préavis de six mois, notifié par lettre recommandée aux autres.';
    renderCompare(local, incoming);
    expect(screen.getByText(/Dans un texte modifié, ce qui diffère est marqué/)).toBeInTheDocument();
    const change = screen.getByText(/Sortie du partenariat/, { selector: 'strong' }).closest('li')!;
    const [mine, theirs] = within(change).getAllByRole('definition');
    // Each side reads whole; only what the other lacks is marked.
    expect(mine).toHaveTextContent(/préavis de .*trois.* mois, notifié par .*écrit.* aux autres\./);
    expect(
      within(mine!)
        .getAllByRole('deletion')
        .map((d) => d.textContent),
    ).toEqual([
      'début du passage retiré trois fin du passage retiré',
      'début du passage retiré écrit fin du passage retiré',
    ]);
    expect(within(mine!).queryByRole('insertion')).not.toBeInTheDocument();
    expect(
      within(theirs!)
        .getAllByRole('insertion')
        .map((d) => d.textContent),
    ).toEqual([
      'début du passage ajouté six fin du passage ajouté',
      'début du passage ajouté lettre recommandée fin du passage ajouté',
    ]);
    expect(within(theirs!).queryByRole('deletion')).not.toBeInTheDocument();
  });

  it('shows a rewritten text whole, unmarked', () => {
    const local = baseProject();
    local.framework.exit = 'Préavis de trois mois.';
    const incoming = copy(local);
    incoming.framework.exit = 'Toute sortie se discute en comité, sans délai fixé.';
    renderCompare(local, incoming);
    expect(screen.queryByText(/Dans un texte modifié, ce qui diffère est marqué/)).not.toBeInTheDocument();
    expect(screen.queryByRole('deletion')).not.toBeInTheDocument();
    expect(screen.getByText('Toute sortie se discute en comité, sans délai fixé.')).toBeInTheDocument();
  });

  it('says when there is no difference', async () => {
    const p = baseProject();
    const { user, onCancel } = renderCompare(p, copy(p));
    expect(screen.getByText(/Aucune différence/)).toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Fermer' }));
    expect(onCancel).toHaveBeenCalled();
  });
});
