import { dateIssues } from '../../domain/agreement-checks';
import { formatMoney, fundingIssues } from '../../domain/agreement-funding';
import { describeDateIssue, describeFundingIssue } from '../../document/agreement-text';
import { useI18n } from '../../i18n/i18n-provider';
import type { DraftProject } from '../../schemas/project.schema';

/**
 * What the review says about the convention itself: dates that contradict each other (each
 * marked once the partners confirmed it) and a funding plan that does not cover its cost.
 * Nothing when all is consistent.
 */
export function AgreementChecksPanel({ project }: { project: DraftProject }) {
  const { t, locale } = useI18n();
  const agreement = project.framework.agreement;
  const confirmed = new Set(agreement.confirmedDateIssues);
  const dates = dateIssues(project.followUp);
  const funding = fundingIssues(
    agreement,
    project.partners.partners.map((p) => p.id),
  );
  if (dates.length === 0 && funding.length === 0) return null;
  const money = (n: number) => formatMoney(locale, agreement.currency, n);
  return (
    <section className="panel panel--warning" aria-labelledby="agreement-checks">
      <h3 id="agreement-checks">{t('agreement.checksTitle')}</h3>
      <ul>
        {dates.map((issue) => (
          <li key={issue.id}>
            {describeDateIssue(issue, t, locale)}
            {confirmed.has(issue.id) && <> {t('agreement.issue.confirmed')}</>}
          </li>
        ))}
        {funding.map((issue) => (
          <li key={issue.kind}>{describeFundingIssue(issue, t, money)}</li>
        ))}
      </ul>
    </section>
  );
}
