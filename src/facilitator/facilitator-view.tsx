import { useEffect, useId, useRef, useState } from 'react';
import { GUIDANCE } from '../content/guidance';
import { useI18n } from '../i18n/i18n-provider';
import { WizardContext } from '../machine/wizard.context';
import { selectPlace } from '../machine/wizard.selectors';
import { formatRemaining, newCountdown, pause, remainingMs, start, type Countdown } from './countdown';

interface Props {
  onClose: () => void;
  onNextPair: () => void;
}

/**
 * What a facilitator projects in a workshop: the current step's key questions in large
 * type and a timer for the step. The pair keeps working in the wizard underneath.
 */
export function FacilitatorView({ onClose, onNextPair }: Props) {
  const { t } = useI18n();
  const place = WizardContext.useSelector(selectPlace);
  const guidance = GUIDANCE[place];
  const heading = useRef<HTMLHeadingElement>(null);
  const minutesId = useId();
  const [minutes, setMinutes] = useState(20);
  const [timer, setTimer] = useState<Countdown>(() => newCountdown(20));
  const [now, setNow] = useState(() => Date.now());
  const [confirmNext, setConfirmNext] = useState(false);

  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    if (timer.startedAt === null) return;
    const id = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(id);
  }, [timer.startedAt]);

  const left = remainingMs(timer, now);
  const running = timer.startedAt !== null;
  const stepTitle =
    place === 'review' ? t('review.title') : place === 'signing' ? t('signing.title') : t(`step.${place}`);

  return (
    <section className="facilitator" aria-labelledby="facilitator-title">
      <h2 id="facilitator-title" ref={heading} tabIndex={-1} className="facilitator__step">
        {stepTitle}
      </h2>
      <h3 className="facilitator__subtitle">{t('facilitator.questions')}</h3>
      <ol className="facilitator__questions">
        {guidance.questionKeys.map((k) => (
          <li key={k}>{t(k)}</li>
        ))}
      </ol>

      <div className="facilitator__timer">
        <p className="facilitator__clock" aria-hidden="true">
          {formatRemaining(left)}
        </p>
        <p className="visually-hidden" aria-live="polite">
          {left === 0 ? t('facilitator.timeUp') : t('facilitator.minutesLeft', { minutes: Math.ceil(left / 60_000) })}
        </p>
        {left === 0 && <p className="facilitator__up">{t('facilitator.timeUp')}</p>}
        <div className="facilitator__controls">
          <div className="field facilitator__minutes">
            <label htmlFor={minutesId}>{t('facilitator.minutes')}</label>
            <input
              id={minutesId}
              type="number"
              min={1}
              max={240}
              value={minutes}
              onChange={(e) => {
                const m = Math.min(240, Math.max(1, Number(e.target.value) || 1));
                setMinutes(m);
                setTimer(newCountdown(m));
              }}
            />
          </div>
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              const at = Date.now();
              setNow(at);
              setTimer((c) => (running ? pause(c, at) : start(c, at)));
            }}
          >
            {running ? t('facilitator.pause') : t('facilitator.start')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setTimer(newCountdown(minutes))}>
            {t('facilitator.reset')}
          </button>
        </div>
      </div>

      <div className="facilitator__footer">
        {confirmNext ? (
          <div className="panel" role="group" aria-labelledby="next-pair-question">
            <p id="next-pair-question">{t('facilitator.nextPairConfirm')}</p>
            <div className="home__actions">
              <button type="button" className="button button--primary" onClick={onNextPair}>
                {t('facilitator.nextPairYes')}
              </button>
              <button type="button" className="button button--link" onClick={() => setConfirmNext(false)}>
                {t('home.cancel')}
              </button>
            </div>
          </div>
        ) : (
          <button type="button" className="button button--secondary" onClick={() => setConfirmNext(true)}>
            {t('facilitator.nextPair')}
          </button>
        )}
        <button type="button" className="button button--link" onClick={onClose}>
          {t('facilitator.close')}
        </button>
      </div>
    </section>
  );
}
