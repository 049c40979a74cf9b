import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, type FieldErrors } from 'react-hook-form';
import { useRowList } from '../components/form/use-row-list';
import { RemovedRowNotice } from '../components/form/removed-row-notice';
import { ChoiceGroup } from '../components/form/choice-group';
import { SelectField, TextField } from '../components/form/controls';
import { ErrorSummary } from '../components/form/error-summary';
import { useI18n } from '../i18n/i18n-provider';
import type { MessageKey } from '../i18n/i18n';
import { RISK_STATUSES } from '../content/catalogues';
import { newId } from '../lib/ids';
import type { z } from '../lib/zod';
import type { DraftProject } from '../schemas/project.schema';
import { MILESTONE_PROGRESS, draftReviewSchema, reviewSchema, type Review } from '../schemas/record.schema';
import { draftBy, DraftControls, type DraftFormProps, useDraftAutosave } from './use-draft-autosave';

const SCALE = [1, 2, 3, 4] as const;

/**
 * A review (bilan): progress on each milestone, each indicator's value against its
 * baseline and target, each risk's new status and score, each partner's own view side by
 * side, what went well, difficulties, decisions and actions with owners and dates.
 * `project` is the text in force (consolidated).
 */
export function ReviewForm({
  project,
  initial,
  onSubmit,
  onDraft,
  fromDraft = false,
  onDiscard,
  onCancel,
}: DraftFormProps<Review> & {
  project: DraftProject;
}) {
  const { t } = useI18n();
  const form = useForm<z.input<typeof reviewSchema>, unknown, Review>({
    resolver: zodResolver(reviewSchema),
    defaultValues: initial,
    mode: 'onSubmit',
  });
  const draft = useDraftAutosave(form, draftBy(draftReviewSchema), onDraft, fromDraft);
  const { register, formState } = form;
  const actions = useRowList(form.control, 'actions', 'text', 'text');
  const [failedSubmits, setFailedSubmits] = useState(0);
  // The action rows a submit has checked (by their field-array key). After a failed submit,
  // react-hook-form revalidates on every change, a row added since included: its empty
  // fields would show as wrong before the user typed in them. Such a row shows its errors
  // from the next submit, which checks every row as before.
  const [checkedRows, setCheckedRows] = useState<ReadonlySet<string>>(() => new Set());
  const errors = withoutUncheckedRows(
    formState.errors,
    actions.fields.map((f) => f.key),
    checkedRows,
  );
  const submit = form.handleSubmit(
    (data) => {
      draft.held();
      onSubmit(data);
    },
    () => setFailedSubmits((n) => n + 1),
  );
  const partners = project.partners.partners;
  const partnerName = (id: string) => partners.find((p) => p.id === id)?.name || id;
  const partnerOptions = [
    { value: '', label: t('record.doc.everyone') },
    ...partners.map((p) => ({ value: p.id, label: p.name })),
  ];
  const scale = SCALE.map((n) => ({ value: n, label: `${n} — ${t(`riskScale.${n}` as MessageKey)}` }));

  return (
    <form
      className="record-form"
      noValidate
      aria-labelledby="review-title"
      onSubmit={(event) => {
        setCheckedRows(new Set(actions.fields.map((f) => f.key)));
        return submit(event);
      }}
    >
      <h2 id="review-title">{t('record.doc.reviewTitle', { n: initial.number })}</h2>
      <p className="field__hint">{t('record.ui.reviewIntro')}</p>
      <ErrorSummary errors={errors} failedSubmits={failedSubmits} />

      <TextField
        name="date"
        label={t('record.doc.date')}
        type="date"
        required
        registration={register('date')}
        error={errors.date}
      />
      <ChoiceGroup
        name="partnerIds"
        legend={t('record.doc.partnersPresent')}
        type="checkbox"
        options={partners.map((p) => ({ value: p.id, label: p.name }))}
        registration={register('partnerIds')}
      />
      <TextField
        name="participants"
        label={t('record.participants')}
        hint={t('record.ui.participantsHint')}
        multiline
        required
        registration={register('participants')}
        error={errors.participants}
      />

      <section className="record-section" aria-labelledby="review-views">
        <h3 id="review-views">{t('record.doc.views')}</h3>
        <p className="field__hint">{t('record.ui.viewsHint')}</p>
        <div className="record-side-by-side">
          {initial.views.map((v, i) => (
            <fieldset key={v.partnerId} className="card">
              <legend>{partnerName(v.partnerId)}</legend>
              <TextField
                name={`views.${i}.wentWell`}
                label={t('record.wentWell')}
                multiline
                registration={register(`views.${i}.wentWell`)}
              />
              <TextField
                name={`views.${i}.difficulties`}
                label={t('record.difficulties')}
                multiline
                registration={register(`views.${i}.difficulties`)}
              />
              <TextField
                name={`views.${i}.proposals`}
                label={t('record.proposals')}
                multiline
                registration={register(`views.${i}.proposals`)}
              />
            </fieldset>
          ))}
        </div>
      </section>

      {initial.milestones.length > 0 && (
        <section className="record-section" aria-labelledby="review-milestones">
          <h3 id="review-milestones">{t('record.doc.milestones')}</h3>
          {initial.milestones.map((m, i) => {
            const milestone = project.followUp.milestones.find((x) => x.id === m.milestoneId);
            return (
              <fieldset key={m.milestoneId} className="card">
                <legend>{milestone?.title || m.milestoneId}</legend>
                <SelectField
                  name={`milestones.${i}.status`}
                  label={t('record.doc.progress')}
                  options={MILESTONE_PROGRESS.map((s) => ({
                    value: s,
                    label: t(`record.progress.${s}` as MessageKey),
                  }))}
                  registration={register(`milestones.${i}.status`)}
                  error={errors.milestones?.[i]?.status}
                />
                <TextField
                  name={`milestones.${i}.comment`}
                  label={t('record.doc.comment')}
                  registration={register(`milestones.${i}.comment`)}
                />
              </fieldset>
            );
          })}
        </section>
      )}

      {initial.indicators.length > 0 && (
        <section className="record-section" aria-labelledby="review-indicators">
          <h3 id="review-indicators">{t('record.doc.indicators')}</h3>
          {initial.indicators.map((x, i) => {
            const indicator = project.followUp.indicators.find((k) => k.id === x.indicatorId);
            return (
              <fieldset key={x.indicatorId} className="card">
                <legend>{indicator?.name || x.indicatorId}</legend>
                <p className="field__hint">{t('record.ui.target', { target: indicator?.target ?? '' })}</p>
                <TextField
                  name={`indicators.${i}.baseline`}
                  label={t('record.doc.baseline')}
                  registration={register(`indicators.${i}.baseline`)}
                />
                <TextField
                  name={`indicators.${i}.actual`}
                  label={t('record.doc.actual')}
                  required
                  registration={register(`indicators.${i}.actual`)}
                  error={errors.indicators?.[i]?.actual}
                />
                <TextField
                  name={`indicators.${i}.comment`}
                  label={t('record.doc.comment')}
                  registration={register(`indicators.${i}.comment`)}
                />
              </fieldset>
            );
          })}
        </section>
      )}

      {initial.risks.length > 0 && (
        <section className="record-section" aria-labelledby="review-risks">
          <h3 id="review-risks">{t('record.doc.risks')}</h3>
          {initial.risks.map((r, i) => {
            const risk = project.impacts.risks.find((k) => k.id === r.riskId);
            return (
              <fieldset key={r.riskId} className="card">
                <legend>{risk?.title || r.riskId}</legend>
                <SelectField
                  name={`risks.${i}.status`}
                  label={t('doc.risks.status')}
                  options={RISK_STATUSES.map((s) => ({ value: s, label: t(`riskStatus.${s}` as MessageKey) }))}
                  registration={register(`risks.${i}.status`)}
                />
                <SelectField
                  name={`risks.${i}.likelihood`}
                  label={t('doc.risks.likelihood')}
                  options={scale}
                  registration={register(`risks.${i}.likelihood`, { valueAsNumber: true })}
                />
                <SelectField
                  name={`risks.${i}.severity`}
                  label={t('doc.risks.severity')}
                  options={scale}
                  registration={register(`risks.${i}.severity`, { valueAsNumber: true })}
                />
                <TextField
                  name={`risks.${i}.nextReviewDate`}
                  label={t('record.doc.nextReview')}
                  type="date"
                  registration={register(`risks.${i}.nextReviewDate`)}
                  error={errors.risks?.[i]?.nextReviewDate}
                />
                <TextField
                  name={`risks.${i}.comment`}
                  label={t('record.doc.comment')}
                  registration={register(`risks.${i}.comment`)}
                />
              </fieldset>
            );
          })}
        </section>
      )}

      <section className="record-section" aria-labelledby="review-together">
        <h3 id="review-together">{t('record.ui.together')}</h3>
        <TextField name="wentWell" label={t('record.wentWell')} multiline registration={register('wentWell')} />
        <TextField
          name="difficulties"
          label={t('record.difficulties')}
          hint={t('record.ui.difficultiesHint')}
          multiline
          registration={register('difficulties')}
        />
        <TextField name="decisions" label={t('record.decisions')} multiline registration={register('decisions')} />
      </section>

      <section className="record-section" aria-labelledby="review-actions">
        <h3 id="review-actions">{t('record.doc.actions')}</h3>
        {actions.fields.map((a, i) => (
          <fieldset key={a.key} className="card">
            <legend>{t('record.ui.actionN', { n: i + 1 })}</legend>
            <TextField
              name={`actions.${i}.text`}
              label={t('record.doc.action')}
              required
              registration={register(`actions.${i}.text`)}
              error={errors.actions?.[i]?.text}
            />
            <SelectField
              name={`actions.${i}.ownerId`}
              label={t('doc.risks.owner')}
              options={partnerOptions}
              registration={register(`actions.${i}.ownerId`)}
            />
            <TextField
              name={`actions.${i}.dueDate`}
              label={t('record.doc.due')}
              type="date"
              required
              registration={register(`actions.${i}.dueDate`)}
              error={errors.actions?.[i]?.dueDate}
            />
            <button type="button" className="button button--link" onClick={() => actions.remove(i)}>
              {t('record.ui.removeAction', { n: i + 1 })}
            </button>
          </fieldset>
        ))}
        <RemovedRowNotice list={actions} text={(v) => t('record.ui.actionRemoved', v)} />
        <button
          ref={actions.addButton}
          type="button"
          className="button button--secondary"
          onClick={() => actions.add({ id: newId(), text: '', ownerId: '', dueDate: '', done: false })}
        >
          {t('record.ui.addAction')}
        </button>
      </section>

      <DraftControls draft={draft} onDiscard={onDiscard} />
      <div className="actions">
        {onCancel && (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('record.ui.back')}
          </button>
        )}
        <button type="submit" className="button button--primary">
          {t('record.ui.saveReview')}
        </button>
      </div>
    </form>
  );
}

/** The form's errors without those of action rows no submit has checked yet. */
function withoutUncheckedRows<T extends { actions?: unknown }>(
  errors: FieldErrors<T>,
  rowKeys: readonly string[],
  checked: ReadonlySet<string>,
): FieldErrors<T> {
  const rows = errors.actions;
  if (!Array.isArray(rows) || rowKeys.every((key) => checked.has(key))) return errors;
  const kept = rows.map((row, i) => (checked.has(rowKeys[i] ?? '') ? row : undefined));
  return { ...errors, actions: kept.some(Boolean) ? kept : undefined };
}
