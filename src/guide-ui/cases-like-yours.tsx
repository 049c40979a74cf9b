import { STUDIED_CASES } from '../content/guidance-extras';
import { useI18n } from '../i18n/i18n-provider';
import { SourceLine } from './source-line';

/**
 * The guide's other studied partnerships as short cards, grouped by direction (export
 * towards the South, import into France). Only facts the guide states; rendered as h4/h5
 * under a panel's h3 by default.
 */
export function CasesLikeYours({ direction }: { direction?: 'export' | 'import' }) {
  const { t } = useI18n();
  const groups = (['export', 'import'] as const).filter((d) => direction === undefined || d === direction);
  return (
    <section className="cases" aria-label={t('guideUi.cases.title')}>
      <h4>{t('guideUi.cases.title')}</h4>
      <p className="field__hint">{t('guideUi.cases.lead')}</p>
      {groups.map((group) => (
        <div key={group}>
          <h5>{t(`guideUi.cases.${group}`)}</h5>
          <ul className="cases__list">
            {STUDIED_CASES.filter((c) => c.direction === group).map((c) => (
              <li key={c.id} className="card cases__card">
                <strong>{t(c.titleKey)}</strong>
                <p>{t(c.textKey)}</p>
                <SourceLine source={c.source} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
