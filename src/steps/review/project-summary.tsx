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
                <td>{p.name || '—'}</td>
                <td>{t(`partnerKind.${p.kind}`)}</td>
                <td>{[p.city, p.country].filter(Boolean).join(', ') || '—'}</td>
                <td>{[p.contactName, p.contactRole].filter(Boolean).join(', ') || '—'}</td>
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
                  <td>{r.title || '—'}</td>
                  <td>{isRated(r) ? t(`riskLevel.${riskLevel(r)}`) : t('impacts.levelUnrated')}</td>
                  <td>{partnerName(r.ownerId)}</td>
                  <td>{r.reviewDate ? date(r.reviewDate) : '—'}</td>
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
