import { formatDate, type Locale, type MessageKey, type Translate } from '../i18n/i18n';
import type { DraftProject } from '../schemas/project.schema';
import type { FieldItem } from './document-model';

/** Shared context of the pure model builders. */
export interface ModelContext {
  project: DraftProject;
  t: Translate;
  locale: Locale;
  date: (iso: string) => string;
  partnerName: (id: string) => string;
}

export function modelContext(project: DraftProject, t: Translate, locale: Locale): ModelContext {
  const names = new Map(project.partners.partners.map((p) => [p.id, p.name.trim()]));
  return {
    project,
    t,
    locale,
    date: (iso) => formatDate(locale, iso),
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
  return items
    .map(([l, v]) => ({ label: l, value: (v ?? '').trim() }))
    .filter((f) => f.value !== '');
}

export function nonEmpty(s: string | undefined): s is string {
  return s !== undefined && s.trim() !== '';
}

/** The partners joined for metadata and the cover: "A, B et C" / "A, B and C". */
export function joinNames(names: string[], locale: Locale): string {
  const list = names.filter(nonEmpty);
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(list);
}
