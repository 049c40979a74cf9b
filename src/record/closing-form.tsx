import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { ChoiceGroup } from '../components/form/choice-group';
import { TextField } from '../components/form/controls';
import { ErrorSummary } from '../components/form/error-summary';
import { useI18n } from '../i18n/i18n-provider';
import type { MessageKey } from '../i18n/i18n';
import { isDecidedTogether } from '../domain/record-new';
import type { DraftProject } from '../schemas/project.schema';
import { CLOSING_DECISIONS, closingSchema, draftClosingSchema, type Closing } from '../schemas/record.schema';
import { draftBy, DraftControls, type DraftFormProps, useDraftAutosave } from './use-draft-autosave';

/**
 * The end of term: results and impacts against what each partner expected and for the
 * South, lessons, and the decision taken together — renew, grow, replicate elsewhere or
 * close — with what the charter's exit clause says beside it.
 */
export function ClosingForm({
  project,
  initial,
  onSubmit,
  onDraft,
  fromDraft = false,
  onDiscard,
  onCancel,
}: DraftFormProps<Closing> & {
  project: DraftProject;
}) {
  const { t } = useI18n();
  // The closing ends the record's follow-up: checked, then confirmed before it is saved.
  const [toConfirm, setToConfirm] = useState<Closing | null>(null);
  // Failed saves: the error summary shows from the first one, as in the wizard's steps.
  const [failedSubmits, setFailedSubmits] = useState(0);
  const form = useForm<Closing, unknown, Closing>({
    resolver: zodResolver(closingSchema),
    defaultValues: initial,
  });
  const draft = useDraftAutosave(form, draftBy(draftClosingSchema), onDraft, fromDraft);
  const { register } = form;
  const errors = form.formState.errors;
  const decision = useWatch({ control: form.control, name: 'decision' });
  const partnerName = (id: string) => project.partners.partners.find((p) => p.id === id)?.name || id;
  return (
    <form
      className="record-form"
      noValidate
      aria-labelledby="closing-title"
      onSubmit={form.handleSubmit(
        (data) => {
          if (!isDecidedTogether(project, data)) {
            form.setError('agreedBy', { message: 'record.closing.agreedByAll' }, { shouldFocus: true });
            setFailedSubmits((n) => n + 1);
            return;
          }
          setToConfirm(data);
        },
        () => setFailedSubmits((n) => n + 1),
      )}
    >
      <h2 id="closing-title">{t('record.doc.closingTitle')}</h2>
      <p className="field__hint">{t('record.closing.guideNote')}</p>
      <ErrorSummary errors={errors} failedSubmits={failedSubmits} />
      <TextField
        name="date"
        label={t('record.doc.date')}
        type="date"
        required
        registration={register('date')}
        error={errors.date}
      />
      <section className="record-section" aria-labelledby="closing-partners">
        <h3 id="closing-partners">{t('record.doc.byPartner')}</h3>
        <div className="record-side-by-side">
          {initial.byPartner.map((e, i) => (
            <fieldset key={e.partnerId} className="card">
              <legend>{partnerName(e.partnerId)}</legend>
              <TextField
                name={`byPartner.${i}.expected`}
                label={t('record.closing.expected')}
                multiline
                registration={register(`byPartner.${i}.expected`)}
              />
              <TextField
                name={`byPartner.${i}.results`}
                label={t('record.closing.results')}
                multiline
                required
                registration={register(`byPartner.${i}.results`)}
                error={errors.byPartner?.[i]?.results}
              />
              <TextField
                name={`byPartner.${i}.impacts`}
                label={t('record.closing.impacts')}
                multiline
                registration={register(`byPartner.${i}.impacts`)}
              />
            </fieldset>
          ))}
        </div>
      </section>
      <fieldset className="card">
        <legend>{t('record.doc.south')}</legend>
        <TextField
          name="southExpected"
          label={t('record.closing.expected')}
          multiline
          registration={register('southExpected')}
        />
        <TextField
          name="southResults"
          label={t('record.closing.results')}
          multiline
          required
          registration={register('southResults')}
          error={errors.southResults}
        />
      </fieldset>
      <TextField
        name="lessons"
        label={t('record.closing.lessons')}
        multiline
        required
        registration={register('lessons')}
        error={errors.lessons}
      />
      <ChoiceGroup
        name="decision"
        legend={t('record.closing.decision')}
        type="radio"
        required
        options={CLOSING_DECISIONS.map((d) => ({ value: d, label: t(`record.decision.${d}` as MessageKey) }))}
        registration={register('decision')}
        error={errors.decision}
      />
      {decision === 'replicate' && (
        <TextField
          name="replicateWhere"
          label={t('record.closing.replicateWhere')}
          registration={register('replicateWhere')}
        />
      )}
      <TextField
        name="decisionDetails"
        label={t('record.closing.details')}
        multiline
        registration={register('decisionDetails')}
      />
      <section className="record-section" aria-labelledby="closing-end">
        <h3 id="closing-end">{t('record.doc.termination')}</h3>
        <p>
          <strong>{t('record.doc.exitClause')}</strong> {project.framework.exit || t('record.doc.none')}
        </p>
        <TextField
          name="sharedResults"
          label={t('record.closing.sharedResults')}
          multiline
          registration={register('sharedResults')}
        />
        <TextField name="money" label={t('record.closing.money')} multiline registration={register('money')} />
        <TextField
          name="communication"
          label={t('record.closing.communication')}
          multiline
          registration={register('communication')}
        />
      </section>
      <ChoiceGroup
        name="agreedBy"
        legend={t('record.closing.agreedBy')}
        type="checkbox"
        options={project.partners.partners.map((p) => ({ value: p.id, label: p.name }))}
        registration={register('agreedBy')}
        error={errors.agreedBy}
      />
      {toConfirm && (
        <div className="panel panel--warning" role="alert">
          <p>{t('record.closing.confirm')}</p>
          <div className="actions">
            <button type="button" className="button button--secondary" onClick={() => setToConfirm(null)}>
              {t('record.closing.confirmBack')}
            </button>
            <button
              type="button"
              className="button button--primary"
              onClick={() => {
                draft.held();
                onSubmit(toConfirm);
              }}
            >
              {t('record.closing.confirmSave')}
            </button>
          </div>
        </div>
      )}
      <DraftControls draft={draft} onDiscard={onDiscard} />
      <div className="actions">
        {onCancel && (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('record.ui.back')}
          </button>
        )}
        <button type="submit" className="button button--primary">
          {t('record.ui.saveClosing')}
        </button>
      </div>
    </form>
  );
}
