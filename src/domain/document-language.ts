import type { Locale } from '../i18n/i18n';

/**
 * The documents' language after the interface switches from `from` to `to`: it follows the
 * interface while it was the same as the interface (the user never set it apart), and stays
 * where it is once the user chose a language of its own for the documents — an English
 * interface printing a French charter for a French bank, say. Null: nothing changes.
 */
export function documentLanguageAfterSwitch(documentLanguage: Locale, from: Locale, to: Locale): Locale | null {
  if (from === to || documentLanguage !== from) return null;
  return to;
}
