import { catalogueEn } from './messages/catalogue.en';
import { collabEn } from './messages/collab.en';
import { collabFr } from './messages/collab.fr';
import { catalogueFr } from './messages/catalogue.fr';
import { documentEn } from './messages/document.en';
import { documentFr } from './messages/document.fr';
import { guideEn } from './messages/guide.en';
import { guideFr } from './messages/guide.fr';
import { qualityEn } from './messages/quality.en';
import { qualityFr } from './messages/quality.fr';
import { guideUiEn } from './messages/guide-ui.en';
import { guideUiFr } from './messages/guide-ui.fr';
import { uiEn } from './messages/ui.en';
import { uiFr } from './messages/ui.fr';

export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

const fr = { ...uiFr, ...catalogueFr, ...documentFr, ...guideFr, ...guideUiFr, ...qualityFr, ...collabFr };
export type MessageKey = keyof typeof fr;

export const messages: Record<Locale, Record<MessageKey, string>> = {
  fr,
  en: { ...uiEn, ...catalogueEn, ...documentEn, ...guideEn, ...guideUiEn, ...qualityEn, ...collabEn },
};

export type MessageVars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: MessageVars) => string;

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(fr, key);
}

/** `{name}` placeholders are replaced by `vars.name`; numbers are formatted for the locale. */
export function createTranslator(locale: Locale): Translate {
  const table = messages[locale];
  const numbers = new Intl.NumberFormat(locale);
  return (key, vars) => {
    const template = table[key] ?? key;
    if (!vars) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const v = vars[name];
      if (v === undefined) return whole;
      return typeof v === 'number' ? numbers.format(v) : v;
    });
  };
}

/** `2026-03-01` → `1 mars 2026` / `1 March 2026`; '' stays ''. Dates are calendar days, not instants. */
export function formatDate(locale: Locale, iso: string): string {
  if (!/^\d{4}-\d{2}-\d{2}/.test(iso)) return iso;
  const d = new Date(`${iso.slice(0, 10)}T12:00:00Z`);
  return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(d);
}

export function preferredLocale(languages: readonly string[] = []): Locale {
  const first = languages[0]?.toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'fr';
}
