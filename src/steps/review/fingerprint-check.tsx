import { useId, useState } from 'react';
import { useI18n } from '../../i18n/i18n-provider';

/**
 * The fingerprint's hex digits in what was typed or pasted, lower-case.
 *
 * A pasted line often brings its label ("Empreinte du contenu (SHA-256) : 3f2a 9c01 …"), and
 * the label's letters a–f are hex digits too, so stripping everything else would count the
 * "e"s of "Empreinte". Instead: the hex words separated only by spaces or hyphens form runs
 * (a label word with another letter, or a ":" or ")", ends a run), the run with the most
 * digits is the fingerprint, and short all-letter words in front of it ("de", "a") are
 * words, not groups (printed groups have 4 or 16 digits).
 */
export function fingerprintDigits(typed: string): string {
  const runs: string[][] = [[]];
  for (const token of typed.toLowerCase().split(/([\s\-\u2010\u2011]+)/)) {
    if (token === '') continue;
    if (/^[\s\-\u2010\u2011]+$/.test(token)) continue;
    const words = token.split(/[^0-9a-z]+/);
    // A token glued to punctuation ("contenu:", "(sha-256)") ends the run where the punctuation sits.
    words.forEach((word, i) => {
      if (i > 0) runs.push([]);
      if (/^[0-9a-f]+$/.test(word)) runs.at(-1)!.push(word);
      else if (word !== '') runs.push([]);
    });
  }
  let best = '';
  for (const run of runs) {
    while (run.length > 1 && run[0]!.length < 4 && !/\d/.test(run[0]!)) run.shift();
    const digits = run.join('');
    if (digits.length > best.length) best = digits;
  }
  return best;
}

export type FingerprintMatch = 'match' | 'mismatch' | 'tooShort';

/** Compares a fingerprint read off a paper copy (short 16-digit form or full) with the project's. */
export function matchFingerprint(typed: string, fingerprint: string): FingerprintMatch {
  const digits = fingerprintDigits(typed);
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
