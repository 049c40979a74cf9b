// @vitest-environment node
import '../i18n/deferred-fr';
import '../i18n/register-en';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/i18n';
import { sessionSavedText } from './session-saved';

const pairs = [
  { number: 1, name: 'Terrena et Afdi', included: true },
  { number: 2, name: 'Lagazel et EdM', included: false },
  { number: 3, name: '', included: true },
];

describe('the session saved, as the facilitator is told', () => {
  it('counts the pairs in the file and names those left out, in French', () => {
    expect(sessionSavedText(createTranslator('fr'), 'atelier-2026-11-30.cocharte-atelier.json', pairs)).toBe(
      'Séance enregistrée\u00a0: 2 binômes dans atelier-2026-11-30.cocharte-atelier.json. ' +
        'Absent du fichier, son projet n’est plus sur cet appareil\u00a0: Binôme 2 — Lagazel et EdM.',
    );
    expect(sessionSavedText(createTranslator('fr'), 'a.json', [pairs[0]!])).toBe(
      'Séance enregistrée\u00a0: 1 binôme dans a.json.',
    );
  });

  it('and in English', () => {
    expect(sessionSavedText(createTranslator('en'), 'a.json', pairs)).toBe(
      'Session saved: 2 pairs in a.json. Left out, its project is no longer on this device: Pair 2 — Lagazel et EdM.',
    );
  });
});
