import { catalogueFr } from './messages/catalogue.fr';
import { collabFr } from './messages/collab.fr';
import { documentFr } from './messages/document.fr';
import { guideFr } from './messages/guide.fr';
import { guideUiFr } from './messages/guide-ui.fr';
import { qualityFr } from './messages/quality.fr';
import { recordFr } from './messages/record.fr';
import { uiFr } from './messages/ui.fr';
import { workshopFr } from './messages/workshop.fr';

export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

const fr = {
  ...uiFr,
  ...catalogueFr,
  ...documentFr,
  ...guideFr,
  ...guideUiFr,
  ...qualityFr,
  ...collabFr,
  ...workshopFr,
  ...recordFr,
};
export type MessageKey = keyof typeof fr;
export type MessageTable = Record<MessageKey, string>;

/**
 * French, the default, ships with the first screen; English is fetched when first needed
 * (loadLocale) so French users do not download it. Node tools register it up front.
 */
const tables: Partial<Record<Locale, MessageTable>> = { fr };

export function registerLocale(locale: Locale, table: MessageTable): void {
  tables[locale] = table;
}

export function isLocaleLoaded(locale: Locale): boolean {
  return tables[locale] !== undefined;
}

export async function loadLocale(locale: Locale): Promise<void> {
  if (isLocaleLoaded(locale)) return;
  const { en } = await import('./messages/en');
  registerLocale('en', en);
}

/** The messages of a locale; French until that locale is loaded. */
export function messagesOf(locale: Locale): MessageTable {
  return tables[locale] ?? fr;
}

export type MessageVars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: MessageVars) => string;

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(fr, key);
}

/** `{name}` placeholders are replaced by `vars.name`; numbers are formatted for the locale. */
export function createTranslator(locale: Locale): Translate {
  const table = messagesOf(locale);
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
