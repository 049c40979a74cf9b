import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n-provider';

/** Asks before moving on, and names the next pair so the project list tells pairs apart. */
export function NextPairForm({
  nameMax,
  onStart,
  onCancel,
}: {
  /** The longest name whose project title still fits (domain/pair-name.ts pairNameMax). */
  nameMax: number;
  onStart: (name: string) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [name, setName] = useState('');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  return (
    <form
      className="panel next-pair"
      aria-labelledby={`${id}-question`}
      // Escape answers « no », as in a dialog.
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
      onSubmit={(e) => {
        e.preventDefault();
        onStart(name);
      }}
    >
      <p id={`${id}-question`}>{t('facilitator.nextPairConfirm')}</p>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('workshop.pairName')}</label>
        <input
          id={`${id}-name`}
          ref={input}
          value={name}
          maxLength={nameMax}
          aria-describedby={`${id}-hint`}
          onChange={(e) => setName(e.target.value)}
        />
        <p id={`${id}-hint`} className="field__hint">
          {t('workshop.pairNameHint')}
        </p>
      </div>
      <div className="home__actions">
        <button type="submit" className="button button--primary">
          {t('facilitator.nextPairYes')}
        </button>
        <button type="button" className="button button--link" onClick={onCancel}>
          {t('home.cancel')}
        </button>
      </div>
    </form>
  );
}
