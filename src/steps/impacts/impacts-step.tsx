import { useState, type ReactNode } from 'react';
import { CatalogueSourceLine, catalogueItemNote } from '../../guide-ui/catalogue-source-line';
import { useWatch, type Control } from 'react-hook-form';
import { useRowList } from '../../components/form/use-row-list';
import { RemovedRowNotice } from '../../components/form/removed-row-notice';
import {
  EXPECTED_EFFECTS,
  RISK_CATEGORIES,
  RISK_RESPONSES,
  RISK_SCALE,
  RISK_STATUSES,
  SOUTH_IMPACTS,
} from '../../content/catalogues';
import { CollapsibleCard } from '../../components/ui/collapsible-card';
import { ChoiceGroup } from '../../components/form/choice-group';
import { SelectField, TextField } from '../../components/form/controls';
import type { RiskCatalogueEntry } from '../../content/risk-catalogue';
import { riskFromCatalogue } from '../../domain/risk-from-catalogue';
import { useI18n } from '../../i18n/i18n-provider';
import { emptyRisk } from '../../domain/new-project';
import { draftRiskLevel } from '../../domain/risk-rating';
import type { StepData } from '../../schemas/project.schema';
import { StepFrame } from '../common/step-frame';
import { useProgressiveCount } from './use-progressive-count';
import { usePartners } from '../common/use-partners';
import { useStepForm } from '../common/use-step-form';
import { CataloguePicker } from './catalogue-picker';
import { appendMeasure } from './mitigation-text';
import { FundingSources } from '../../guide-ui/funding-sources';
import { SourceLine } from '../../guide-ui/source-line';
import { uiSourceOf } from '../../content/guide-sources';
import { RatingSuggestion } from './rating-suggestion';
import { RiskLevel, asScale } from './risk-level';
import { SuggestedMitigations } from './suggested-mitigations';

// « — Choisir — » stays '' (nothing chosen), any other option is the number it shows.
const toScale = (v: unknown) => (v === '' ? '' : Number(v));

export function ImpactsStep() {
  const { t } = useI18n();
  const { form, submit, back, failedSubmits } = useStepForm('impacts');
  const { register, control, formState, getValues, setValue } = form;
  const { errors } = formState;
  const partners = usePartners();
  const risks = useRowList(control, 'risks', 'title', 'title');
  // The blocks there on arrival fold once filled; one added now stays open while it is written.
  const [arrived] = useState(() => new Set(risks.fields.map((f) => f.key)));
  const shownRisks = useProgressiveCount(risks.fields.length);
  const byPartner = getValues('byPartner');
  const scale = RISK_SCALE.map((v) => ({ value: v, label: `${v} – ${t(`riskScale.${v}`)}` }));

  // In the UI language (not the document language riskFromCatalogue's comment mentions):
  // the partners are reading and adapting the text now. The suggested measures come
  // prefilled, so the suggestion buttons below start as "already taken". The new risk's
  // title gets focus, as with "Add a risk", so the user carries on there.
  const addFromCatalogue = (entry: RiskCatalogueEntry) => risks.add(riskFromCatalogue(entry, t));

  // Choosing a value oneself confirms Cocharte's suggested rating, as the button does.
  const confirmRating = (i: number) =>
    setValue(`risks.${i}.ratingSuggested`, false, { shouldDirty: true, shouldValidate: failedSubmits > 0 });
  const rated = (i: number, field: 'likelihood' | 'severity' | 'response') =>
    register(`risks.${i}.${field}`, {
      ...(field === 'response' ? {} : { setValueAs: toScale }),
      onChange: () => confirmRating(i),
    });

  // Revalidate only once a submit has shown errors, as the form does for typed changes.
  const takeMeasure = (i: number, measure: string) =>
    setValue(`risks.${i}.mitigation`, appendMeasure(getValues(`risks.${i}.mitigation`), measure), {
      shouldDirty: true,
      shouldValidate: failedSubmits > 0,
    });

  return (
    <StepFrame
      step="impacts"
      title={t('step.impacts')}
      intro={t('impacts.intro')}
      onSubmit={submit}
      onBack={back}
      errors={errors}
      failedSubmits={failedSubmits}
      nextLabel={t('nav.toReview')}
    >
      <h3>{t('guideUi.impacts.opportunities')}</h3>
      <p className="field__hint">
        <span>{t('guideUi.impacts.opportunitiesLead')}</span>{' '}
        <SourceLine source={uiSourceOf('guideUi.impacts.opportunitiesLead')} />
      </p>
      <fieldset className="group" id="f-byPartner" tabIndex={-1}>
        <legend>{t('impacts.effects')}</legend>
        {errors.byPartner?.message && (
          <p className="field__error">{t(errors.byPartner.message as 'guideUi.errors.effects')}</p>
        )}
        {byPartner.map((entry, i) => {
          const name = partners.find((p) => p.id === entry.partnerId)?.label ?? '';
          return (
            <EffectsCard
              key={entry.partnerId}
              control={control}
              index={i}
              name={name}
              hasError={errors.byPartner?.[i] !== undefined}
            >
              <ChoiceGroup
                name={`byPartner.${i}.effects`}
                type="checkbox"
                legend={t('impacts.effectsFor', { name })}
                options={EXPECTED_EFFECTS.map((x) => ({
                  value: x,
                  label: t(`effect.${x}`),
                  note: catalogueItemNote('effect', x),
                }))}
                registration={register(`byPartner.${i}.effects`)}
                error={errors.byPartner?.[i]?.effects}
                source={<CatalogueSourceLine prefix="effect" />}
              />
              <TextField
                name={`byPartner.${i}.other`}
                label={t('impacts.otherEffects', { name })}
                multiline
                registration={register(`byPartner.${i}.other`)}
                error={errors.byPartner?.[i]?.other}
              />
            </EffectsCard>
          );
        })}
      </fieldset>

      <SouthCard
        control={control}
        hasError={errors.southImpacts !== undefined || errors.otherSouthImpacts !== undefined}
      >
        <ChoiceGroup
          name="southImpacts"
          type="checkbox"
          legend={t('impacts.south')}
          hint={t('impacts.southHint')}
          source={<CatalogueSourceLine prefix="southImpact" />}
          options={SOUTH_IMPACTS.map((x) => ({ value: x, label: t(`southImpact.${x}`) }))}
          registration={register('southImpacts')}
          error={errors.southImpacts}
        />
        <TextField
          name="otherSouthImpacts"
          label={t('impacts.otherSouth')}
          multiline
          registration={register('otherSouthImpacts')}
          error={errors.otherSouthImpacts}
        />
      </SouthCard>

      <h3>{t('guideUi.impacts.risksTitle')}</h3>
      <fieldset className="group" id="f-risks" tabIndex={-1}>
        <legend>{t('impacts.risks')}</legend>
        <p className="field__hint">{t('impacts.risksHint')}</p>
        <p className="field__hint">{t('guideUi.impacts.scalesNote')}</p>
        {errors.risks?.root?.message && (
          <p className="field__error">{t(errors.risks.root.message as 'errors.atLeastOneRisk')}</p>
        )}
        {errors.risks?.message && <p className="field__error">{t(errors.risks.message as 'errors.atLeastOneRisk')}</p>}
        {risks.fields.slice(0, shownRisks).map((field, i) => {
          const e = errors.risks?.[i];
          const n = (f: string) => `risks.${i}.${f}`;
          return (
            <RiskCard
              key={field.key}
              control={control}
              index={i}
              isNew={!arrived.has(field.key)}
              hasError={e !== undefined}
            >
              <div className="grid">
                <TextField
                  name={n('title')}
                  label={t('impacts.riskTitle')}
                  required
                  registration={register(`risks.${i}.title`)}
                  error={e?.title}
                />
                <SelectField
                  name={n('category')}
                  label={t('impacts.riskCategory')}
                  required
                  placeholder={t('form.choose')}
                  options={RISK_CATEGORIES.map((c) => ({ value: c, label: t(`riskCategory.${c}`) }))}
                  registration={register(`risks.${i}.category`)}
                  error={e?.category}
                />
              </div>
              <TextField
                name={n('description')}
                label={t('impacts.riskDescription')}
                multiline
                registration={register(`risks.${i}.description`)}
                error={e?.description}
              />
              <div className="grid">
                <SelectField
                  name={n('likelihood')}
                  label={t('impacts.likelihood')}
                  required
                  placeholder={t('form.choose')}
                  options={scale}
                  registration={rated(i, 'likelihood')}
                  error={e?.likelihood}
                />
                <SelectField
                  name={n('severity')}
                  label={t('impacts.severity')}
                  required
                  placeholder={t('form.choose')}
                  options={scale}
                  registration={rated(i, 'severity')}
                  error={e?.severity}
                />
                <RiskLevel control={control} index={i} />
                <SelectField
                  name={n('response')}
                  label={t('impacts.response')}
                  required
                  placeholder={t('form.choose')}
                  options={RISK_RESPONSES.map((r) => ({ value: r, label: t(`riskResponse.${r}`) }))}
                  registration={rated(i, 'response')}
                  error={e?.response}
                />
              </div>
              <RatingSuggestion control={control} index={i} onConfirm={() => confirmRating(i)} />
              <TextField
                name={n('mitigation')}
                label={t('impacts.mitigation')}
                multiline
                required
                registration={register(`risks.${i}.mitigation`)}
                error={e?.mitigation}
              />
              <SuggestedMitigations control={control} index={i} onTake={(measure) => takeMeasure(i, measure)} />
              <div className="grid">
                <SelectField
                  name={n('ownerId')}
                  label={t('impacts.owner')}
                  required
                  placeholder={t('form.choose')}
                  options={partners.map((p) => ({ value: p.id, label: p.label }))}
                  registration={register(`risks.${i}.ownerId`)}
                  error={e?.ownerId}
                />
                <TextField
                  name={n('reviewDate')}
                  label={t('impacts.reviewDate')}
                  type="date"
                  required
                  registration={register(`risks.${i}.reviewDate`)}
                  error={e?.reviewDate}
                />
                <SelectField
                  name={n('status')}
                  label={t('impacts.status')}
                  options={RISK_STATUSES.map((s) => ({ value: s, label: t(`riskStatus.${s}`) }))}
                  registration={register(`risks.${i}.status`)}
                  error={e?.status}
                />
              </div>
              <button type="button" className="button button--link" onClick={() => risks.remove(i)}>
                {t('impacts.removeRisk', { n: i + 1 })}
              </button>
            </RiskCard>
          );
        })}
        <CataloguePicker control={control} onAdd={addFromCatalogue} />
        <RemovedRowNotice list={risks} text={(v) => t('impacts.riskRemoved', v)} />
        <button
          ref={risks.addButton}
          type="button"
          className="button button--secondary"
          onClick={() => risks.add(emptyRisk())}
        >
          {t('impacts.addRisk')}
        </button>
      </fieldset>
      {/* Where the short-term financial risk is weighed: the funding entry points the sources name. */}
      <details className="funding">
        <summary>{t('guideUi.funding.show')}</summary>
        <FundingSources headingLevel={4} />
      </details>
    </StepFrame>
  );
}

/**
 * One risk, folded to "Risque 1 — Corruption · niveau : Élevé" once it has a title, so five
 * risks fit on a phone. A new (untitled) risk or one holding an error is open.
 */
function RiskCard({
  control,
  index,
  isNew,
  hasError,
  children,
}: {
  control: Control<StepData<'impacts'>>;
  index: number;
  isNew: boolean;
  hasError: boolean;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const [title, likelihood, severity] = useWatch({
    control,
    name: [`risks.${index}.title`, `risks.${index}.likelihood`, `risks.${index}.severity`],
  });
  const label = t('impacts.riskN', { n: index + 1 });
  const typed = title.trim();
  const level = draftRiskLevel({ likelihood: asScale(likelihood), severity: asScale(severity) });
  const levelText = level === null ? t('impacts.levelUnrated') : t(`riskLevel.${level}`);
  return (
    <CollapsibleCard
      legend={label}
      summary={typed ? t('impacts.summary', { label, title: typed, level: levelText }) : label}
      defaultOpen={isNew || typed === ''}
      forceOpen={hasError}
      path={`risks.${index}`}
      owner={t('errors.ownerRiskN', { n: index + 1 })}
    >
      {children}
    </CollapsibleCard>
  );
}

/**
 * The effects one partner expects, folded to "Terrena — 3 effets cochés"
 * once some are ticked, so three partners fit on a phone; open while empty or in error.
 */
function EffectsCard({
  control,
  index,
  name,
  hasError,
  children,
}: {
  control: Control<StepData<'impacts'>>;
  index: number;
  name: string;
  hasError: boolean;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const effects = useWatch({ control, name: `byPartner.${index}.effects` });
  const count = Array.isArray(effects) ? effects.length : 0;
  return (
    <CollapsibleCard
      legend={name}
      summary={t('impacts.effectsSummary', { name, count })}
      defaultOpen={count === 0}
      forceOpen={hasError}
      path={`byPartner.${index}`}
      owner={name ? t('errors.ownerName', { name }) : undefined}
    >
      {children}
    </CollapsibleCard>
  );
}

/** The impacts expected in the South, folded to "Impacts au Sud — 2 impacts cochés" once some are ticked. */
function SouthCard({
  control,
  hasError,
  children,
}: {
  control: Control<StepData<'impacts'>>;
  hasError: boolean;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const ticked = useWatch({ control, name: 'southImpacts' });
  const count = Array.isArray(ticked) ? ticked.length : 0;
  return (
    <CollapsibleCard
      legend={t('impacts.southCard')}
      summary={t('impacts.southSummary', { count })}
      defaultOpen={count === 0}
      forceOpen={hasError}
      path="southImpacts"
    >
      {children}
    </CollapsibleCard>
  );
}
