import { type ReactNode, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { GUIDANCE } from '../content/guidance';
import { sourceOf } from '../content/guide-sources';
import { SourceLine } from '../guide-ui/source-line';
import { FLOW_STATES, type FlowState, placeTitleKey } from '../domain/flow';
import { useI18n } from '../i18n/i18n-provider';
import { WizardContext } from '../machine/wizard.context';
import { selectPlace } from '../machine/wizard.selectors';
import { playChime } from './chime';
import {
  type Countdown,
  finishIfUp,
  formatRemaining,
  isUp,
  newCountdown,
  pause,
  remainingMs,
  start,
} from './countdown';
import { NextPairForm } from './next-pair-form';

interface Props {
  onClose: () => void;
  /** Starts the next pair's project; the name is optional. */
  onNextPair: (name: string) => void;
  /** The longest name the next pair may take (domain/pair-name.ts pairNameMax). */
  nextPairNameMax: number;
  /** The pair working now, when the workshop numbers its pairs. */
  pair?: { number: number; name: string } | null;
  minutes: number;
  onMinutesChange: (minutes: number) => void;
  /** Opens any step for the room, even one the pair has not reached yet. */
  onOpenStep?: (place: FlowState) => void;
  /** The blank worksheet of the step, offered by the composition root. */
  worksheet?: ReactNode;
  /** The session's pairs and their progress, offered by the composition root. */
  pairs?: ReactNode;
  /** How many pairs the session holds: quitting forgets the list, so it asks first. */
  pairCount?: number;
  /** Saves the session as one file (offered before quitting forgets it). */
  onSaveSession?: () => void;
  /** Saves each pair's project as its own project file (offered before deleting them). */
  onSavePairs?: () => void;
  /** How many of the session's projects are on this device (what quitting may delete). */
  deleteCount?: number;
  /** Quits and deletes the session's projects from this device (a shared laptop). */
  onQuitAndDelete?: () => void;
  /** What the last save (session or pairs' files) gave, announced where it was asked. */
  saved?: string;
  /** The sound at zero; replaced in tests. */
  chime?: () => void;
  /** Where the open project's step timer is kept across a reload of the page (the composition root's). */
  timerMemory?: TimerMemory;
}

/** The step timer of the open project, kept for the page's life: read at the start, written at each change. */
export interface TimerMemory {
  read: (place: FlowState) => Countdown | null;
  write: (place: FlowState, timer: Countdown) => void;
}

/**
 * What a facilitator projects in a workshop: a large timer that stays in view, the
 * current step's key questions in large type, full screen on demand. The pair keeps
 * working in the wizard underneath.
 */
export function FacilitatorView({
  onClose,
  onNextPair,
  nextPairNameMax,
  pair,
  minutes,
  onMinutesChange,
  onOpenStep,
  worksheet,
  pairs,
  pairCount = 0,
  onSaveSession,
  onSavePairs,
  deleteCount = 0,
  onQuitAndDelete,
  saved = '',
  chime = playChime,
  timerMemory,
}: Props) {
  const { t } = useI18n();
  const place = WizardContext.useSelector(selectPlace);
  const guidance = GUIDANCE[place];
  const section = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const minutesId = useId();
  const openId = useId();
  // The room's time as this tab left it for this pair and step (a reload), else the full time.
  const [timer, setTimer] = useState<Countdown>(() => timerMemory?.read(place) ?? newCountdown(minutes));
  useEffect(() => timerMemory?.write(place, timer), [timerMemory, place, timer]);
  const [now, setNow] = useState(() => Date.now());
  const [confirmNext, setConfirmNext] = useState(false);
  const [confirmClose, setConfirmClose] = useState(false);
  const [minutesText, setMinutesText] = useState<string | null>(null);
  // After a question is cancelled, the focus goes back to the button that asked it
  // (the question's form is gone; without this the focus falls to the page's top).
  const footer = useRef<HTMLDivElement>(null);
  const refocus = useRef<string | null>(null);
  // The toolbar's « Mode animation » asks to quit through this view's button: the focus
  // then goes back to the toolbar's button, where the facilitator was.
  const askedFrom = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (confirmNext || confirmClose || !refocus.current) return;
    const asker = refocus.current === 'close' ? askedFrom.current : null;
    if (asker?.isConnected) asker.focus();
    else footer.current?.querySelector<HTMLButtonElement>(`[data-asks="${refocus.current}"]`)?.focus();
    refocus.current = null;
    askedFrom.current = null;
  }, [confirmNext, confirmClose]);
  const [fullscreen, setFullscreen] = useState(
    () => typeof document !== 'undefined' && document.fullscreenElement === document.documentElement,
  );
  const [target, setTarget] = useState<FlowState>(() => pickable(place));
  const running = timer.startedAt !== null;
  const wasRunning = useRef(running);
  wasRunning.current = running;

  // A layout effect, as the wizard's own focus (app/wizard-shell.tsx): in the same commit and
  // order, so a new pair's step heading, drawn after this view, takes the focus last.
  useLayoutEffect(() => heading.current?.focus(), []);
  // In full screen, though, this view covers the page: the focus stays in it (a passive effect
  // runs after the commit's layout effects, the wizard's included) — not on a heading hidden under it.
  useEffect(() => {
    if (document.fullscreenElement === document.documentElement) heading.current?.focus();
  }, []);

  // The room works on the step below the view: once the timer has scrolled away, a compact
  // copy of the time left stays in a corner of the screen.
  const timerBox = useRef<HTMLDivElement>(null);
  const [timerAway, setTimerAway] = useState(false);
  useEffect(() => {
    const box = timerBox.current;
    if (!box || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(([entry]) => setTimerAway(entry !== undefined && !entry.isIntersecting));
    observer.observe(box);
    return () => observer.disconnect();
  }, []);
  // The timer stays in view at the top of the view: a control below it that takes the focus
  // must stop under it, not behind it (the CSS's scroll-margin reads this height).
  useEffect(() => {
    const box = timerBox.current;
    const view = section.current;
    if (!box || !view || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() =>
      view.style.setProperty('--facilitator-timer-height', `${Math.ceil(box.getBoundingClientRect().height)}px`),
    );
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  // A timer per step: when the room moves on, the clock starts again for the new step,
  // running if it was running.
  const lastPlace = useRef(place);
  useEffect(() => {
    if (lastPlace.current === place) return;
    lastPlace.current = place;
    setTarget(pickable(place));
    const at = Date.now();
    setNow(at);
    setTimer(wasRunning.current ? start(newCountdown(minutes), at) : newCountdown(minutes));
    // In full screen this view covers the page: the step opened for the room is shown from its
    // heading (the view had stayed scrolled at its foot), and the focus stays in the view rather
    // than on the covered step's heading (the wizard's, moved there in this commit's layout).
    if (document.fullscreenElement === document.documentElement) heading.current?.focus();
  }, [place, minutes]);

  useEffect(() => {
    if (!running) return;
    const id = setInterval(() => {
      const at = Date.now();
      setNow(at);
      setTimer((c) => {
        const next = finishIfUp(c, at);
        if (next !== c) chime();
        return next;
      });
    }, 250);
    return () => clearInterval(id);
  }, [running, chime]);

  useEffect(() => {
    const onChange = () => setFullscreen(document.fullscreenElement === document.documentElement);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  const left = remainingMs(timer, now);
  const up = !running && isUp(timer, now);

  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    // The whole page, with this view drawn over it (project.css): the next pair's project
    // rebuilds this view, and an element's full screen would end with the element.
    else void document.documentElement.requestFullscreen?.();
  };

  const onTimerButton = () => {
    const at = Date.now();
    setNow(at);
    if (up) setTimer(start(newCountdown(minutes), at));
    else setTimer((c) => (running ? pause(c, at) : start(c, at)));
  };

  return (
    <section
      ref={section}
      className={`facilitator${up ? ' facilitator--up' : ''}`}
      // Named "Facilitator mode — <step>": the step's own section carries the step's name.
      aria-labelledby="facilitator-mode facilitator-title"
    >
      <span id="facilitator-mode" className="visually-hidden">
        {t('facilitator.open')} —
      </span>
      {pair && (
        <p className="facilitator__pair">
          {t('workshop.pair')} {pair.number}
          {pair.name ? ` — ${pair.name}` : ''}
        </p>
      )}
      <h2 id="facilitator-title" ref={heading} tabIndex={-1} className="facilitator__step">
        {t(placeTitleKey(place))}
      </h2>

      <div ref={timerBox} className="facilitator__timer" role="group" aria-label={t('workshop.timerLabel')}>
        <p className="facilitator__clock" aria-hidden="true">
          {formatRemaining(left)}
        </p>
        <p className="visually-hidden" aria-live="polite">
          {left === 0 ? '' : t('facilitator.minutesLeft', { minutes: Math.ceil(left / 60_000) })}
        </p>
        <div role="alert" className="facilitator__signal">
          {up && (
            <>
              <strong className="facilitator__up-big">{t('workshop.timeUpSignal')}</strong>{' '}
              <span className="facilitator__up">{t('facilitator.timeUp')}</span>
            </>
          )}
        </div>
        <div className="facilitator__controls">
          <div className="field facilitator__minutes">
            <label htmlFor={minutesId}>{t('facilitator.minutes')}</label>
            <input
              id={minutesId}
              type="number"
              min={1}
              max={240}
              // What is typed, even empty while it is retyped; the length changes with each number.
              value={minutesText ?? String(minutes)}
              onChange={(e) => {
                setMinutesText(e.target.value);
                if (e.target.value.trim() === '') return;
                const m = Math.min(240, Math.max(1, Math.round(Number(e.target.value)) || 1));
                onMinutesChange(m);
                setTimer(newCountdown(m));
              }}
              onBlur={() => setMinutesText(null)}
            />
          </div>
          <button type="button" className="button button--primary" onClick={onTimerButton}>
            {running ? t('facilitator.pause') : up ? t('workshop.restart') : t('facilitator.start')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setTimer(newCountdown(minutes))}>
            {t('facilitator.reset')}
          </button>
          {typeof document !== 'undefined' && document.fullscreenEnabled && (
            <button type="button" className="button button--secondary" onClick={toggleFullscreen}>
              {fullscreen ? t('workshop.exitFullscreen') : t('workshop.fullscreen')}
            </button>
          )}
        </div>
      </div>
      {timerAway && (
        // A copy for the room's eyes; the timer above keeps the controls and the announcements.
        <p className="facilitator__float" aria-hidden="true">
          {formatRemaining(left)}
        </p>
      )}
      {/* Below the timer, not in it: the timer stays in view over the questions, compact. */}
      <p className="facilitator__note">{t('workshop.timerRestarts')}</p>

      <h3 className="facilitator__subtitle">{t('facilitator.questions')}</h3>
      <ol className="facilitator__questions">
        {guidance.questionKeys.map((k) => (
          <li key={k}>
            {/* On the projector as everywhere: each question says where it comes from. */}
            <span>{t(k)}</span> <SourceLine source={sourceOf(k)} />
          </li>
        ))}
      </ol>

      {onOpenStep && (
        <div className="facilitator__open">
          <label htmlFor={openId}>{t('workshop.openStep')}</label>
          <select id={openId} value={target} onChange={(e) => setTarget(e.target.value as FlowState)}>
            {FLOW_STATES.filter((p) => p === pickable(p)).map((p) => (
              <option key={p} value={p}>
                {t(placeTitleKey(p))}
              </option>
            ))}
          </select>
          <button type="button" className="button button--secondary" onClick={() => onOpenStep(target)}>
            {t('workshop.openStepButton')}
          </button>
        </div>
      )}
      {worksheet}
      {pairs}

      <div className="facilitator__footer" ref={footer}>
        {confirmNext ? (
          <NextPairForm
            nameMax={nextPairNameMax}
            onStart={(name) => {
              setConfirmNext(false);
              onNextPair(name);
            }}
            onCancel={() => {
              refocus.current = 'next';
              setConfirmNext(false);
            }}
          />
        ) : confirmClose ? null : (
          <button
            type="button"
            className="button button--secondary"
            data-asks="next"
            onClick={() => setConfirmNext(true)}
          >
            {t('facilitator.nextPair')}
          </button>
        )}
        {confirmClose ? (
          <CloseConfirm
            count={pairCount}
            onConfirm={onClose}
            onSave={onSaveSession}
            onSavePairs={onSavePairs}
            deleteCount={deleteCount}
            onDelete={onQuitAndDelete}
            saved={saved}
            onCancel={() => {
              refocus.current = 'close';
              setConfirmClose(false);
            }}
          />
        ) : (
          !confirmNext && (
            <button
              type="button"
              id="facilitator-close"
              className="button button--link"
              data-asks="close"
              // Quitting forgets the session's list of pairs (their projects stay): ask first.
              onClick={() => {
                // Clicked from elsewhere (the toolbar): the focus is on a control outside this view.
                const active = document.activeElement;
                const outside =
                  active instanceof HTMLElement && active !== document.body && !section.current?.contains(active);
                askedFrom.current = outside ? active : null;
                if (pairCount > 0) setConfirmClose(true);
                else onClose();
              }}
            >
              {t('facilitator.close')}
            </button>
          )
        )}
      </div>
    </section>
  );
}

/**
 * The steps the facilitator can open for the room: not the signature (it opens once the
 * charter is complete). While the room signs, the picker shows the review, the step before,
 * so « Ouvrir » opens what it shows (it showed the first step and did nothing).
 */
function pickable(place: FlowState): FlowState {
  return place === 'signing' ? 'review' : place;
}

/**
 * Asks before quitting forgets the session's list, and offers to save it as a file first.
 * On a shared laptop it also offers to delete the session's projects (partners' names,
 * e-mails, phones): a second question names how many, offers to save them, and says what
 * stays; declining it comes back to the first question.
 */
function CloseConfirm({
  count,
  onConfirm,
  onSave,
  onSavePairs,
  deleteCount,
  onDelete,
  saved,
  onCancel,
}: {
  count: number;
  onConfirm: () => void;
  onSave: (() => void) | undefined;
  onSavePairs: (() => void) | undefined;
  deleteCount: number;
  onDelete: (() => void) | undefined;
  saved: string;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const question = useRef<HTMLParagraphElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const [deleting, setDeleting] = useState(false);
  // Each question takes the focus when it shows; back from the second, the focus returns
  // to the button that asked it.
  const backFromDelete = useRef(false);
  useEffect(() => {
    if (!deleting && backFromDelete.current) {
      backFromDelete.current = false;
      deleteButton.current?.focus();
    } else question.current?.focus();
  }, [deleting]);
  const keepProjects = () => {
    backFromDelete.current = true;
    setDeleting(false);
  };
  const saveButton = onSave && (
    <button type="button" className="button button--secondary" onClick={onSave}>
      {t('workshop.export')}
    </button>
  );
  return (
    <div
      className="panel next-pair"
      role="group"
      aria-labelledby={`${id}-q`}
      aria-describedby={`${id}-d`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') (deleting ? keepProjects : onCancel)();
      }}
    >
      <p id={`${id}-q`} ref={question} tabIndex={-1}>
        <strong>{deleting ? t('workshop.deleteQuestion', { count: deleteCount }) : t('workshop.closeQuestion')}</strong>
      </p>
      <p id={`${id}-d`}>
        {deleting ? t('workshop.deleteWarning', { count: deleteCount }) : t('workshop.closeWarning', { count })}
      </p>
      {deleting ? (
        <div className="home__actions">
          {saveButton}
          {onSavePairs && (
            <button type="button" className="button button--secondary" onClick={onSavePairs}>
              {t('workshop.savePairs')}
            </button>
          )}
          <button type="button" className="button button--primary" onClick={onDelete}>
            {t('workshop.deleteYes', { count: deleteCount })}
          </button>
          <button type="button" className="button button--link" onClick={keepProjects}>
            {t('workshop.deleteNo')}
          </button>
        </div>
      ) : (
        <div className="home__actions">
          {saveButton}
          <button type="button" className="button button--primary" onClick={onConfirm}>
            {t('workshop.closeYes')}
          </button>
          {onDelete && deleteCount > 0 && (
            <button
              ref={deleteButton}
              type="button"
              className="button button--secondary"
              onClick={() => setDeleting(true)}
            >
              {t('workshop.quitDelete')}
            </button>
          )}
          <button type="button" className="button button--link" onClick={onCancel}>
            {t('home.cancel')}
          </button>
        </div>
      )}
      <p role="status">{saved}</p>
    </div>
  );
}
