import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { completeProject } from '../../tests/fixtures/project';
import { browserIdle, stubIdleCallbacks } from '../../tests/setup/idle-callbacks';
import { renderWizard } from '../../tests/setup/render-wizard';
import { stepChanged } from '../machine/wizard.types';
import { writeGuidanceOpen } from '../persistence/preferences';

const GUIDANCE = 'Repères pour cette étape';
const FRAMEWORK = 'Définir le cadre';
const drawnAhead = () => document.querySelector<HTMLElement>('[data-ahead] h2');

beforeEach(() => {
  stubIdleCallbacks();
  writeGuidanceOpen(false);
});
afterEach(() => {
  // Unmounted while the stubs still stand: the wizard cancels what it asked of them.
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('the next step, drawn ahead while the browser is idle', () => {
  it('stays out of reach until « Enregistrer et continuer », then shows with the project’s answers and takes the focus', async () => {
    const { user } = renderWizard(completeProject(), 'motivations');
    expect(drawnAhead()).toBeNull();
    browserIdle();
    const ahead = drawnAhead();
    expect(ahead).toHaveTextContent(FRAMEWORK);
    expect(screen.queryByRole('heading', { name: FRAMEWORK })).toBeNull();
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(1);
    // The page's one step heading, which the focus and the review's links look for.
    expect(document.querySelectorAll('#step-heading')).toHaveLength(1);
    expect(ahead).not.toHaveAttribute('id');

    await user.click(screen.getByRole('button', { name: 'Enregistrer et continuer' }));
    const heading = await screen.findByRole('heading', { level: 2, name: FRAMEWORK });
    expect(heading).toBe(ahead);
    expect(heading).toHaveAttribute('id', 'step-heading');
    expect(heading).toHaveFocus();
    expect(screen.getByLabelText(/^Objet du partenariat/)).toHaveValue(
      'Construire une filière de riz biologique équitable.',
    );
    expect(screen.queryByRole('heading', { name: /^Motivations/ })).toBeNull();
  });

  it('takes the step left down without the focus inside it, then gives the focus to the next step’s heading', async () => {
    // A focused button removed with its step makes the browser lay the page out in the
    // middle of the click (to move the focus away), before the heading's focus lays it out
    // again: the button lets go of the focus first.
    const { user } = renderWizard(completeProject(), 'motivations');
    browserIdle();
    // Where the focus is each time the DOM holding the button pressed is removed.
    let pressed = screen.getByRole('button', { name: 'Enregistrer et continuer' });
    const focusWhenTakenDown: (Element | null)[] = [];
    const removeChild = Node.prototype.removeChild;
    vi.spyOn(Node.prototype, 'removeChild').mockImplementation(function (this: Node, child) {
      if (child.contains(pressed)) focusWhenTakenDown.push(document.activeElement);
      return removeChild.call(this, child) as typeof child;
    });

    await user.click(pressed);
    const heading = await screen.findByRole('heading', { level: 2, name: FRAMEWORK });
    expect(focusWhenTakenDown).toEqual([document.body]);
    expect(heading).toHaveFocus();

    // Back again: the same for « Étape précédente ».
    pressed = screen.getByRole('button', { name: 'Étape précédente' });
    focusWhenTakenDown.length = 0;
    await user.click(pressed);
    expect(await screen.findByRole('heading', { level: 2, name: /^Motivations/ })).toHaveFocus();
    expect(focusWhenTakenDown).toEqual([document.body]);
  });

  it('is drawn again when its answers changed meanwhile (another tab, a merge): the form never shows what was replaced', async () => {
    const project = completeProject();
    const { user, actor } = renderWizard(project, 'motivations');
    browserIdle();
    const ahead = drawnAhead();
    expect(ahead).not.toBeNull();
    act(() => {
      actor().send(stepChanged('framework', { ...project.framework, purpose: 'Objet revu dans l’autre onglet.' }));
    });

    await user.click(screen.getByRole('button', { name: 'Enregistrer et continuer' }));
    const heading = await screen.findByRole('heading', { level: 2, name: FRAMEWORK });
    expect(heading).not.toBe(ahead);
    expect(screen.getByLabelText(/^Objet du partenariat/)).toHaveValue('Objet revu dans l’autre onglet.');
  });

  it('opens its guidance when the user opened it on the step before, whether that happened before or after the drawing', async () => {
    for (const openFirst of [true, false]) {
      const { user, unmount } = renderWizard(completeProject(), 'motivations');
      const toggle = () => screen.getByRole('button', { name: GUIDANCE });
      expect(toggle()).toHaveAttribute('aria-expanded', 'false');
      if (openFirst) await user.click(toggle());
      browserIdle();
      if (!openFirst) await user.click(toggle());
      expect(toggle()).toHaveAttribute('aria-expanded', 'true');

      await user.click(screen.getByRole('button', { name: 'Enregistrer et continuer' }));
      await screen.findByRole('heading', { level: 2, name: FRAMEWORK });
      expect(toggle()).toHaveAttribute('aria-expanded', 'true');
      unmount();
      writeGuidanceOpen(false);
    }
  });

  it('is not drawn where the browser has no idle callbacks: each step mounts when shown', async () => {
    vi.unstubAllGlobals();
    const { user } = renderWizard(completeProject(), 'motivations');
    await act(() => new Promise<void>((resolve) => queueMicrotask(resolve)));
    expect(drawnAhead()).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Enregistrer et continuer' }));
    expect(await screen.findByRole('heading', { level: 2, name: FRAMEWORK })).toHaveFocus();
  });
});
