import type { Source } from '../content/sources';
import { describeSource, describeSourceParts } from '../document/source-text';
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
  source: Source /** Said after the source, in the same line. */;
  after?: string;
}) {
  const { t, locale } = useI18n();
  const parts = locale === 'fr' ? null : describeSourceParts(t, source);
  return (
    <small className={`source-line source-line--${source.doc === 'cocharte' ? 'app' : 'document'}`}>
      {parts?.section ? (
        // The documents are French: their headings are read as French, not in the page's language.
        <>
          {parts.before}
          <span lang="fr">{parts.section}</span>
          {parts.after}
        </>
      ) : (
        describeSource(t, source)
      )}
      {after}
    </small>
  );
}
