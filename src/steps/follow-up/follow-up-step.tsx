import { REVIEW_FREQUENCIES } from '../../content/catalogues';
import { SelectField, TextField } from '../../components/form/controls';
import { LaterPart } from '../../components/form/later-part';
import { useI18n } from '../../i18n/i18n-provider';
import { newId } from '../../lib/ids';
import { StepFrame } from '../common/step-frame';
import { usePartners } from '../common/use-partners';
import { useRowList } from '../../components/form/use-row-list';
import { RemovedRowNotice } from '../../components/form/removed-row-notice';
import { useStepForm } from '../common/use-step-form';

const toMonths = (v: unknown) => (v === '' || v === null || v === undefined ? null : Number(v));

export function FollowUpStep() {
  const { t } = useI18n();
  const { form, submit, back, failedSubmits } = useStepForm('followUp');
  const { register, control, formState } = form;
  const { errors } = formState;
  const partners = usePartners();
  const milestones = useRowList(control, 'milestones', 'date', 'title');
  const indicators = useRowList(control, 'indicators', 'name', 'name');
  const partnerOptions = partners.map((p) => ({ value: p.id, label: p.label }));

  return (
    <StepFrame
      title={t('step.followUp')}
      intro={t('followUp.intro')}
      onSubmit={submit}
      onBack={back}
      errors={errors}
      failedSubmits={failedSubmits}
    >
      <div className="grid">
        <TextField
          name="startDate"
          label={t('followUp.startDate')}
          type="date"
          required
          registration={register('startDate')}
          error={errors.startDate}
        />
        <TextField
          name="endDate"
          label={t('followUp.endDate')}
          hint={t('followUp.endOrDurationHint')}
          type="date"
          registration={register('endDate')}
          error={errors.endDate}
        />
        <TextField
          name="durationMonths"
          label={t('followUp.durationMonths')}
          type="number"
          registration={register('durationMonths', { setValueAs: toMonths })}
          error={errors.durationMonths}
        />
        <SelectField
          name="reviewFrequency"
          label={t('followUp.reviewFrequency')}
          required
          placeholder={t('form.choose')}
          options={REVIEW_FREQUENCIES.map((f) => ({ value: f, label: t(`reviewFrequency.${f}`) }))}
          registration={register('reviewFrequency')}
          error={errors.reviewFrequency}
        />
      </div>

      <fieldset className="group">
        <legend>{t('followUp.milestones')}</legend>
        <p className="field__hint">{t('followUp.milestonesHint')}</p>
        {milestones.fields.map((field, i) => {
          const e = errors.milestones?.[i];
          const n = (f: string) => `milestones.${i}.${f}`;
          return (
            <fieldset key={field.key} className="card card--row">
              <legend>{t('followUp.milestoneN', { n: i + 1 })}</legend>
              <div className="grid">
                <TextField
                  name={n('date')}
                  label={t('followUp.milestoneDate')}
                  type="date"
                  required
                  registration={register(`milestones.${i}.date`)}
                  error={e?.date}
                />
                <TextField
                  name={n('title')}
                  label={t('followUp.milestoneTitle')}
                  required
                  registration={register(`milestones.${i}.title`)}
                  error={e?.title}
                />
                <SelectField
                  name={n('partnerId')}
                  label={t('followUp.milestonePartner')}
                  placeholder={t('followUp.allPartners')}
                  options={partnerOptions}
                  registration={register(`milestones.${i}.partnerId`)}
                  error={e?.partnerId}
                />
              </div>
              <button type="button" className="button button--link" onClick={() => milestones.remove(i)}>
                {t('followUp.removeMilestone', { n: i + 1 })}
              </button>
            </fieldset>
          );
        })}
        <RemovedRowNotice list={milestones} text={(v) => t('followUp.milestoneRemoved', v)} />
        <button
          ref={milestones.addButton}
          type="button"
          className="button button--secondary"
          onClick={() => milestones.add({ id: newId(), date: '', title: '', partnerId: '' })}
        >
          {t('followUp.addMilestone')}
        </button>
      </fieldset>

      {/* Below the dates and milestones: drawn once they are painted (components/form/later-part.tsx). */}
      <LaterPart>
        <fieldset className="group">
          <legend>{t('followUp.indicators')}</legend>
          {indicators.fields.map((field, i) => {
            const e = errors.indicators?.[i];
            const n = (f: string) => `indicators.${i}.${f}`;
            return (
              <fieldset key={field.key} className="card card--row">
                <legend>{t('followUp.indicatorN', { n: i + 1 })}</legend>
                <div className="grid">
                  <TextField
                    name={n('name')}
                    label={t('followUp.indicatorName')}
                    required
                    registration={register(`indicators.${i}.name`)}
                    error={e?.name}
                  />
                  <TextField
                    name={n('target')}
                    label={t('followUp.indicatorTarget')}
                    required
                    registration={register(`indicators.${i}.target`)}
                    error={e?.target}
                  />
                </div>
                <button type="button" className="button button--link" onClick={() => indicators.remove(i)}>
                  {t('followUp.removeIndicator', { n: i + 1 })}
                </button>
              </fieldset>
            );
          })}
          <RemovedRowNotice list={indicators} text={(v) => t('followUp.indicatorRemoved', v)} />
          <button
            ref={indicators.addButton}
            type="button"
            className="button button--secondary"
            onClick={() => indicators.add({ id: newId(), name: '', target: '' })}
          >
            {t('followUp.addIndicator')}
          </button>
        </fieldset>

        <TextField
          name="difficultyProcess"
          label={t('followUp.difficultyProcess')}
          hint={t('followUp.difficultyProcessHint')}
          multiline
          required
          registration={register('difficultyProcess')}
          error={errors.difficultyProcess}
        />
      </LaterPart>
    </StepFrame>
  );
}
