import { Fragment } from 'react';
import { sourcesOfList } from '../content/catalogue-sources';
import { describeSource } from '../document/source-text';
import { isMessageKey } from '../i18n/i18n';
import { useI18n } from '../i18n/i18n-provider';
import { SourceLine } from './source-line';

/**
 * Where a list of answers comes from (content/catalogue-sources.ts), said under its legend:
 * the list's source, then each item taken from another document or that is Cocharte's
 * own, named, with its source. A list mixing the guide's items and a study's no longer
 * reads as all the guide's.
 */
export function CatalogueSourceLine({ prefix }: { prefix: string }) {
  const { t, locale } = useI18n();
  const sources = sourcesOfList(prefix);
  if (!sources) return null;
  const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  const label = (id: string) => {
    const key = `${prefix}.${id}`;
    return t('guideUi.source.quoted', { value: isMessageKey(key) ? t(key) : id });
  };
  return (
    <p className="field__hint catalogue-source">
      <SourceLine source={sources.source} />
      {sources.exceptions.map(({ source, ids }) => (
        <Fragment key={ids.join()}>
          <br />
          <small className={`source-line source-line--${source.doc === 'cocharte' ? 'app' : 'document'}`}>
            {t('guideUi.source.except', { items: list.format(ids.map(label)), source: describeSource(t, source) })}
          </small>
        </Fragment>
      ))}
    </p>
  );
}
