import { FUNDING_SOURCES } from '../content/guidance-extras';
import { useI18n } from '../i18n/i18n-provider';
import { SourceLine } from './source-line';

/**
 * The funding entry points the sources mention (development aid, innovation and export
 * aid, co-funding, FASEP, philanthropy, fundraising, consortium, the regional network's
 * help), each explained and sourced. Meant for wherever money is discussed (the framework's
 * contributions, the short-term financial risk); `headingLevel` fits the page outline.
 */
export function FundingSources({ headingLevel = 3 }: { headingLevel?: 3 | 4 }) {
  const { t } = useI18n();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <section className="funding-sources" aria-label={t('guideUi.funding.title')}>
      <Heading>{t('guideUi.funding.title')}</Heading>
      <p className="field__hint">{t('guideUi.funding.lead')}</p>
      <dl>
        {FUNDING_SOURCES.map((f) => (
          <div key={f.id} className="funding-sources__item">
            <dt>{t(f.nameKey)}</dt>
            <dd>
              <span>{t(f.textKey)}</span> <SourceLine source={f.source} />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
