import { useI18n } from '../i18n/i18n-provider';
import type { Amendment } from '../schemas/record.schema';

/**
 * An amendment's changes, field by field, before and after: the table the record's
 * amendment screen shows, and the one a partner signing the amendment by link reads.
 */
export function AmendmentChanges({ changes }: { changes: Amendment['changes'] }) {
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
              <th scope="row">{c.label}</th>
              <td>{c.beforeText || (c.kind === 'added' ? t('record.doc.added') : '')}</td>
              <td>{c.afterText || (c.kind === 'removed' ? t('record.doc.removed') : '')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
