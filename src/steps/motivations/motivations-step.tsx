import type { ReactNode } from 'react';
import { useWatch, type Control } from 'react-hook-form';
import { SHARED_VALUES, TIME_HORIZONS } from '../../content/catalogues';
import { ChoiceGroup } from '../../components/form/choice-group';
import { SelectField, TextField } from '../../components/form/controls';
import { CollapsibleCard } from '../../components/ui/collapsible-card';
import { useI18n } from '../../i18n/i18n-provider';
import type { StepData } from '../../schemas/project.schema';
import { StepFrame } from '../common/step-frame';
import { usePartners } from '../common/use-partners';
import { useStepForm } from '../common/use-step-form';
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
          <MotivationsCard
            key={entry.partnerId}
            control={form.control}
            index={i}
            name={name}
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
              options={valueOptions}
              registration={register(`byPartner.${i}.values`)}
            />
          </MotivationsCard>
        );
      })}
      <PartnerComparison control={form.control} setValue={form.setValue} />
      <ChoiceGroup
        name="sharedValues"
        type="checkbox"
        legend={t('motivations.sharedValues')}
        hint={t('motivations.sharedValuesHint')}
        required
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

/** How much of a partner's motivations the folded line shows. */
const SUMMARY_CHARS = 60;

/**
 * One partner's answers, folded to "Terrena — the start of its motivations…" once written,
 * so three partners fit on a phone; open while empty or holding an error. Its owner phrase
 * lets the error summary say whose field is wrong ("Motivations de Terrena").
 */
function MotivationsCard({
  control,
  index,
  name,
  hasError,
  children,
}: {
  control: Control<StepData<'motivations'>>;
  index: number;
  name: string;
  hasError: boolean;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const motivations = useWatch({ control, name: `byPartner.${index}.motivations` }).trim();
  const text = motivations.length > SUMMARY_CHARS ? `${motivations.slice(0, SUMMARY_CHARS).trimEnd()}…` : motivations;
  return (
    <CollapsibleCard
      legend={name}
      summary={text ? t('motivations.summary', { name, text }) : name}
      defaultOpen={motivations === ''}
      forceOpen={hasError}
      owner={name ? t('errors.ownerName', { name }) : undefined}
    >
      {children}
    </CollapsibleCard>
  );
}
