import type { Locale } from '../i18n/i18n';
import type { GuideKey } from '../i18n/messages/guide.fr';

/**
 * Worked examples drawn from partnerships described in the sources: two from the guide
 * (Terrena, Guérande), two from the RESACOOP workshop report (Lagazel, Paratronic). They are loaded on
 * demand (dynamic `?raw` import) so their text stays out of the main bundle, and they go
 * through the same `parseProjectFile` path as a user's own file.
 */
export interface Example {
  id: string;
  /** File name inside src/examples, for tools that read the files without Vite. */
  fileName: string;
  titleKey: GuideKey;
  summaryKey: GuideKey;
  /** Which facts come from which source, and which are invented. */
  sourcesKey: GuideKey;
  // The document each example is drawn from is GUIDE_SOURCES[titleKey] (content/guide-sources.ts),
  // not repeated here: the home screen lists the examples without loading every source.
  /**
   * Always true: the organisations and the outline come from the source, but names of
   * people, figures, dates and clauses are invented to make a complete file. The UI must
   * say so wherever an example is offered.
   */
  illustrative: true;
  /**
   * The project file text, in the format written by serializeProject: the French body by
   * default, the English one (documentLanguage 'en') for English readers.
   */
  load: (locale?: Locale) => Promise<string>;
}

export const EXAMPLES: readonly Example[] = [
  {
    id: 'terrena-afdi-cobsac',
    fileName: 'terrena-afdi-cobsac.cocharte.json',
    titleKey: 'guide.example.terrena.title',
    summaryKey: 'guide.example.terrena.summary',
    sourcesKey: 'guide.example.terrena.sources',
    illustrative: true,
    load: (locale = 'fr') =>
      (locale === 'en'
        ? import('./terrena-afdi-cobsac.en.cocharte.json?raw')
        : import('./terrena-afdi-cobsac.cocharte.json?raw')
      ).then((m) => m.default),
  },
  {
    id: 'guerande-univers-sel',
    fileName: 'guerande-univers-sel.cocharte.json',
    titleKey: 'guide.example.guerande.title',
    summaryKey: 'guide.example.guerande.summary',
    sourcesKey: 'guide.example.guerande.sources',
    illustrative: true,
    load: (locale = 'fr') =>
      (locale === 'en'
        ? import('./guerande-univers-sel.en.cocharte.json?raw')
        : import('./guerande-univers-sel.cocharte.json?raw')
      ).then((m) => m.default),
  },
  {
    id: 'lagazel-edm-nafa-naana',
    fileName: 'lagazel-edm-nafa-naana.cocharte.json',
    titleKey: 'guide.example.lagazel.title',
    summaryKey: 'guide.example.lagazel.summary',
    sourcesKey: 'guide.example.lagazel.sources',
    illustrative: true,
    load: (locale = 'fr') =>
      (locale === 'en'
        ? import('./lagazel-edm-nafa-naana.en.cocharte.json?raw')
        : import('./lagazel-edm-nafa-naana.cocharte.json?raw')
      ).then((m) => m.default),
  },
  {
    id: 'paratronic-corail-onep',
    fileName: 'paratronic-corail-onep.cocharte.json',
    titleKey: 'guide.example.paratronic.title',
    summaryKey: 'guide.example.paratronic.summary',
    sourcesKey: 'guide.example.paratronic.sources',
    illustrative: true,
    load: (locale = 'fr') =>
      (locale === 'en'
        ? import('./paratronic-corail-onep.en.cocharte.json?raw')
        : import('./paratronic-corail-onep.cocharte.json?raw')
      ).then((m) => m.default),
  },
];

export function findExample(id: string): Example | undefined {
  return EXAMPLES.find((e) => e.id === id);
}
