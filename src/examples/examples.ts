import type { GuideKey } from '../i18n/messages/guide.fr';

/**
 * Worked examples drawn from the partnerships described in the guide. They are loaded on
 * demand (dynamic `?raw` import) so their text stays out of the main bundle, and they go
 * through the same `parseProjectFile` path as a user's own file.
 */
export interface Example {
  id: string;
  /** File name inside src/examples, for tools that read the files without Vite. */
  fileName: string;
  titleKey: GuideKey;
  summaryKey: GuideKey;
  /**
   * Always true: the organisations and the outline come from the guide, but names of
   * people, figures, dates and clauses are invented to make a complete file. The UI must
   * say so wherever an example is offered.
   */
  illustrative: true;
  /** The project file text, in the format written by serializeProject. */
  load: () => Promise<string>;
}

export const EXAMPLES: readonly Example[] = [
  {
    id: 'terrena-afdi-cobsac',
    fileName: 'terrena-afdi-cobsac.cocharte.json',
    titleKey: 'guide.example.terrena.title',
    summaryKey: 'guide.example.terrena.summary',
    illustrative: true,
    load: () => import('./terrena-afdi-cobsac.cocharte.json?raw').then((m) => m.default),
  },
  {
    id: 'guerande-univers-sel',
    fileName: 'guerande-univers-sel.cocharte.json',
    titleKey: 'guide.example.guerande.title',
    summaryKey: 'guide.example.guerande.summary',
    illustrative: true,
    load: () => import('./guerande-univers-sel.cocharte.json?raw').then((m) => m.default),
  },
  {
    id: 'lagazel-edm-nafa-naana',
    fileName: 'lagazel-edm-nafa-naana.cocharte.json',
    titleKey: 'guide.example.lagazel.title',
    summaryKey: 'guide.example.lagazel.summary',
    illustrative: true,
    load: () => import('./lagazel-edm-nafa-naana.cocharte.json?raw').then((m) => m.default),
  },
  {
    id: 'paratronic-corail-onep',
    fileName: 'paratronic-corail-onep.cocharte.json',
    titleKey: 'guide.example.paratronic.title',
    summaryKey: 'guide.example.paratronic.summary',
    illustrative: true,
    load: () => import('./paratronic-corail-onep.cocharte.json?raw').then((m) => m.default),
  },
];

export function findExample(id: string): Example | undefined {
  return EXAMPLES.find((e) => e.id === id);
}
