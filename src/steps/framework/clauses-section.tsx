import { fieldId } from '../../components/form/field-ids';
import type { ReactNode } from 'react';
import { useWatch, type FieldErrors, type UseFormReturn } from 'react-hook-form';
import { useRowList } from '../../components/form/use-row-list';
import { RemovedRowNotice } from '../../components/form/removed-row-notice';
import {
  CLAUSES,
  DATA_CONTROLLERS,
  DECISION_RULES,
  DISPUTE_FORUMS,
  ENTRY_INTO_FORCE,
  IP_FOREGROUND,
  RENEWAL_KINDS,
  type ClauseDefinition,
  type ClauseId,
} from '../../content/clauses';
import { ChoiceGroup } from '../../components/form/choice-group';
import { SelectField, TextField } from '../../components/form/controls';
import { Disclosure } from '../../components/ui/disclosure';
import { dateIssues, openDateIssues } from '../../domain/agreement-checks';
import { partnershipEnd } from '../../domain/schedule';
import { describeDateIssue, periodText } from '../../document/agreement-text';
import { suggestedWording } from '../../document/agreement-articles';
import { modelContext } from '../../document/model-helpers';
import { useRequestedOpen } from '../../components/form/focus-request';
import { FUNDING_FIELDS } from './contributions-section';
import { SourceLine } from '../../guide-ui/source-line';
import { useI18n } from '../../i18n/i18n-provider';
import { newId } from '../../lib/ids';
import { WizardContext } from '../../machine/wizard.context';
import { selectProject } from '../../machine/wizard.selectors';
import type { Agreement } from '../../schemas/agreement.schema';
import type { StepData } from '../../schemas/project.schema';
import { parseAmount } from './amount-input';

type FrameworkData = StepData<'framework'>;
type Form = UseFormReturn<FrameworkData>;

interface Props {
  form: Form;
  errors: FieldErrors<Agreement> | undefined;
}

/**
 * Whether dates set at step 4 contradict each other and wait for the partners' word: the
 * term clause (and the section holding it) then opens by itself, showing the confirmation.
 */
function useDatesToConfirm(form: Form): boolean {
  const followUp = WizardContext.useSelector((s) => s.context.project.followUp);
  const confirmed = useWatch({ control: form.control, name: 'agreement.confirmedDateIssues' }) ?? [];
  return openDateIssues(followUp, confirmed).some((i) => i.confirmable);
}

/**
 * The clauses of the convention, one folded section each: what it is for in plain words,
 * its settings, and the choice between Cocharte's wording (shown), the partners' own text
 * or — for an optional clause — leaving it out.
 */
export function ClausesSection({ form, errors }: Props) {
  const { t } = useI18n();
  // Sent from the review to a field of the agreement outside the funding plan: open.
  const [open, setOpen] = useRequestedOpen(
    Object.keys(form.getValues('agreement'))
      .filter((k) => !FUNDING_FIELDS.includes(k))
      .map((k) => `agreement.${k}`),
  );
  const datesToConfirm = useDatesToConfirm(form);
  const { register } = form;
  const annexes = useRowList(form.control, 'agreement.annexes', 'title', 'title');
  const hasErrors = errors !== undefined && Object.keys(errors).some((k) => !FUNDING_FIELDS.includes(k));

  return (
    <Disclosure
      title={t('agreement.section.clauses')}
      level={3}
      open={open || hasErrors || datesToConfirm}
      onToggle={setOpen}
    >
      <p className="field__hint">{t('agreement.clausesIntro')}</p>
      {CLAUSES.map((clause) => (
        <ClauseEditor
          key={clause.id}
          clause={clause}
          form={form}
          errors={errors}
          forceOpen={clause.id === 'term' && datesToConfirm}
        >
          <ClauseSettings id={clause.id} form={form} errors={errors} />
        </ClauseEditor>
      ))}

      <fieldset className="group">
        <legend>{t('agreement.annexes')}</legend>
        <p className="field__hint">{t('agreement.annexesHint')}</p>
        {annexes.fields.map((field, i) => (
          <div key={field.key} className="card">
            <TextField
              name={`agreement.annexes.${i}.title`}
              label={t('agreement.annexTitle', { n: i + 2 })}
              required
              registration={register(`agreement.annexes.${i}.title`)}
              error={errors?.annexes?.[i]?.title}
            />
            <button type="button" className="button button--link" onClick={() => annexes.remove(i)}>
              {t('agreement.annexRemove', { n: i + 2 })}
            </button>
          </div>
        ))}
        <RemovedRowNotice list={annexes} text={(v) => t('agreement.annexRemoved', { ...v, n: v.n + 1 })} />
        <button
          ref={annexes.addButton}
          type="button"
          className="button button--secondary"
          onClick={() => annexes.add({ id: newId(), title: '' })}
        >
          {t('agreement.annexAdd')}
        </button>
      </fieldset>

      <fieldset className="group">
        <legend>{t('agreement.signing')}</legend>
        <div className="grid">
          <TextField
            name="agreement.signingPlace"
            label={t('agreement.signingPlace')}
            registration={register('agreement.signingPlace')}
            error={errors?.signingPlace}
          />
          <TextField
            name="agreement.copies"
            label={t('agreement.copies')}
            hint={t('agreement.copiesHint')}
            registration={register('agreement.copies', { setValueAs: parseAmount })}
            error={errors?.copies}
          />
        </div>
      </fieldset>
    </Disclosure>
  );
}

function ClauseEditor({
  clause,
  form,
  errors,
  forceOpen,
  children,
}: {
  clause: ClauseDefinition;
  form: Form;
  errors: FieldErrors<Agreement> | undefined;
  /** Open whatever the user chose: it holds something that waits for the partners. */
  forceOpen: boolean;
  children: ReactNode;
}) {
  const { t, locale } = useI18n();
  const [open, setOpen] = useRequestedOpen([
    `agreement.clauses.${clause.id}`,
    ...(CLAUSE_SETTINGS[clause.id] ?? []).map((f) => `agreement.${f}`),
  ]);
  const project = WizardContext.useSelector(selectProject);
  const agreement = useWatch({ control: form.control, name: 'agreement' }) as Agreement;
  const { id } = clause;
  const mode = agreement.clauses[id].mode;
  const error = errors?.clauses?.[id]?.text;
  // The wording as it would print with the settings chosen so far, in the interface's language.
  const ctx = modelContext(
    { ...project, bilingualDocuments: false, framework: { ...project.framework, agreement } },
    t,
    locale,
  );
  const wording = suggestedWording(ctx, id, t);
  const title = clause.optional ? `${t(`clause.${id}.title`)} (${t('agreement.optional')})` : t(`clause.${id}.title`);
  const modes = clause.optional ? (['default', 'custom', 'omit'] as const) : (['default', 'custom'] as const);
  return (
    <Disclosure title={title} level={4} open={open || error !== undefined || forceOpen} onToggle={setOpen}>
      <p>
        <span>{t(`clause.${id}.explain`)}</span> <SourceLine source={clause.source} />
      </p>
      {children}
      <ChoiceGroup
        name={`agreement.clauses.${id}.mode`}
        type="radio"
        legend={t('agreement.mode.legend')}
        options={modes.map((m) => ({ value: m, label: t(`agreement.mode.${m}`) }))}
        registration={form.register(`agreement.clauses.${id}.mode`)}
      />
      {mode === 'default' && (
        <figure className="clause-preview">
          <figcaption>{t('agreement.preview')}</figcaption>
          <blockquote>{wording}</blockquote>
        </figure>
      )}
      {mode === 'custom' && (
        <>
          <TextField
            name={`agreement.clauses.${id}.text`}
            label={t('agreement.customText')}
            multiline
            required
            registration={form.register(`agreement.clauses.${id}.text`)}
            error={error}
          />
          <button
            type="button"
            className="button button--link"
            onClick={() => form.setValue(`agreement.clauses.${id}.text`, wording, { shouldDirty: true })}
          >
            {t('agreement.useSuggestion')}
          </button>
        </>
      )}
    </Disclosure>
  );
}

/** The few settings a clause's wording depends on. */
/** The agreement's fields each clause's settings hold (what ClauseSettings draws). */
const CLAUSE_SETTINGS: Partial<Record<ClauseId, readonly string[]>> = {
  term: ['entryIntoForce', 'renewal'],
  governance: ['decisionRule'],
  confidentiality: ['confidentialityYears'],
  personalData: ['dataController', 'dataTransfersOutsideEu'],
  intellectualProperty: ['ipForeground'],
  termination: ['noticeDays'],
  disputes: ['mediation', 'governingLaw', 'forum', 'venue'],
};

function ClauseSettings({
  id,
  form,
  errors,
}: {
  id: ClauseId;
  form: Form;
  errors: FieldErrors<Agreement> | undefined;
}) {
  const { t } = useI18n();
  const { register } = form;
  const select = (
    name: 'entryIntoForce' | 'renewal' | 'decisionRule' | 'dataController' | 'ipForeground' | 'forum',
    values: readonly string[],
  ) => (
    <SelectField
      name={`agreement.${name}`}
      label={t(`agreement.${name}`)}
      options={values.map((v) => ({ value: v, label: t(`agreement.${name}.${v}` as 'agreement.renewal.none') }))}
      registration={register(`agreement.${name}`)}
      error={errors?.[name]}
    />
  );
  const checkbox = (name: 'dataTransfersOutsideEu' | 'mediation', label: string) => (
    <label className="choice">
      <input type="checkbox" {...register(`agreement.${name}`)} />
      <span>{label}</span>
    </label>
  );
  switch (id) {
    case 'term':
      return (
        <>
          <TermDates form={form} />
          <div className="grid">
            {select('entryIntoForce', ENTRY_INTO_FORCE)}
            {select('renewal', RENEWAL_KINDS)}
          </div>
        </>
      );
    case 'governance':
      return select('decisionRule', DECISION_RULES);
    case 'confidentiality':
      return (
        <TextField
          name="agreement.confidentialityYears"
          label={t('agreement.confidentialityYears')}
          registration={register('agreement.confidentialityYears', { setValueAs: parseAmount })}
          error={errors?.confidentialityYears}
        />
      );
    case 'personalData':
      return (
        <>
          {select('dataController', DATA_CONTROLLERS)}
          {checkbox('dataTransfersOutsideEu', t('agreement.dataTransfers'))}
        </>
      );
    case 'intellectualProperty':
      return select('ipForeground', IP_FOREGROUND);
    case 'termination':
      return (
        <TextField
          name="agreement.noticeDays"
          label={t('agreement.noticeDays')}
          registration={register('agreement.noticeDays', { setValueAs: parseAmount })}
          error={errors?.noticeDays}
        />
      );
    case 'disputes':
      return (
        <>
          {checkbox('mediation', t('agreement.mediation'))}
          <div className="grid">
            <TextField
              name="agreement.governingLaw"
              label={t('agreement.governingLaw')}
              hint={t('agreement.governingLawHint')}
              registration={register('agreement.governingLaw')}
              error={errors?.governingLaw}
            />
            {select('forum', DISPUTE_FORUMS)}
            <TextField
              name="agreement.venue"
              label={t('agreement.venue')}
              hint={t('agreement.venueHint')}
              registration={register('agreement.venue')}
              error={errors?.venue}
            />
          </div>
        </>
      );
    case 'language':
      return <LanguageSetting form={form} />;
    default:
      return null;
  }
}

function LanguageSetting({ form }: { form: Form }) {
  const { t } = useI18n();
  const bilingual = WizardContext.useSelector((s) => s.context.project.bilingualDocuments === true);
  return (
    <>
      {!bilingual && <p className="field__hint">{t('agreement.languageOnlyBilingual')}</p>}
      <SelectField
        name="agreement.prevailingLanguage"
        label={t('agreement.prevailingLanguage')}
        options={[
          { value: '', label: t('agreement.prevailingLanguage.document') },
          { value: 'fr', label: t('agreement.prevailingLanguage.fr') },
          { value: 'en', label: t('agreement.prevailingLanguage.en') },
        ]}
        registration={form.register('agreement.prevailingLanguage')}
      />
    </>
  );
}

/**
 * The period as the follow-up step set it, its length computed from the dates, and any
 * contradiction between them — which the partners correct there or confirm here.
 */
function TermDates({ form }: { form: Form }) {
  const { t, locale, date } = useI18n();
  const followUp = WizardContext.useSelector((s) => s.context.project.followUp);
  const confirmed = useWatch({ control: form.control, name: 'agreement.confirmedDateIssues' }) ?? [];
  const end = partnershipEnd(followUp.startDate, followUp.endDate, followUp.durationMonths);
  const length = followUp.endDate
    ? periodText(t, followUp.startDate, followUp.endDate)
    : followUp.startDate && end
      ? periodText(t, followUp.startDate, end)
      : '';
  const issues = dateIssues(followUp);
  const confirmable = issues.filter((i) => i.confirmable).map((i) => i.id);
  const allConfirmed = confirmable.length > 0 && confirmable.every((id) => confirmed.includes(id));
  return (
    <>
      <p>
        {length
          ? t('agreement.period', { start: date(followUp.startDate), end: date(end), length })
          : t('agreement.periodUnknown')}
      </p>
      {/* A live region there before anything is said: one created with its text is not read by every screen reader. */}
      <div role="status">
        {issues.length > 0 && (
          <div className="panel panel--warning">
            <h5>{t('agreement.datesTitle')}</h5>
            <ul>
              {issues.map((issue) => (
                <li key={issue.id}>{describeDateIssue(issue, t, locale)}</li>
              ))}
            </ul>
            {confirmable.length > 0 && (
              <label className="choice">
                <input
                  id={fieldId('agreement.confirmedDateIssues')}
                  type="checkbox"
                  checked={allConfirmed}
                  onChange={(e) =>
                    form.setValue('agreement.confirmedDateIssues', e.target.checked ? confirmable : [], {
                      shouldDirty: true,
                    })
                  }
                />
                <span>{t('agreement.confirmDates')}</span>
              </label>
            )}
          </div>
        )}
      </div>
    </>
  );
}
