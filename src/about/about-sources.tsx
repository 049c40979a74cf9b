import { useEffect, useRef } from 'react';
import { REGIONAL_NETWORK_CONTACT, SOURCE_DOCUMENTS } from '../content/sources';
import '../i18n/deferred-fr';
import { useI18n } from '../i18n/i18n-provider';

/**
 * "About the sources": the guide's and the studies' titles, publishers, dates and what each
 * contributed, what is Cocharte's own, and where to get help (the regional network's offer
 * as the guide lists it). Focus goes to the title on arrival, and back is one button.
 */
export function AboutSources({ onBack }: { onBack: () => void }) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="about-sources" aria-labelledby="about-sources-title">
      <h2 id="about-sources-title" ref={heading} tabIndex={-1}>
        {t('guideUi.about.title')}
      </h2>
      <p>{t('guideUi.about.lead')}</p>
      {SOURCE_DOCUMENTS.map((d) => (
        <article key={d.doc} className="card about-sources__doc" aria-labelledby={`about-${d.doc}`}>
          <h3 id={`about-${d.doc}`} lang="fr">
            {d.title}
          </h3>
          <dl>
            <dt>{t('guideUi.about.publisher')}</dt>
            <dd lang="fr">{d.publisher}</dd>
            <dt>{t('guideUi.about.date')}</dt>
            <dd>{t(`guideUi.about.doc.${d.doc}.date`)}</dd>
            <dt>{t('guideUi.about.gave')}</dt>
            <dd>{t(`guideUi.about.doc.${d.doc}.gave`)}</dd>
            {d.url && (
              <>
                <dt>{t('guideUi.about.website')}</dt>
                <dd>{d.url.replace(/^https:\/\//, '')}</dd>
              </>
            )}
          </dl>
        </article>
      ))}
      <h3>{t('guideUi.about.cocharteTitle')}</h3>
      <p>{t('guideUi.about.cocharte')}</p>
      <h3>{t('guideUi.about.helpTitle')}</h3>
      <p>{t('guideUi.about.helpLead')}</p>
      <ul>
        <li>{t('guideUi.about.help.1')}</li>
        <li>{t('guideUi.about.help.2')}</li>
        <li>{t('guideUi.about.help.3')}</li>
        <li>{t('guideUi.about.help.4')}</li>
      </ul>
      <p>
        {t('guideUi.about.contact')} {REGIONAL_NETWORK_CONTACT.name}, {REGIONAL_NETWORK_CONTACT.email},{' '}
        {REGIONAL_NETWORK_CONTACT.phone}, {REGIONAL_NETWORK_CONTACT.url.replace(/^https:\/\//, '')}
      </p>
      <p>{t('guideUi.about.otherNetworks')}</p>
      <button type="button" className="button button--secondary" onClick={onBack}>
        {t('guideUi.about.back')}
      </button>
    </section>
  );
}
