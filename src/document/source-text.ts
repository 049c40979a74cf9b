// The words that say where a piece of guidance comes from, shared by the app's source
// lines (guide-ui/source-line.tsx) and the printed worksheets, so paper and screen cite
// a text in the same words.
import type { Source } from '../content/sources';
import type { Translate } from '../i18n/i18n';

/**
 * "Source : le guide, « Envisager tous les impacts »", or Cocharte's own words said as what
 * they are: "Suggestion de Cocharte (…)", "Note de Cocharte", "Proposition de Cocharte, à
 * faire relire par un juriste".
 */
export function describeSource(t: Translate, source: Source): string {
  if (source.doc === 'cocharte') {
    if (source.kind === 'note') return t('guideUi.source.cocharteNote');
    if (source.kind === 'legal') return t('guideUi.source.cocharteLegal');
    return t('guideUi.source.cocharte');
  }
  return t(`guideUi.source.${source.doc}`, { section: frenchSpacing(source.section) });
}

/** A source's words: the full line under a piece of guidance, or the brief note after one answer of a list. */
export type SourceForm = 'line' | 'brief';

/**
 * The same words in three parts, the document's heading apart: the sources are French, and a
 * page in another language marks the heading as French for screen readers (source-line.tsx).
 * Cocharte's own words have no heading: all of them are `before`.
 */
export function describeSourceParts(
  t: Translate,
  source: Source,
  form: SourceForm = 'line',
): { before: string; section: string | null; after: string } {
  if (source.doc === 'cocharte')
    return {
      before: form === 'line' ? describeSource(t, source) : t('guideUi.sourceBrief.cocharte'),
      section: null,
      after: '',
    };
  const section = frenchSpacing(source.section);
  const marker = '\u0000';
  const key =
    form === 'line' ? (`guideUi.source.${source.doc}` as const) : (`guideUi.sourceBrief.${source.doc}` as const);
  const [before = '', after] = t(key, { section: marker }).split(marker);
  // A brief citation may name the document alone: no heading then.
  return after === undefined ? { before, section: null, after: '' } : { before, section, after };
}

/**
 * A heading cited as the seeds spell it (« … partenariats ? », « … ODD : un … ») has plain
 * spaces before its ? ! : ; — these French headings keep their mark on the word's line, in
 * either interface language: a no-break space instead.
 */
function frenchSpacing(heading: string): string {
  return heading.replace(/ ([?!:;])/g, '\u00a0$1');
}
