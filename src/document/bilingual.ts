import { createTranslator, type Locale, type Translate } from '../i18n/i18n';

export const OTHER_LOCALE: Record<Locale, Locale> = { fr: 'en', en: 'fr' };

export interface BilingualOptions {
  /** Between short texts on one line: "Pays / Country". */
  inline?: string;
  /** Between sentences, or where lines are narrow (table heads). */
  block?: string;
  /** Use `block` for every text, short or not. */
  alwaysBlock?: boolean;
}

/** A sentence reads badly after a slash: it goes on a line of its own. */
function isSentence(text: string): boolean {
  return text.length > 60 || /[.:!?…]$/.test(text.trim());
}

/** Joins a fixed text with its translation; the same word in both languages appears once. */
export function joinBilingual(main: string, other: string, options: BilingualOptions = {}): string {
  if (main === other || other === '') return main;
  if (main === '') return other;
  const { inline = ' / ', block = '\n', alwaysBlock = false } = options;
  return `${main}${alwaysBlock || isSentence(main) ? block : inline}${other}`;
}

/**
 * A translator giving each fixed text in the document language followed by the other
 * language. Variables are passed to both, so user text inside a template (a name)
 * would appear twice: callers keep such templates on the single-language translator.
 */
export function bilingualTranslator(locale: Locale, options: BilingualOptions = {}): Translate {
  const main = createTranslator(locale);
  const other = createTranslator(OTHER_LOCALE[locale]);
  return (key, vars) => joinBilingual(main(key, vars), other(key, vars), options);
}
