import { useId } from 'react';
import { useI18n } from '../i18n/i18n-provider';
import type { MessageKey } from '../i18n/i18n';
import type { RecordDifference } from './diff-record';

/** One difference of the records in plain words: what it is, and what applying does with it. */
function describe(
  d: RecordDifference,
  t: (key: MessageKey, vars?: Record<string, string | number>) => string,
  date: (iso: string) => string,
  partnerName: (id: string) => string,
): string {
  const key = `collab.record.${d.kind}.${d.outcome}` as MessageKey;
  switch (d.kind) {
    case 'review':
      return t(key, { review: t('record.doc.reviewTitle', { n: d.number }), date: date(d.date) });
    case 'health':
    case 'view':
      return t(key, { review: t('record.doc.reviewTitle', { n: d.number }), name: partnerName(d.partnerId) });
    case 'amendment':
      return t(key, { amendment: t('record.doc.amendmentTitle', { n: d.number }), title: d.title });
    case 'amendmentSignature':
      return t(key, { amendment: t('record.doc.amendmentTitle', { n: d.number }), name: partnerName(d.partnerId) });
    case 'closing':
      return t(key);
  }
}

/**
 * The partnership records of the two copies, compared: not a choice (the record only
 * grows, src/domain/record-merge.ts), but said, so the partner sees what applying brings.
 */
export function RecordChanges({
  differences,
  partnerName,
}: {
  differences: readonly RecordDifference[];
  partnerName: (id: string) => string;
}) {
  const { t, date } = useI18n();
  const headingId = useId();
  if (differences.length === 0) return null;
  return (
    <section className="compare__group" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('collab.merge.group.record')}</h3>
      <p className="field__hint">{t('collab.record.note')}</p>
      <ul className="compare__list">
        {differences.map((d, i) => (
          <li key={i} className={`compare__change compare__change--${d.outcome === 'added' ? 'added' : 'changed'}`}>
            {describe(d, t, date, partnerName)}
          </li>
        ))}
      </ul>
    </section>
  );
}
