import type { ReactNode } from 'react';
import { sourcesOfList } from '../content/catalogue-sources';
import { useI18n } from '../i18n/i18n-provider';
import { SourceLine, SourceWords } from './source-line';

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
export function catalogueItemNote(prefix: string, id: string): ReactNode {
  const own = sourcesOfList(prefix)?.exceptions.find((e) => e.ids.includes(id))?.source;
  return own ? <SourceWords source={own} form="brief" /> : undefined;
}
