import type { Translate } from '../i18n/i18n';

/**
 * What the facilitator is told once the session file is written: how many pairs it holds,
 * and which pairs it could not hold (their project was no longer on this device), so a
 * missing pair is known now rather than when the charters are printed.
 */
export function sessionSavedText(
  t: Translate,
  file: string,
  pairs: { number: number; name: string; included: boolean }[],
): string {
  const kept = pairs.filter((p) => p.included).length;
  const missing = pairs
    .filter((p) => !p.included)
    .map((p) => `${t('workshop.pair')} ${p.number}${p.name ? ` — ${p.name}` : ''}`);
  const saved = t('workshop.saved', { count: kept, file });
  return missing.length === 0
    ? saved
    : `${saved} ${t('workshop.savedMissing', { count: missing.length, pairs: missing.join(', ') })}`;
}
