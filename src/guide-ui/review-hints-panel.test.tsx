import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { completeProject } from '../../tests/fixtures/project';
import { I18nProvider } from '../i18n/i18n-provider';
import { WizardContext } from '../machine/wizard.context';
import { wizardMachine } from '../machine/wizard.machine';
import { selectPlace } from '../machine/wizard.selectors';
import type { DraftProject } from '../schemas/project.schema';
import { HintsPanel } from '../steps/review/hints-panel';

/**
 * The panel on its own, with the real machine at the review place: the review screen
 * places it (see the wiring note in the report), so this tests the panel, not the layout.
 */
function renderPanel(project: DraftProject) {
  let actorRef: ReturnType<typeof WizardContext.useActorRef> | null = null;
  function Probe() {
    actorRef = WizardContext.useActorRef();
    return null;
  }
  const user = userEvent.setup();
  render(
    <I18nProvider locale="fr">
      <WizardContext.Provider logic={wizardMachine} options={{ input: { project, resumeAt: 'review' } }}>
        <Probe />
        <h2>Relecture</h2>
        <HintsPanel />
      </WizardContext.Provider>
    </I18nProvider>,
  );
  const place = () => {
    if (!actorRef) throw new Error('not mounted');
    return selectPlace(actorRef.getSnapshot());
  };
  return { user, place };
}

function project(change: (p: DraftProject) => void = () => {}): DraftProject {
  const p = completeProject();
  p.impacts.risks = p.impacts.risks.map((r) => ({ ...r, reviewDate: '2099-01-01' }));
  change(p);
  return p;
}

describe('review: the guide’s warnings', () => {
  it('lists every warning by step, leaves notes out, and opens the step', async () => {
    const { user, place } = renderPanel(
      project((p) => {
        p.impacts.risks = p.impacts.risks.map((r) => ({ ...r, ownerId: '' }));
        p.motivations.byPartner = p.motivations.byPartner.map((m) =>
          m.partnerId === 'company' ? { ...m, timeHorizon: 'under-1y' } : m,
        );
      }),
    );
    expect(place()).toBe('review');
    const panel = screen.getByRole('region', { name: 'Points d’attention (2)' });
    expect(
      within(panel)
        .getAllByRole('heading', { level: 4 })
        .map((h) => h.textContent),
    ).toEqual(['Motivations et connaissance mutuelle', 'Impacts et risques']);
    expect(
      within(panel)
        .getByText(/n’a pas de responsable/)
        .closest('li'),
    ).toHaveTextContent(/Attention\s*:/);
    expect(within(panel).getByText(/horizon bien plus court/)).toBeInTheDocument();
    // The fixture has no withdrawal risk: a note in the impacts step, not a warning here.
    expect(within(panel).queryByText(/retrait des acteurs français/)).not.toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: /^Revoir l’étape «\sImpacts et risques\s»$/ }));
    expect(place()).toBe('impacts');
  });

  it('goes to each step it names', async () => {
    const { user, place } = renderPanel(
      project((p) => {
        p.motivations.byPartner = p.motivations.byPartner.map((m) =>
          m.partnerId === 'company' ? { ...m, timeHorizon: 'under-1y' } : m,
        );
      }),
    );
    await user.click(
      screen.getByRole('button', { name: /^Revoir l’étape «\sMotivations et connaissance mutuelle\s»$/ }),
    );
    expect(place()).toBe('motivations');
  });

  it('shows nothing when the guide has no warning left', () => {
    renderPanel(project());
    expect(screen.queryByRole('region', { name: /Points d’attention \(/ })).not.toBeInTheDocument();
  });
});
