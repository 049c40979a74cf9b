import { formatDate, type Locale, type MessageKey, type Translate } from '../i18n/i18n';
import type { DraftProject } from '../schemas/project.schema';
import { bilingualTranslator } from './bilingual';
import type { FieldItem } from './document-model';

/** Shared context of the pure model builders. */
export interface ModelContext {
  project: DraftProject;
  /** Fixed texts: in both languages when the project asks for bilingual documents. */
  t: Translate;
  /** Fixed texts where a line is narrow (table heads): the two languages one above the other. */
  tHead: Translate;
  /** The document language only: metadata, and templates that carry user text. */
  mono: Translate;
  bilingual: boolean;
  locale: Locale;
  date: (iso: string) => string;
  /** "30 sept. 2026" / "30 Sept 2026", for narrow columns. */
  shortDate: (iso: string) => string;
  partnerName: (id: string) => string;
}

export function modelContext(project: DraftProject, t: Translate, locale: Locale): ModelContext {
  const names = new Map(project.partners.partners.map((p) => [p.id, p.name.trim()]));
  // Older saved projects predate the field: treat a missing value as single-language.
  const bilingual = project.bilingualDocuments === true;
  return {
    project,
    t: bilingual ? bilingualTranslator(locale) : t,
    tHead: bilingual ? bilingualTranslator(locale, { alwaysBlock: true }) : t,
    mono: t,
    bilingual,
    locale,
    date: (iso) => formatDate(locale, iso),
    shortDate: (iso) => formatShortDate(locale, iso),
    partnerName: (id) => names.get(id) ?? '',
  };
}

/** Translates a catalogue id, or returns '' for an unset choice. */
export function label(t: Translate, prefix: string, id: string | number): string {
  if (id === '') return '';
  return t(`${prefix}.${id}` as MessageKey);
}

/** Label/value pairs with the empty ones left out, so optional fields vanish from the documents. */
export function fields(...items: Array<[string, string | undefined]>): FieldItem[] {
  return items.map(([l, v]) => ({ label: l, value: (v ?? '').trim() })).filter((f) => f.value !== '');
}

export function nonEmpty(s: string | undefined): s is string {
  return s !== undefined && s.trim() !== '';
}

/** The partners joined for metadata and the cover: "A, B et C" / "A, B and C". */
export function joinNames(names: string[], locale: Locale): string {
  const list = names.filter(nonEmpty);
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(list);
}

/** `2026-09-30` → `30 sept. 2026` / `30 Sept 2026`, `1er sept.` for the first; anything else is returned as is. */
export function formatShortDate(locale: Locale, iso: string): string {
  if (!/^\d{4}-\d{2}-\d{2}/.test(iso)) return iso;
  const d = new Date(`${iso.slice(0, 10)}T12:00:00Z`);
  const formatted = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(d);
  // French writes the first of the month "1er", which Intl does not.
  return locale === 'fr' ? formatted.replace(/^1 /, '1er ') : formatted;
}
