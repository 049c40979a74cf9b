import { catalogueSourceOf, sourcesOfList } from '../content/catalogue-sources';
import type { Source } from '../content/sources';
import { describeSource } from '../document/source-text';
import type { Translate } from '../i18n/i18n';
import { useI18n } from '../i18n/i18n-provider';

/**
 * Where a list of answers comes from (content/catalogue-sources.ts), said under the answers;
 * « sauf mention » when some answers come from elsewhere, each of those then saying its own
 * source after its label (catalogueItemNote). Kept short: a phone shows the list whole.
 */
export function CatalogueSourceLine({ prefix }: { prefix: string }) {
  const { t } = useI18n();
  const sources = sourcesOfList(prefix);
  if (!sources) return null;
  const app = sources.source.doc === 'cocharte';
  return (
    <p className="field__hint catalogue-source">
      <small className={`source-line source-line--${app ? 'app' : 'document'}`}>
        {describeSource(t, sources.source)}
        {sources.exceptions.length > 0 && t('guideUi.source.unlessMarked')}
      </small>
    </p>
  );
}

/** The source of one answer, in brief, where it differs from its list's; otherwise nothing. */
export function catalogueItemNote(t: Translate, prefix: string, id: string): string | undefined {
  const list = sourcesOfList(prefix);
  const own = catalogueSourceOf(prefix, id);
  if (!list || !own || list.exceptions.every((e) => !e.ids.includes(id))) return undefined;
  return t('guideUi.source.brief', { source: briefSource(t, own) });
}

function briefSource(t: Translate, source: Source): string {
  if (source.doc === 'cocharte') return t('guideUi.sourceBrief.cocharte');
  return t(`guideUi.sourceBrief.${source.doc}`, { section: source.section });
}
