import type { Source } from '../content/sources';
import { describeSource } from '../document/source-text';
import { useI18n } from '../i18n/i18n-provider';

/**
 * The short source line under a piece of guidance, so the user can tell the guide's words
 * from the studies' and from Cocharte's own suggestions. The full reference of each
 * document is on the "About the sources" page.
 */
export function SourceLine({ source }: { source: Source }) {
  const { t } = useI18n();
  return (
    <small className={`source-line source-line--${source.doc === 'cocharte' ? 'app' : 'document'}`}>
      {describeSource(t, source)}
    </small>
  );
}
