import { useWatch, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { useRowList } from '../../components/form/use-row-list';
import { RemovedRowNotice } from '../../components/form/removed-row-notice';
import { CONTRIBUTION_KINDS, CURRENCIES, FUNDING_STATUSES, TIME_BASED_CONTRIBUTIONS } from '../../content/clauses';
import { SelectField, TextField } from '../../components/form/controls';
import { Disclosure } from '../../components/ui/disclosure';
import { contributionValue, formatMoney, fundingIssues, fundingPlan } from '../../domain/agreement-funding';
import { useRequestedOpen } from '../../components/form/focus-request';
import { useI18n } from '../../i18n/i18n-provider';
import { newId } from '../../lib/ids';
import type { Agreement } from '../../schemas/agreement.schema';
import type { StepData } from '../../schemas/project.schema';
import { describeFundingIssue } from '../../document/agreement-text';
import type { PartnerLabel } from '../common/use-partners';
import { parseAmount, withAmountDisplay } from './amount-input';

type FrameworkData = StepData<'framework'>;

interface Props {
  control: Control<FrameworkData>;
  register: UseFormRegister<FrameworkData>;
  errors: FieldErrors<Agreement> | undefined;
  partners: PartnerLabel[];
}

const amountOptions = { setValueAs: parseAmount };

/** The agreement's fields this section holds (the clauses section holds the others). */
export const FUNDING_FIELDS: readonly string[] = ['contributions', 'fundingSources', 'budget', 'currency'];

/**
 * Each partner's contributions as rows valued in one currency, live totals, and the
 * funding sought with its status; says when the plan does not cover the project's cost.
 */
export function ContributionsSection({ control, register, errors, partners }: Props) {
  const { t, locale } = useI18n();
  const [open, setOpen] = useRequestedOpen(FUNDING_FIELDS.map((f) => `agreement.${f}`));
  const contributions = useRowList(control, 'agreement.contributions', 'partnerId', 'description');
  const sources = useRowList(control, 'agreement.fundingSources', 'name', 'name');
  const agreement = useWatch({ control, name: 'agreement' }) as Agreement;
  const hasErrors = errors !== undefined && Object.keys(errors).some((k) => FUNDING_FIELDS.includes(k));
  const money = (n: number) => formatMoney(locale, agreement.currency, n);
  const ids = partners.map((p) => p.id);
  const plan = fundingPlan(agreement, ids);
  const issues = fundingIssues(agreement, ids);

  return (
    <Disclosure title={t('agreement.section.contributions')} level={3} open={open || hasErrors} onToggle={setOpen}>
      <div className="grid">
        <SelectField
          name="agreement.currency"
          label={t('agreement.currency')}
          options={CURRENCIES.map((c) => ({ value: c, label: c }))}
          registration={register('agreement.currency')}
          error={errors?.currency}
        />
        <TextField
          name="agreement.budget"
          label={t('agreement.budget')}
          hint={t('agreement.budgetHint')}
          registration={withAmountDisplay(register('agreement.budget', amountOptions), locale)}
          error={errors?.budget}
        />
      </div>

      <fieldset className="group">
        <legend>{t('agreement.contributions')}</legend>
        <p className="field__hint">{t('agreement.contributionsHint')}</p>
        {contributions.fields.map((field, i) => {
          const e = errors?.contributions?.[i];
          const row = agreement.contributions[i];
          const timeBased = row ? TIME_BASED_CONTRIBUTIONS.has(row.kind) : false;
          const n = (f: string) => `agreement.contributions.${i}.${f}`;
          return (
            <fieldset key={field.key} className="card">
              <legend>{t('agreement.contributionN', { n: i + 1 })}</legend>
              <div className="grid">
                <SelectField
                  name={n('partnerId')}
                  label={t('agreement.contribution.partner')}
                  placeholder={t('form.choose')}
                  required
                  options={partners.map((p) => ({ value: p.id, label: p.label }))}
                  registration={register(`agreement.contributions.${i}.partnerId`)}
                  error={e?.partnerId}
                />
                <SelectField
                  name={n('kind')}
                  label={t('agreement.contribution.kind')}
                  required
                  options={CONTRIBUTION_KINDS.map((k) => ({ value: k, label: t(`contributionKind.${k}`) }))}
                  registration={register(`agreement.contributions.${i}.kind`)}
                  error={e?.kind}
                />
                <TextField
                  name={n('description')}
                  label={t('agreement.contribution.description')}
                  registration={register(`agreement.contributions.${i}.description`)}
                  error={e?.description}
                />
                {timeBased ? (
                  <>
                    <TextField
                      name={n('days')}
                      label={t('agreement.contribution.days')}
                      required
                      registration={withAmountDisplay(
                        register(`agreement.contributions.${i}.days`, amountOptions),
                        locale,
                        {
                          money: false,
                        },
                      )}
                      error={e?.days}
                    />
                    <TextField
                      name={n('dailyRate')}
                      label={`${t('agreement.contribution.dailyRate')} (${agreement.currency})`}
                      required
                      registration={withAmountDisplay(
                        register(`agreement.contributions.${i}.dailyRate`, amountOptions),
                        locale,
                      )}
                      error={e?.dailyRate}
                    />
                  </>
                ) : (
                  <TextField
                    name={n('amount')}
                    label={`${t('agreement.contribution.amount')} (${agreement.currency})`}
                    required
                    registration={withAmountDisplay(
                      register(`agreement.contributions.${i}.amount`, amountOptions),
                      locale,
                    )}
                    error={e?.amount}
                  />
                )}
              </div>
              {row && contributionValue(row) !== null && timeBased && (
                <p className="field__hint">{money(contributionValue(row) ?? 0)}</p>
              )}
              <button type="button" className="button button--link" onClick={() => contributions.remove(i)}>
                {t('agreement.contribution.remove', { n: i + 1 })}
              </button>
            </fieldset>
          );
        })}
        <RemovedRowNotice list={contributions} text={(v) => t('agreement.contribution.removed', v)} />
        <button
          ref={contributions.addButton}
          type="button"
          className="button button--secondary"
          onClick={() =>
            contributions.add({
              id: newId(),
              partnerId: partners[0]?.id ?? '',
              kind: 'money',
              description: '',
              amount: null,
              days: null,
              dailyRate: null,
            })
          }
        >
          {t('agreement.contribution.add')}
        </button>
      </fieldset>

      {plan.contributions > 0 && (
        <section aria-labelledby="contributions-totals" className="panel">
          <h4 id="contributions-totals">{t('agreement.totals')}</h4>
          <ul>
            {plan.byPartner
              .filter((p) => p.total > 0)
              .map((p) => (
                <li key={p.partnerId}>
                  {t('agreement.totalOf', {
                    name: partners.find((x) => x.id === p.partnerId)?.label ?? '',
                    amount: money(p.total),
                  })}
                </li>
              ))}
          </ul>
          <p>
            <strong>{t('agreement.total', { amount: money(plan.contributions) })}</strong>
          </p>
        </section>
      )}

      <fieldset className="group">
        <legend>{t('agreement.funding')}</legend>
        <p className="field__hint">{t('agreement.fundingHint')}</p>
        {sources.fields.map((field, i) => {
          const e = errors?.fundingSources?.[i];
          const n = (f: string) => `agreement.fundingSources.${i}.${f}`;
          return (
            <fieldset key={field.key} className="card">
              <legend>{t('agreement.fundingN', { n: i + 1 })}</legend>
              <div className="grid">
                <TextField
                  name={n('name')}
                  label={t('agreement.funding.name')}
                  required
                  registration={register(`agreement.fundingSources.${i}.name`)}
                  error={e?.name}
                />
                <TextField
                  name={n('amount')}
                  label={`${t('agreement.funding.amount')} (${agreement.currency})`}
                  registration={withAmountDisplay(
                    register(`agreement.fundingSources.${i}.amount`, amountOptions),
                    locale,
                  )}
                  error={e?.amount}
                />
                <SelectField
                  name={n('status')}
                  label={t('agreement.funding.status')}
                  options={FUNDING_STATUSES.map((s) => ({ value: s, label: t(`fundingStatus.${s}`) }))}
                  registration={register(`agreement.fundingSources.${i}.status`)}
                  error={e?.status}
                />
              </div>
              <button type="button" className="button button--link" onClick={() => sources.remove(i)}>
                {t('agreement.funding.remove', { n: i + 1 })}
              </button>
            </fieldset>
          );
        })}
        <RemovedRowNotice list={sources} text={(v) => t('agreement.funding.removed', v)} />
        <button
          ref={sources.addButton}
          type="button"
          className="button button--secondary"
          onClick={() => sources.add({ id: newId(), name: '', amount: null, status: 'sought' })}
        >
          {t('agreement.funding.add')}
        </button>
      </fieldset>

      {/* A live region there before anything is said: one created with its text is not read by every screen reader. */}
      <div role="status">
        {issues.length > 0 && (
          <div className="panel panel--warning">
            {issues.map((issue) => (
              <p key={issue.kind}>{describeFundingIssue(issue, t, money)}</p>
            ))}
          </div>
        )}
      </div>
    </Disclosure>
  );
}
