import type { Locale } from '../i18n/i18n';
import type { DraftProject } from '../schemas/project.schema';
import { isDocumentLanguageFixed } from './edits';

/**
 * The documents' language after the interface switches from `from` to `to`: it follows the
 * interface while it was the same as the interface (the user never set it apart), and stays
 * where it is once the user chose a language of its own for the documents — an English
 * interface printing a French charter for a French bank, say — or once a partner signed:
 * the charter then reads in the language it was signed in, whoever reads the screens.
 * Null: nothing changes.
 */
export function documentLanguageAfterSwitch(
  project: Pick<DraftProject, 'documentLanguage' | 'signatures'>,
  from: Locale,
  to: Locale,
): Locale | null {
  if (from === to || project.documentLanguage !== from || isDocumentLanguageFixed(project)) return null;
  return to;
}
