import { useId } from 'react';
import { type FlowState, placeTitleKey } from '../domain/flow';
import { useI18n } from '../i18n/i18n-provider';
import type { MessageKey } from '../i18n/i18n';
import { reviewOverdue } from '../domain/record-status';
import type { RecordStatus } from '../schemas/record-status.schema';

export interface PairRow {
  number: number;
  name: string;
  title: string;
  /** Null when the project is no longer on this device. */
  place: FlowState | null;
  stepsVisited: number;
  signed: boolean;
  current: boolean;
  /** The partnership record's figures; null when unknown (a summary from an earlier release). */
  record: RecordStatus | null;
}

/**
 * A co-signed pair's record in one line: reviews held, the next review (or the one
 * overdue on `today`), amendments, and the decision once the partnership ended.
 */
function RecordLine({ record, today }: { record: RecordStatus; today: string }) {
  const { t, date } = useI18n();
  const parts = [
    t('workshop.record.coSigned'),
    t('workshop.record.reviews', { count: record.reviews }),
    record.nextReview &&
      (reviewOverdue(record, today)
        ? t('workshop.record.overdue', { n: record.reviews + 1, date: date(record.nextReview) })
        : t('workshop.record.next', { n: record.reviews + 1, date: date(record.nextReview) })),
    record.amendments > 0 && t('workshop.record.amendments', { count: record.amendments }),
    record.closed && t('workshop.record.closed', { decision: t(`record.decision.${record.closed}` as MessageKey) }),
  ].filter(Boolean);
  const overdue = record.nextReview !== '' && reviewOverdue(record, today);
  return (
    <span className={`pairs__record${overdue ? ' pairs__record--overdue' : ''}`}>
      {t('workshop.record.label')} {parts.join(' · ')}
    </span>
  );
}

/** The session's pairs in the order they started, with where each one stands. */
export function PairsPanel({
  rows,
  today,
  onExport,
  onOpenPair,
  saved = '',
}: {
  rows: PairRow[];
  /** Today's date (YYYY-MM-DD), from the app's clock: what is overdue. */
  today: string;
  onExport: () => void;
  /** Opens a pair's project (by the pair's number), the workshop's view staying on. */
  onOpenPair?: (number: number) => void;
  /** What the last save of the session file gave, announced. */
  saved?: string;
}) {
  const { t } = useI18n();
  const id = useId();
  return (
    <section className="pairs" aria-labelledby={id}>
      <h3 id={id}>{t('workshop.pairs')}</h3>
      {rows.length === 0 ? (
        <p>{t('workshop.pairsEmpty')}</p>
      ) : (
        <ol className="pairs__list">
          {rows.map((r) => (
            <li key={r.number} aria-current={r.current ? 'true' : undefined}>
              <strong>
                {t('workshop.pair')} {r.number}
              </strong>
              {r.name ? ` — ${r.name}` : ''}
              <span className="pairs__status">
                {r.place === null
                  ? t('workshop.pairMissing')
                  : [
                      t('workshop.pairPlace', { place: t(placeTitleKey(r.place)) }),
                      t('workshop.pairVisited', { visited: r.stepsVisited }),
                      r.signed ? t('workshop.pairSigned') : '',
                    ]
                      .filter(Boolean)
                      .join(' · ')}
              </span>
              {r.place !== null && r.title && (
                // The project's title as it stands now: a pair may have renamed it.
                <span className="pairs__status">{t('workshop.pairTitle', { title: r.title })}</span>
              )}
              {r.place !== null && r.record?.coSigned && <RecordLine record={r.record} today={today} />}
              {onOpenPair && r.place !== null && !r.current && (
                <button type="button" className="button button--link" onClick={() => onOpenPair(r.number)}>
                  {t('workshop.openPair', { n: r.number })}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      <button type="button" className="button button--secondary" onClick={onExport} disabled={rows.length === 0}>
        {t('workshop.export')}
      </button>
      <p className="field__hint">{t('workshop.exportHint')}</p>
      <p role="status">{saved}</p>
    </section>
  );
}
