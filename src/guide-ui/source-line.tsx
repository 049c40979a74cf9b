import type { Source } from '../content/sources';
import { describeSourceParts, type SourceForm } from '../document/source-text';
import { useI18n } from '../i18n/i18n-provider';

/**
 * The short source line under a piece of guidance, so the user can tell the guide's words
 * from the studies' and from Cocharte's own suggestions. The full reference of each
 * document is on the "About the sources" page.
 */
export function SourceLine({
  source,
  after,
}: {
  source: Source;
  /** Said after the source, in the same line. */
  after?: string;
}) {
  return (
    <small className={`source-line source-line--${source.doc === 'cocharte' ? 'app' : 'document'}`}>
      <SourceWords source={source} />
      {after}
    </small>
  );
}

/** A source's words; on a page not in French, the cited French heading is marked as French. */
export function SourceWords({ source, form = 'line' }: { source: Source; form?: SourceForm }) {
  const { t, locale } = useI18n();
  const { before, section, after } = describeSourceParts(t, source, form);
  return section && locale !== 'fr' ? (
    // The documents are French: their headings are read as French, not in the page's language.
    <>
      {before}
      <span lang="fr">{section}</span>
      {after}
    </>
  ) : (
    `${before}${section ?? ''}${after}`
  );
}
