import type { GuideKey } from '../i18n/messages/guide.fr';

/**
 * Which facts of each worked example come from which source, by the example's id (the
 * project's `illustrativeExample`). The same keys as `EXAMPLES[].sourcesKey`
 * (src/examples/examples.ts, a feature the document model may not import; a test holds
 * them equal): a charter printed from an example cites its sources as the example reader
 * on screen does, since its cover says the facts "marked with a source" come from them.
 */
const EXAMPLE_SOURCES: Readonly<Record<string, GuideKey>> = {
  'terrena-afdi-cobsac': 'guide.example.terrena.sources',
  'guerande-univers-sel': 'guide.example.guerande.sources',
  'lagazel-edm-nafa-naana': 'guide.example.lagazel.sources',
  'paratronic-corail-onep': 'guide.example.paratronic.sources',
};

export function exampleSourcesKey(exampleId: string | undefined): GuideKey | undefined {
  return exampleId === undefined ? undefined : EXAMPLE_SOURCES[exampleId];
}
