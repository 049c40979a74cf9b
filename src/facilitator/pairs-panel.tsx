import { useId } from 'react';
import { type FlowState, placeTitleKey } from '../domain/flow';
import { useI18n } from '../i18n/i18n-provider';

export interface PairRow {
  number: number;
  name: string;
  title: string;
  /** Null when the project is no longer on this device. */
  place: FlowState | null;
  stepsVisited: number;
  signed: boolean;
  current: boolean;
}

/** The session's pairs in the order they started, with where each one stands. */
export function PairsPanel({ rows, onExport }: { rows: PairRow[]; onExport: () => void }) {
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
            </li>
          ))}
        </ol>
      )}
      <button type="button" className="button button--secondary" onClick={onExport} disabled={rows.length === 0}>
        {t('workshop.export')}
      </button>
    </section>
  );
}
