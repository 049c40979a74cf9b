import { useI18n } from '../../i18n/i18n-provider';
import { WizardContext } from '../../machine/wizard.context';
import { isRated, riskLevel } from '../../domain/risk-rating';
import type { DraftProject } from '../../schemas/project.schema';
import type { StepId } from '../../content/catalogues';

/** A read-only digest of the charter, each part with a way back to edit it. */
export function ProjectSummary({ project }: { project: DraftProject }) {
  const { t, date } = useI18n();
  const actor = WizardContext.useActorRef();
  const partnerName = (id: string) => project.partners.partners.find((p) => p.id === id)?.name || '—';
  const edit = (step: StepId) => (
    <button
      type="button"
      className="button button--link"
      onClick={() => actor.send({ type: 'step.goto', target: step })}
    >
      {t('review.edit', { step: t(`step.${step}`) })}
    </button>
  );
  const { partners, framework, followUp, impacts } = project;

  return (
    <div className="summary">
      <section aria-labelledby="sum-partners">
        <h3 id="sum-partners">{t('step.partners')}</h3>
        <p className="summary__title">{partners.title || '—'}</p>
        <table>
          <caption className="visually-hidden">{t('partners.partners')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('partners.name')}</th>
              <th scope="col">{t('partners.kind')}</th>
              <th scope="col">{t('partners.country')}</th>
              <th scope="col">{t('partners.contactName')}</th>
            </tr>
          </thead>
          <tbody>
            {partners.partners.map((p) => (
              <tr key={p.id}>
                <td data-label={t('partners.name')}>{p.name || '—'}</td>
                <td data-label={t('partners.kind')}>{t(`partnerKind.${p.kind}`)}</td>
                <td data-label={t('partners.country')}>{[p.city, p.country].filter(Boolean).join(', ') || '—'}</td>
                <td data-label={t('partners.contactName')}>
                  {[p.contactName, p.contactRole].filter(Boolean).join(', ') || '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {edit('partners')}
      </section>
      <section aria-labelledby="sum-framework">
        <h3 id="sum-framework">{t('step.framework')}</h3>
        <dl>
          <dt>{t('framework.purpose')}</dt>
          <dd>{framework.purpose || '—'}</dd>
          <dt>{t('framework.governance')}</dt>
          <dd>{framework.governance || '—'}</dd>
        </dl>
        {edit('framework')}
      </section>
      <section aria-labelledby="sum-followup">
        <h3 id="sum-followup">{t('step.followUp')}</h3>
        <dl>
          <dt>{t('followUp.startDate')}</dt>
          <dd>{followUp.startDate ? date(followUp.startDate) : '—'}</dd>
          <dt>{t('followUp.milestones')}</dt>
          <dd>{t('review.milestoneCount', { count: followUp.milestones.length })}</dd>
          <dt>{t('followUp.indicators')}</dt>
          <dd>{t('review.indicatorCount', { count: followUp.indicators.length })}</dd>
        </dl>
        {edit('followUp')}
      </section>
      <section aria-labelledby="sum-risks">
        <h3 id="sum-risks">{t('impacts.risks')}</h3>
        {impacts.risks.length > 0 && (
          <table>
            <caption className="visually-hidden">{t('impacts.risks')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('impacts.riskTitle')}</th>
                <th scope="col">{t('impacts.levelColumn')}</th>
                <th scope="col">{t('impacts.owner')}</th>
                <th scope="col">{t('impacts.reviewDate')}</th>
              </tr>
            </thead>
            <tbody>
              {impacts.risks.map((r) => (
                <tr key={r.id}>
                  <td data-label={t('impacts.riskTitle')}>{r.title || '—'}</td>
                  <td data-label={t('impacts.levelColumn')}>
                    {isRated(r) ? t(`riskLevel.${riskLevel(r)}`) : t('impacts.levelUnrated')}
                  </td>
                  <td data-label={t('impacts.owner')}>{partnerName(r.ownerId)}</td>
                  <td data-label={t('impacts.reviewDate')}>{r.reviewDate ? date(r.reviewDate) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {edit('impacts')}
      </section>
    </div>
  );
}
