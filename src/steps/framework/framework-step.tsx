import { LOGO_USES } from '../../content/catalogues';
import { SelectField, TextField } from '../../components/form/controls';
import { useI18n } from '../../i18n/i18n-provider';
import { StepFrame } from '../common/step-frame';
import { usePartners } from '../common/use-partners';
import { useStepForm } from '../common/use-step-form';
import { WrittenCard } from '../common/written-card';
import { ClausesSection } from './clauses-section';
import { ContributionsSection } from './contributions-section';

export function FrameworkStep() {
  const { t } = useI18n();
  const { form, submit, back, failedSubmits } = useStepForm('framework');
  const { register, formState, getValues, control } = form;
  const { errors } = formState;
  const partners = usePartners();
  const roles = getValues('roles');

  return (
    <StepFrame
      title={t('step.framework')}
      intro={t('framework.intro')}
      onSubmit={submit}
      onBack={back}
      errors={errors}
      failedSubmits={failedSubmits}
    >
      <TextField
        name="purpose"
        label={t('framework.purpose')}
        hint={t('framework.purposeHint')}
        multiline
        required
        registration={register('purpose')}
        error={errors.purpose}
      />
      {roles.map((role, i) => {
        const name = partners.find((p) => p.id === role.partnerId)?.label ?? '';
        const e = errors.roles?.[i];
        const n = (f: string) => `roles.${i}.${f}`;
        return (
          <WrittenCard
            key={role.partnerId}
            control={control}
            field={`roles.${i}.role`}
            legend={t('framework.roleOf', { name })}
            partnerName={name}
            hasError={e !== undefined}
          >
            <TextField
              name={n('role')}
              label={t('framework.role')}
              multiline
              required
              registration={register(`roles.${i}.role`)}
              error={e?.role}
            />
            <TextField
              name={n('commitments')}
              label={t('framework.commitments')}
              multiline
              required
              registration={register(`roles.${i}.commitments`)}
              error={e?.commitments}
            />
            <div className="grid">
              <TextField
                name={n('money')}
                label={t('framework.money')}
                hint={t('framework.moneyHint')}
                registration={register(`roles.${i}.money`)}
                error={e?.money}
              />
              <TextField
                name={n('staffTime')}
                label={t('framework.staffTime')}
                hint={t('framework.staffTimeHint')}
                registration={register(`roles.${i}.staffTime`)}
                error={e?.staffTime}
              />
              <TextField
                name={n('goods')}
                label={t('framework.goods')}
                registration={register(`roles.${i}.goods`)}
                error={e?.goods}
              />
              <TextField
                name={n('expertise')}
                label={t('framework.expertise')}
                registration={register(`roles.${i}.expertise`)}
                error={e?.expertise}
              />
              <TextField
                name={n('validatedBy')}
                label={t('framework.validatedBy')}
                hint={t('framework.validatedByHint')}
                required
                registration={register(`roles.${i}.validatedBy`)}
                error={e?.validatedBy}
              />
              <TextField
                name={n('validationDate')}
                label={t('framework.validationDate')}
                type="date"
                registration={register(`roles.${i}.validationDate`)}
                error={e?.validationDate}
              />
            </div>
          </WrittenCard>
        );
      })}
      <ContributionsSection control={control} register={register} errors={errors.agreement} partners={partners} />
      <TextField
        name="governance"
        label={t('framework.governance')}
        hint={t('framework.governanceHint')}
        multiline
        required
        registration={register('governance')}
        error={errors.governance}
      />
      <TextField
        name="steeringCommittee"
        label={t('framework.steeringCommittee')}
        multiline
        registration={register('steeringCommittee')}
        error={errors.steeringCommittee}
      />
      <TextField
        name="communication"
        label={t('framework.communication')}
        hint={t('framework.communicationHint')}
        multiline
        required
        registration={register('communication')}
        error={errors.communication}
      />
      <SelectField
        name="logoUse"
        label={t('framework.logoUse')}
        placeholder={t('form.choose')}
        options={LOGO_USES.map((l) => ({ value: l, label: t(`logoUse.${l}`) }))}
        registration={register('logoUse')}
        error={errors.logoUse}
      />
      <TextField
        name="confidentiality"
        label={t('framework.confidentiality')}
        multiline
        required
        registration={register('confidentiality')}
        error={errors.confidentiality}
      />
      <TextField
        name="amendment"
        label={t('framework.amendment')}
        multiline
        required
        registration={register('amendment')}
        error={errors.amendment}
      />
      <TextField
        name="exit"
        label={t('framework.exit')}
        hint={t('framework.exitHint')}
        multiline
        required
        registration={register('exit')}
        error={errors.exit}
      />
      <ClausesSection form={form} errors={errors.agreement} />
    </StepFrame>
  );
}
