import { describe, expect, it } from 'vitest';
import { collabEn } from '../i18n/messages/collab.en';
import { collabFr } from '../i18n/messages/collab.fr';

describe('collab messages', () => {
  it('follow French typography: ’, and no-break spaces inside « » and before : ; ! ?', () => {
    for (const [key, text] of Object.entries(collabFr)) {
      expect([key, /'/.test(text)]).toEqual([key, false]);
      expect([key, /[ \S][:;!?](\s|$)/.test(text.replace(/\{\w+\}/g, 'x').replace(/\u00a0[:;!?]/g, ''))]).toEqual([
        key,
        false,
      ]);
      expect([key, /«(?!\u00a0)|(?<!\u00a0)»/.test(text)]).toEqual([key, false]);
    }
  });

  it('have the same placeholders in both languages', () => {
    const vars = (s: string) =>
      [...new Set([...s.matchAll(/\{(\w+)(?:\}|, ?(?:plural|elide),)/g)].map((m) => m[1]))].sort();
    for (const [key, fr] of Object.entries(collabFr))
      expect([key, vars(collabEn[key as keyof typeof collabEn])]).toEqual([key, vars(fr)]);
  });
});
