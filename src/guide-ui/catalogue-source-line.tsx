import type { ReactNode } from 'react';
import { catalogueSourceOf, sourcesOfList } from '../content/catalogue-sources';
import type { Source } from '../content/sources';
import type { Translate } from '../i18n/i18n';
import { useI18n } from '../i18n/i18n-provider';
import { SourceLine } from './source-line';

/**
 * Where a list of answers comes from (content/catalogue-sources.ts), said under the answers;
 * « sauf mention » when some answers come from elsewhere, each of those then saying its own
 * source after its label (catalogueItemNote). Kept short: a phone shows the list whole.
 */
export function CatalogueSourceLine({ prefix }: { prefix: string }) {
  const { t } = useI18n();
  const sources = sourcesOfList(prefix);
  if (!sources) return null;
  return (
    <p className="field__hint catalogue-source">
      <SourceLine
        source={sources.source}
        after={sources.exceptions.length > 0 ? t('guideUi.source.unlessMarked') : undefined}
      />
    </p>
  );
}

/** The source of one answer, in brief, where it differs from its list's; otherwise nothing. */
export function catalogueItemNote(t: Translate, prefix: string, id: string): ReactNode {
  const list = sourcesOfList(prefix);
  const own = catalogueSourceOf(prefix, id);
  if (!list || !own || list.exceptions.every((e) => !e.ids.includes(id))) return undefined;
  return briefSource(t, own);
}

function briefSource(t: Translate, source: Source): ReactNode {
  if (source.doc === 'cocharte') return t('guideUi.source.brief', { source: t('guideUi.sourceBrief.cocharte') });
  // The documents are French: a cited heading is read as French whatever the page's language.
  const marker = '\u0000';
  const [before = '', after = ''] = t('guideUi.source.brief', {
    source: t(`guideUi.sourceBrief.${source.doc}`, { section: marker }),
  }).split(marker);
  return 'section' in source && after !== '' ? (
    <>
      {before}
      <span lang="fr">{source.section}</span>
      {after}
    </>
  ) : (
    before
  );
}
