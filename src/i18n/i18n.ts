import type { agreementFr } from './messages/agreement.fr';
import type { catalogueFr } from './messages/catalogue.fr';
import type { collabFr } from './messages/collab.fr';
import type { documentFr } from './messages/document.fr';
import type { guideFr } from './messages/guide.fr';
import type { guideUiFr } from './messages/guide-ui.fr';
import { homeCatalogueFr, homeGuideFr, homeGuideUiFr, homeQualityFr, homeUiFr } from './messages/home.fr';
import type { qualityFr } from './messages/quality.fr';
import type { recordFr } from './messages/record.fr';
import type { sealFr } from './messages/seal.fr';
import type { uiFr } from './messages/ui.fr';
import type { workshopFr } from './messages/workshop.fr';

export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** The French messages of the first screen (messages/home.fr.ts): the only ones it ships with. */
const fr = { ...homeUiFr, ...homeCatalogueFr, ...homeGuideFr, ...homeGuideUiFr, ...homeQualityFr };
/**
 * Every French message, home ones included: the rest load with the screens that show them
 * (the project, the documents, the signatory's page, the examples, the about page, a file
 * read), which register them on import (`./deferred-fr.ts`).
 */
export type DeferredFr = typeof uiFr &
  typeof catalogueFr &
  typeof documentFr &
  typeof guideFr &
  typeof guideUiFr &
  typeof qualityFr &
  typeof collabFr &
  typeof workshopFr &
  typeof agreementFr &
  typeof sealFr &
  typeof recordFr;
export type MessageKey = keyof typeof fr | keyof DeferredFr;
export type MessageTable = Record<MessageKey, string>;

/**
 * French, the default, ships with the first screen; English is fetched when first needed
 * (loadLocale) so French users do not download it. Node tools register it up front.
 */
// The deferred French keys are filled in by registerDeferredFrench before any screen asks for them.
const tables: Partial<Record<Locale, Partial<MessageTable>>> = { fr };

export function registerLocale(locale: Locale, table: MessageTable): void {
  tables[locale] = table;
}

export function registerDeferredFrench(table: DeferredFr): void {
  registerFrenchPart(table);
}

/** French messages that travel with the part of the first screen that shows them (messages/project-list.fr.ts). */
export function registerFrenchPart(table: Partial<MessageTable>): void {
  tables.fr = { ...tables.fr, ...table };
}

/**
 * A schema's message as the interface translates it: a message key, or a key and the limit
 * it names (`errors.tooLong:4000`, schemas/fields.ts). Null when it is neither.
 */
export function readErrorMessage(message: string): { key: MessageKey; vars?: MessageVars } | null {
  const [key = '', limit] = message.split(':');
  if (!isMessageKey(key) || (limit !== undefined && !/^\d+$/.test(limit))) return null;
  return limit === undefined ? { key } : { key, vars: { max: Number(limit) } };
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
  // Complete once the deferred French messages are registered, which every screen that
  // shows them does on import (deferred-fr.ts).
  return (tables[locale] ?? tables.fr ?? fr) as MessageTable;
}

export type MessageVars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: MessageVars) => string;

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(tables.fr, key);
}

/**
 * `{name}` placeholders are replaced by `vars.name`; numbers are formatted for the locale.
 * Two ICU-style forms are understood as well:
 * - `{count, plural, =0 {aucun risque} one {# risque} other {# risques}}`, the category
 *   chosen by `Intl.PluralRules` (French 0 and 1 are `one`, English 0 is `other`), `#`
 *   standing for the formatted number;
 * - `{name, elide, de}` (French): "de Terrena" but "d’Eau Vive" and "du groupement", since a
 *   partner's name comes from the user and may start with a vowel or an article. Elision before h is left out on
 *   purpose: "de Handicap International" but "d’Hôpital…" cannot be told apart by rule.
 */
export function createTranslator(locale: Locale): Translate {
  // Each made the first time a message needs it: the first Intl objects of a page cost
  // milliseconds each (locale data), and most messages, the first screen's included (a
  // title in « Lire l’exemple «{title}» »), have no number and no plural in them.
  let numbers: Intl.NumberFormat | null = null;
  let plurals: Intl.PluralRules | null = null;
  const intl: NumberParts = {
    // Whole numbers under 1,000 print the same in French and English (no separator), and a
    // cold page spent ~14 ms making its first NumberFormat to write « étape 1 » on step 1.
    format: (n) =>
      Number.isInteger(n) && Math.abs(n) < 1000 ? String(n) : (numbers ??= new Intl.NumberFormat(locale)).format(n),
    select: (n) => (plurals ??= new Intl.PluralRules(locale)).select(n),
  };
  return (key, vars) => {
    // Looked up at each call: deferred messages may arrive after the translator was made.
    const template = messagesOf(locale)[key] ?? key;
    if (!vars) return template;
    return formatMessage(template, vars, intl);
  };
}

const VOWEL_START = /^[AEIOUYÀÂÄÆÉÈÊËÎÏÔŒÙÛÜaeiouyàâäæéèêëîïôœùûü]/;

/** French words elided before a vowel, and their elided form. */
const ELISIONS: Record<string, string> = { de: 'd’', le: 'l’', la: 'l’', que: 'qu’' };

/**
 * "de" + "Eau Vive" → "d’Eau Vive", "de" + "le groupement" → "du groupement" (and "les" →
 * "des"); any other word or a consonant keeps a space.
 */
export function elide(word: string, next: string): string {
  const start = next.trimStart();
  const article = word.toLowerCase() === 'de' ? /^les? /i.exec(start)?.[0] : undefined;
  const [joined, rest] = article
    ? [article.length === 3 ? 'du ' : 'des ', start.slice(article.length)]
    : VOWEL_START.test(start)
      ? [ELISIONS[word.toLowerCase()], start]
      : [undefined, start];
  if (!joined) return `${word} ${start}`;
  // The word's capital carries over: "D’Énergie", "Du groupement".
  return `${word[0] === word[0]?.toUpperCase() ? joined[0]!.toUpperCase() + joined.slice(1) : joined}${rest}`;
}

/** Index just past the `}` that closes the `{` at `open`. */
function closing(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '{') depth++;
    else if (s[i] === '}' && --depth === 0) return i + 1;
  }
  return s.length;
}

/**
 * A value placed inside the message's own quotation marks has its quotation marks turned
 * into inner ones: « ci-après « Laboratoire “Mer” » », “Lab ‘Sea’”, never « « » ».
 */
function innerQuotes(before: string, value: string): string {
  const inside = (open: string, close: string) =>
    value.includes(open) && before.split(open).length > before.split(close).length;
  if (inside('«', '»')) return value.replace(/«\s*/g, '“').replace(/\s*»/g, '”');
  if (inside('“', '”')) return value.replace(/“/g, '‘').replace(/”/g, '’');
  return value;
}

/** A locale's number formatting and plural rules, made when first asked. */
interface NumberParts {
  format: (n: number) => string;
  select: (n: number) => Intl.LDMLPluralRule;
}

function formatMessage(template: string, vars: MessageVars, intl: NumberParts) {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) break;
    out += template.slice(i, open);
    const end = closing(template, open);
    const body = template.slice(open + 1, end - 1);
    const match = /^\s*(\w+)\s*(?:,\s*(plural|elide)\s*,\s*([\s\S]*))?$/.exec(body);
    const name = match?.[1];
    const v = name === undefined ? undefined : vars[name];
    if (!match || v === undefined) out += template.slice(open, end);
    else if (match[2] === 'plural' && typeof v === 'number') out += plural(match[3]!, v, vars, intl);
    else if (match[2] === 'elide') out += innerQuotes(out, elide(match[3]!.trim(), String(v)));
    else out += typeof v === 'number' ? intl.format(v) : innerQuotes(out, v);
    i = end;
  }
  return out + template.slice(i);
}

function plural(options: string, n: number, vars: MessageVars, intl: NumberParts): string {
  const cases = new Map<string, string>();
  const re = /\s*(=\d+|zero|one|two|few|many|other)\s*\{/g;
  let m: RegExpExecArray | null = re.exec(options);
  while (m) {
    const open = m.index + m[0].length - 1;
    const end = closing(options, open);
    cases.set(m[1]!, options.slice(open + 1, end - 1));
    re.lastIndex = end;
    m = re.exec(options);
  }
  const chosen = cases.get(`=${n}`) ?? cases.get(intl.select(n)) ?? cases.get('other') ?? '';
  // `#` is the number; nested placeholders are filled like the rest of the message.
  return formatMessage(chosen.replace(/#/g, intl.format(n)), vars, intl);
}

/**
 * `2026-03-01` → `1er mars 2026` / `1 March 2026`; '' stays ''. Dates are calendar days,
 * not instants. French writes the first of the month as an ordinal ("1er"), which
 * Intl does not do.
 */
export function formatDate(locale: Locale, iso: string): string {
  if (!/^\d{4}-\d{2}-\d{2}/.test(iso)) return iso;
  const d = new Date(`${iso.slice(0, 10)}T12:00:00Z`);
  const formatted = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(d);
  return locale === 'fr' ? formatted.replace(/^1 /, '1er ') : formatted;
}

/**
 * The browser's first language the interface has, down its list: a partner abroad whose
 * browser asks for Vietnamese, then English, reads English (only the first was looked at:
 * anything but English gave French). French when it names neither.
 */
export function preferredLocale(languages: readonly string[] = []): Locale {
  for (const language of languages) {
    const primary = language.toLowerCase().split('-')[0];
    if (primary === 'en' || primary === 'fr') return primary;
  }
  return 'fr';
}
