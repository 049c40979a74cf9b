import { SHARED_VALUES, TIME_HORIZONS } from '../../content/catalogues';
import { CatalogueSourceLine } from '../../guide-ui/catalogue-source-line';
import { ChoiceGroup } from '../../components/form/choice-group';
import { SelectField, TextField } from '../../components/form/controls';
import { useI18n } from '../../i18n/i18n-provider';
import { StepFrame } from '../common/step-frame';
import { usePartners } from '../common/use-partners';
import { useStepForm } from '../common/use-step-form';
import { WrittenCard } from '../common/written-card';
import { PartnerComparison } from './partner-comparison';

export function MotivationsStep() {
  const { t } = useI18n();
  const { form, submit, back, failedSubmits } = useStepForm('motivations');
  const { register, formState, getValues } = form;
  const { errors } = formState;
  const partners = usePartners();
  const entries = getValues('byPartner');
  const valueOptions = SHARED_VALUES.map((v) => ({ value: v, label: t(`value.${v}`) }));

  return (
    <StepFrame
      title={t('step.motivations')}
      intro={t('motivations.intro')}
      onSubmit={submit}
      onBack={back}
      errors={errors}
      failedSubmits={failedSubmits}
    >
      {entries.map((entry, i) => {
        const name = partners.find((p) => p.id === entry.partnerId)?.label ?? '';
        const e = errors.byPartner?.[i];
        const n = (f: string) => `byPartner.${i}.${f}`;
        return (
          <WrittenCard
            key={entry.partnerId}
            control={form.control}
            field={`byPartner.${i}.motivations`}
            legend={name}
            partnerName={name}
            hasError={e !== undefined}
          >
            <TextField
              name={n('motivations')}
              label={t('motivations.motivations')}
              hint={t('motivations.motivationsHint')}
              multiline
              required
              registration={register(`byPartner.${i}.motivations`)}
              error={e?.motivations}
            />
            <TextField
              name={n('expectations')}
              label={t('motivations.expectations')}
              multiline
              required
              registration={register(`byPartner.${i}.expectations`)}
              error={e?.expectations}
            />
            <div className="grid">
              <TextField
                name={n('returnOnInvestment')}
                label={t('motivations.roi')}
                hint={t('motivations.roiHint')}
                registration={register(`byPartner.${i}.returnOnInvestment`)}
                error={e?.returnOnInvestment}
              />
              <SelectField
                name={n('timeHorizon')}
                label={t('motivations.timeHorizon')}
                placeholder={t('form.choose')}
                options={TIME_HORIZONS.map((h) => ({ value: h, label: t(`timeHorizon.${h}`) }))}
                registration={register(`byPartner.${i}.timeHorizon`)}
                error={e?.timeHorizon}
              />
            </div>
            <TextField
              name={n('skills')}
              label={t('motivations.skills')}
              multiline
              required
              registration={register(`byPartner.${i}.skills`)}
              error={e?.skills}
            />
            <div className="grid">
              <TextField
                name={n('contactsHere')}
                label={t('motivations.contactsHere')}
                registration={register(`byPartner.${i}.contactsHere`)}
                error={e?.contactsHere}
              />
              <TextField
                name={n('contactsThere')}
                label={t('motivations.contactsThere')}
                registration={register(`byPartner.${i}.contactsThere`)}
                error={e?.contactsThere}
              />
            </div>
            <ChoiceGroup
              name={n('values')}
              type="checkbox"
              legend={t('motivations.ownValues', { name })}
              source={<CatalogueSourceLine prefix="value" />}
              options={valueOptions}
              registration={register(`byPartner.${i}.values`)}
            />
          </WrittenCard>
        );
      })}
      <PartnerComparison control={form.control} setValue={form.setValue} />
      <ChoiceGroup
        name="sharedValues"
        type="checkbox"
        legend={t('motivations.sharedValues')}
        hint={t('motivations.sharedValuesHint')}
        required
        source={<CatalogueSourceLine prefix="value" />}
        options={valueOptions}
        registration={register('sharedValues')}
        error={errors.sharedValues}
      />
      <TextField
        name="valuesStatement"
        label={t('motivations.valuesStatement')}
        multiline
        registration={register('valuesStatement')}
        error={errors.valuesStatement}
      />
    </StepFrame>
  );
}
