import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { type ReactNode, useLayoutEffect, useRef, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { completeProject } from '../../tests/fixtures/project';
import type { FlowState } from '../domain/flow';
import { I18nProvider } from '../i18n/i18n-provider';
import { WizardContext } from '../machine/wizard.context';
import { stepTimerMemory } from '../persistence/workshop-timer';
import { FacilitatorView } from './facilitator-view';

function renderView({
  onNextPair = vi.fn(),
  onClose = vi.fn(),
  chime = vi.fn(),
  minutes = 20,
  pairCount = 0,
  project = completeProject(),
  resumeAt = 'framework' as FlowState,
  after = null as ReactNode,
} = {}) {
  let actor: ReturnType<typeof WizardContext.useActorRef> | null = null;
  function Probe() {
    actor = WizardContext.useActorRef();
    return null;
  }
  const onMinutesChange = vi.fn();
  const onOpenStep = vi.fn((target: FlowState) => actor?.send({ type: 'step.goto', target }));
  render(
    <I18nProvider locale="fr">
      <WizardContext.Provider options={{ input: { project, resumeAt } }}>
        <Probe />
        <FacilitatorView
          onClose={onClose}
          onNextPair={onNextPair}
          nextPairNameMax={189}
          chime={chime}
          minutes={minutes}
          onMinutesChange={onMinutesChange}
          onOpenStep={onOpenStep}
          pair={{ number: 3, name: 'Terrena et Afdi' }}
          pairCount={pairCount}
          timerMemory={stepTimerMemory(project.id)}
        />
        {after}
      </WizardContext.Provider>
    </I18nProvider>,
  );
  return { onNextPair, onClose, chime, onMinutesChange, onOpenStep };
}

const advance = (ms: number) =>
  act(async () => {
    vi.advanceTimersByTime(ms);
  });

describe('facilitator view', () => {
  afterEach(() => vi.useRealTimers());

  it('shows the pair, the current step and its key questions in large type, timer first', () => {
    renderView();
    expect(screen.getByText('Binôme 3 — Terrena et Afdi')).toBeInTheDocument();
    const heading = screen.getByRole('heading', { level: 2, name: 'Définir le cadre' });
    expect(heading).toHaveFocus();
    const timer = screen.getByRole('group', { name: 'Minuteur de l’étape' });
    const questions = screen.getByRole('heading', { level: 3, name: 'Questions à trancher ensemble' });
    // The timer comes before the questions, so it stays in view on a projector.
    expect(timer.compareDocumentPosition(questions) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getAllByRole('listitem').length).toBeGreaterThan(2);
  });

  it('says where each question on the projector comes from', () => {
    renderView();
    const list = screen.getByRole('heading', { level: 3, name: 'Questions à trancher ensemble' })
      .nextElementSibling as HTMLElement;
    const items = within(list).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(2);
    for (const item of items) expect(item).toHaveTextContent(/Source\s*:|Suggestion de Cocharte/);
  });

  it('runs a step timer with pause and reset, and signals zero by sound and on screen', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: false });
    const { chime } = renderView({ minutes: 2 });
    expect(screen.getByText('2:00')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Démarrer le minuteur' }));
    await advance(61_000);
    expect(screen.getByText('0:59')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Mettre en pause' }));
    await advance(30_000);
    expect(screen.getByText('0:59')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Démarrer le minuteur' }));
    expect(chime).not.toHaveBeenCalled();
    await advance(70_000);
    expect(screen.getByText('0:00')).toBeInTheDocument();
    expect(within(screen.getByRole('alert')).getByText(/^Temps écoulé/)).toBeInTheDocument();
    expect(chime).toHaveBeenCalledTimes(1);
    // At zero the clock has stopped: no "pause" any more, a restart instead.
    expect(screen.queryByRole('button', { name: 'Mettre en pause' })).not.toBeInTheDocument();
    await advance(10_000);
    expect(chime).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Relancer le minuteur' }));
    expect(screen.getByText('2:00')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Mettre en pause' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
  });

  it('restarts the timer when the room moves to another step', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: false });
    const { onOpenStep } = renderView({ minutes: 10 });
    fireEvent.click(screen.getByRole('button', { name: 'Démarrer le minuteur' }));
    await advance(125_000);
    expect(screen.getByText('7:55')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Ouvrir une étape pour la salle'), { target: { value: 'motivations' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ouvrir' }));
    expect(onOpenStep).toHaveBeenCalledWith('motivations');
    expect(screen.getByRole('heading', { level: 2, name: 'Motivations et connaissance mutuelle' })).toBeInTheDocument();
    expect(screen.getByText('10:00')).toBeInTheDocument();
    // Still running on the new step.
    await advance(1_000);
    expect(screen.getByText('9:59')).toBeInTheDocument();
  });

  it('keeps the room’s time across a reload of the page (the same pair, the same step), not for the next pair, and each pair’s own after a look at another', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: false });
    const project = completeProject();
    renderView({ minutes: 10, project });
    fireEvent.click(screen.getByRole('button', { name: 'Démarrer le minuteur' }));
    await advance(125_000);
    expect(screen.getByText('7:55')).toBeInTheDocument();
    // The page goes away (a reload, a tab the browser discarded) and comes back 5 s later.
    cleanup();
    vi.advanceTimersByTime(5_000);
    renderView({ minutes: 10, project });
    expect(screen.getByText('7:50')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Mettre en pause' })).toBeInTheDocument();
    cleanup();
    // Another pair's project starts from the full time.
    renderView({ minutes: 10 });
    expect(screen.getByText('10:00')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Démarrer le minuteur' })).toBeInTheDocument();
    cleanup();
    // Back to the first pair (« Ouvrir le projet du binôme … »): its time ran on, it was not lost.
    vi.advanceTimersByTime(10_000);
    renderView({ minutes: 10, project });
    expect(screen.getByText('7:40')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Mettre en pause' })).toBeInTheDocument();
  });

  it('in full screen, shows the step opened for the room from its heading, the focus kept in the view', () => {
    Object.defineProperty(document, 'fullscreenElement', { value: document.documentElement, configurable: true });
    try {
      renderView();
      const open = screen.getByRole('button', { name: 'Ouvrir' });
      fireEvent.change(screen.getByLabelText('Ouvrir une étape pour la salle'), { target: { value: 'impacts' } });
      open.focus();
      fireEvent.click(open);
      expect(screen.getByRole('heading', { level: 2, name: 'Impacts et risques' })).toHaveFocus();
    } finally {
      Object.defineProperty(document, 'fullscreenElement', { value: null, configurable: true });
    }
  });

  it('in full screen, keeps the focus in the view when a pair’s project opens (not on the step heading it covers)', () => {
    Object.defineProperty(document, 'fullscreenElement', { value: document.documentElement, configurable: true });
    // The wizard, drawn after the view, puts the focus on its step's heading in the same commit.
    function WizardHeading() {
      const ref = useRef<HTMLHeadingElement>(null);
      useLayoutEffect(() => ref.current?.focus(), []);
      return (
        <h2 ref={ref} tabIndex={-1}>
          Étape du binôme
        </h2>
      );
    }
    try {
      renderView({ after: <WizardHeading /> });
      expect(screen.getByRole('heading', { level: 2, name: 'Définir le cadre' })).toHaveFocus();
    } finally {
      Object.defineProperty(document, 'fullscreenElement', { value: null, configurable: true });
    }
  });

  it('opens the step its picker shows, even while the room is at the signature (not in the picker)', () => {
    const { onOpenStep } = renderView({ resumeAt: 'signing' });
    expect(screen.getByRole('heading', { level: 2, name: 'Signature' })).toBeInTheDocument();
    const picker = screen.getByLabelText<HTMLSelectElement>('Ouvrir une étape pour la salle');
    const shown = picker.selectedOptions[0]?.value;
    fireEvent.click(screen.getByRole('button', { name: 'Ouvrir' }));
    expect(onOpenStep).toHaveBeenCalledWith(shown);
  });

  it('keeps the length the facilitator sets for the session', () => {
    const { onMinutesChange } = renderView();
    fireEvent.change(screen.getByLabelText('Durée de l’étape (minutes)'), { target: { value: '15' } });
    expect(onMinutesChange).toHaveBeenCalledWith(15);
    expect(screen.getByText('15:00')).toBeInTheDocument();
  });

  it('goes full screen on demand', () => {
    Object.defineProperty(document, 'fullscreenEnabled', { value: true, configurable: true });
    const request = vi.fn(async function (this: Element) {
      Object.defineProperty(document, 'fullscreenElement', { value: this, configurable: true });
      document.dispatchEvent(new Event('fullscreenchange'));
    });
    HTMLElement.prototype.requestFullscreen = request;
    renderView();
    fireEvent.click(screen.getByRole('button', { name: 'Plein écran' }));
    expect(request).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Quitter le plein écran' })).toBeInTheDocument();
    Object.defineProperty(document, 'fullscreenElement', { value: null, configurable: true });
  });

  it('asks before moving on to the next pair and lets the facilitator name it', () => {
    const { onNextPair } = renderView();
    fireEvent.click(screen.getByRole('button', { name: 'Binôme suivant' }));
    expect(screen.getByText(/restera dans la liste des projets/)).toBeInTheDocument();
    const name = screen.getByLabelText('Nom du binôme (facultatif)');
    expect(name).toHaveFocus();
    // No longer than the project's title can take (domain/pair-name.ts pairNameMax).
    expect(name).toHaveAttribute('maxlength', '189');
    fireEvent.change(name, { target: { value: 'Lagazel et EdM' } });
    fireEvent.click(screen.getByRole('button', { name: 'Oui, nouveau projet' }));
    expect(onNextPair).toHaveBeenCalledWith('Lagazel et EdM');
  });

  it('asks before quitting forgets the session’s pairs; Escape or Cancel keeps them and gives the focus back', () => {
    const { onClose } = renderView({ pairCount: 3 });
    const quit = screen.getByRole('button', { name: 'Quitter le mode animation' });
    fireEvent.click(quit);
    const ask = screen.getByRole('group', { name: 'Quitter le mode animation\u00a0?' });
    expect(ask).toHaveAccessibleDescription(/la liste de ses 3 binômes seront oubliées ici/);
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(screen.queryByRole('group', { name: /Quitter le mode animation/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Quitter le mode animation' })).toHaveFocus();
    expect(onClose).not.toHaveBeenCalled();
    // The next pair's question too.
    fireEvent.click(screen.getByRole('button', { name: 'Binôme suivant' }));
    fireEvent.keyDown(screen.getByLabelText('Nom du binôme (facultatif)'), { key: 'Escape' });
    expect(screen.getByRole('button', { name: 'Binôme suivant' })).toHaveFocus();
    // Confirmed, it quits; with no pair yet there is nothing to forget and it quits at once.
    fireEvent.click(screen.getByRole('button', { name: 'Quitter le mode animation' }));
    fireEvent.click(screen.getByRole('button', { name: 'Quitter le mode et oublier la liste' }));
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('lets the step’s length be erased and typed again (it turned "20", erased, into "1", then "130")', () => {
    const changes: number[] = [];
    function Stateful() {
      const [minutes, setMinutes] = useState(20);
      return (
        <FacilitatorView
          onClose={vi.fn()}
          onNextPair={vi.fn()}
          nextPairNameMax={189}
          chime={vi.fn()}
          minutes={minutes}
          onMinutesChange={(m) => {
            changes.push(m);
            setMinutes(m);
          }}
        />
      );
    }
    render(
      <I18nProvider locale="fr">
        <WizardContext.Provider options={{ input: { project: completeProject(), resumeAt: 'framework' } }}>
          <Stateful />
        </WizardContext.Provider>
      </I18nProvider>,
    );
    const input = screen.getByLabelText('Durée de l’étape (minutes)') as HTMLInputElement;
    fireEvent.change(input, { target: { value: '2' } });
    fireEvent.change(input, { target: { value: '' } });
    expect(input.value).toBe('');
    fireEvent.change(input, { target: { value: '3' } });
    fireEvent.change(input, { target: { value: '30' } });
    expect(input.value).toBe('30');
    expect(changes.at(-1)).toBe(30);
    expect(screen.getByText('30:00')).toBeInTheDocument();
    // Left empty, the field takes back the length in force when the focus leaves it.
    fireEvent.change(input, { target: { value: '' } });
    fireEvent.blur(input);
    expect(input.value).toBe('30');
  });
});
