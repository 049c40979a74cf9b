import { useId, useState } from 'react';
import { useI18n } from '../../i18n/i18n-provider';

/** Hex digits only, lower-case: the printed form has spaces and may be typed in capitals. */
const normalize = (s: string) => s.toLowerCase().replace(/[^0-9a-f]/g, '');

export type FingerprintMatch = 'match' | 'mismatch' | 'tooShort';

/** Compares a fingerprint read off a paper copy (short 16-digit form or full) with the project's. */
export function matchFingerprint(typed: string, fingerprint: string): FingerprintMatch {
  const digits = normalize(typed);
  if (digits.length < 16) return 'tooShort';
  return fingerprint.startsWith(digits) ? 'match' : 'mismatch';
}

/**
 * Lets partners check that the project open here is the text printed on a signed paper
 * copy. Takes the fingerprint the review already computes rather than hashing again.
 */
export function FingerprintCheck({ fingerprint }: { fingerprint: string | null }) {
  const { t } = useI18n();
  const id = useId();
  const [typed, setTyped] = useState('');
  const [result, setResult] = useState<FingerprintMatch | null>(null);
  return (
    <form
      className="fingerprint-check"
      onSubmit={(e) => {
        e.preventDefault();
        if (fingerprint) setResult(matchFingerprint(typed, fingerprint));
      }}
    >
      <div className="field">
        <label htmlFor={id}>{t('fingerprint.label')}</label>
        <p id={`${id}-hint`} className="field__hint">
          {t('fingerprint.hint')}
        </p>
        <input
          id={id}
          value={typed}
          aria-describedby={`${id}-hint`}
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => {
            setTyped(e.target.value);
            setResult(null);
          }}
        />
      </div>
      <button type="submit" className="button button--secondary">
        {t('fingerprint.check')}
      </button>
      <p role="status" className={result === 'mismatch' ? 'field__error' : undefined}>
        {result ? t(`fingerprint.${result}`) : ''}
      </p>
    </form>
  );
}
