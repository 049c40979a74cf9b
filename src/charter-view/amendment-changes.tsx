import { useI18n } from '../i18n/i18n-provider';
import type { Locale } from '../i18n/i18n';
import type { Amendment } from '../schemas/record.schema';

/**
 * An amendment's changes, field by field, before and after: the table the record's
 * amendment screen shows, and the one a partner signing the amendment by link reads.
 * `lang`: the language the changes were written in (the charter's), set on the cells that
 * hold them when the page around is in another.
 */
export function AmendmentChanges({ changes, lang }: { changes: Amendment['changes']; lang?: Locale }) {
  const { t } = useI18n();
  if (changes.length === 0) return <p>{t('record.doc.none')}</p>;
  return (
    <div className="record-table-wrap">
      <table className="record-table">
        <caption className="visually-hidden">{t('record.doc.changes')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('record.doc.item')}</th>
            <th scope="col">{t('record.doc.before')}</th>
            <th scope="col">{t('record.doc.after')}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={c.id}>
              <th scope="row" lang={lang}>
                {c.label}
              </th>
              <td lang={c.beforeText ? lang : undefined}>
                {c.beforeText || (c.kind === 'added' ? t('record.doc.added') : '')}
              </td>
              <td lang={c.afterText ? lang : undefined}>
                {c.afterText || (c.kind === 'removed' ? t('record.doc.removed') : '')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
