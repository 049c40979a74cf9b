import { useState, type ReactNode } from 'react';
import { CatalogueSourceLine, catalogueItemNote } from '../../guide-ui/catalogue-source-line';
import { useWatch, type Control } from 'react-hook-form';
import { useRowList } from '../../components/form/use-row-list';
import { AREA_SETTINGS, DIRECTIONS, PARTNER_KINDS, PARTNERSHIP_KINDS } from '../../content/catalogues';
import { CollapsibleCard } from '../../components/ui/collapsible-card';
import { ConfirmBefore } from '../../components/ui/confirm-before';
import { ChoiceGroup } from '../../components/form/choice-group';
import { LaterPart } from '../../components/form/later-part';
import { SelectField, TextField } from '../../components/form/controls';
import { useI18n } from '../../i18n/i18n-provider';
import { emptyPartner } from '../../domain/new-project';
import { MAX_PARTNERS } from '../../schemas/partners.schema';
import type { StepData } from '../../schemas/project.schema';
import { StepFrame } from '../common/step-frame';
import { AssociationOffers } from './association-offers';
import { LegalIdentity } from './legal-identity';
import { RameauSubtypes } from './rameau-subtypes';
import { useStepForm } from '../common/use-step-form';

export function PartnersStep() {
  const { t } = useI18n();
  const { form, submit, failedSubmits } = useStepForm('partners');
  const { register, control, formState } = form;
  const { errors } = formState;
  const partners = useRowList(control, 'partners', 'name');
  // The blocks there on arrival fold once filled; one added now stays open while it is written.
  const [arrived] = useState(() => new Set(partners.fields.map((f) => f.key)));
  const kindOptions = PARTNER_KINDS.map((k) => ({ value: k, label: t(`partnerKind.${k}`) }));

  return (
    <StepFrame
      title={t('step.partners')}
      intro={t('partners.intro')}
      onSubmit={submit}
      errors={errors}
      failedSubmits={failedSubmits}
    >
      <TextField
        name="title"
        label={t('partners.title')}
        hint={t('partners.titleHint')}
        required
        registration={register('title')}
        error={errors.title}
      />

      <fieldset
        className="group"
        id="f-partners"
        tabIndex={-1}
        aria-describedby={errors.partners?.root?.message || errors.partners?.message ? 'f-partners-error' : undefined}
      >
        <legend>{t('partners.partners')}</legend>
        <p className="field__hint">{t('partners.partnersHint')}</p>
        {(errors.partners?.root?.message ?? errors.partners?.message) && (
          <p id="f-partners-error" className="field__error">
            {t((errors.partners?.root?.message ?? errors.partners?.message) as 'errors.required')}
          </p>
        )}
        {partners.fields.map((field, i) => {
          const e = errors.partners?.[i];
          const n = (f: string) => `partners.${i}.${f}`;
          const card = (
            <PartnerCard control={control} index={i} isNew={!arrived.has(field.key)} hasError={e !== undefined}>
              <div className="grid">
                <TextField
                  name={n('name')}
                  label={t('partners.name')}
                  required
                  registration={register(`partners.${i}.name`)}
                  error={e?.name}
                />
                <SelectField
                  name={n('kind')}
                  label={t('partners.kind')}
                  required
                  options={kindOptions}
                  registration={register(`partners.${i}.kind`)}
                  error={e?.kind}
                />
                <TextField
                  name={n('country')}
                  label={t('partners.country')}
                  required
                  registration={register(`partners.${i}.country`)}
                  error={e?.country}
                />
                <TextField
                  name={n('city')}
                  label={t('partners.city')}
                  registration={register(`partners.${i}.city`)}
                  error={e?.city}
                />
                <TextField
                  name={n('contactName')}
                  label={t('partners.contactName')}
                  required
                  registration={register(`partners.${i}.contactName`)}
                  error={e?.contactName}
                />
                <TextField
                  name={n('contactRole')}
                  label={t('partners.contactRole')}
                  registration={register(`partners.${i}.contactRole`)}
                  error={e?.contactRole}
                />
                <TextField
                  name={n('contactEmail')}
                  label={t('partners.contactEmail')}
                  hint={t('partners.contactHint')}
                  type="email"
                  autoComplete="email"
                  registration={register(`partners.${i}.contactEmail`)}
                  error={e?.contactEmail}
                />
                <TextField
                  name={n('contactPhone')}
                  label={t('partners.contactPhone')}
                  hint={t('partners.contactHint')}
                  type="tel"
                  autoComplete="tel"
                  // Either one answers "how to reach them": typing one clears the other's error.
                  registration={register(`partners.${i}.contactPhone`, { deps: [`partners.${i}.contactEmail`] })}
                  error={e?.contactPhone}
                />
              </div>
              <TextField
                name={n('contribution')}
                label={t('partners.contribution')}
                hint={t('partners.contributionHint')}
                multiline
                required
                registration={register(`partners.${i}.contribution`)}
                error={e?.contribution}
              />
              <AssociationOffers control={control} index={i} registration={register(`partners.${i}.offers`)} />
              <LegalIdentity index={i} control={control} register={register} errors={e?.legal} />
              {partners.fields.length > 1 && (
                <RemovePartnerButton control={control} index={i} onRemove={() => partners.remove(i)} />
              )}
            </PartnerCard>
          );
          // The first partner fills the first screen; those there on arrival follow it.
          return (
            <LaterPart key={field.key} now={i === 0 || !arrived.has(field.key)}>
              {card}
            </LaterPart>
          );
        })}
        {partners.fields.length < MAX_PARTNERS && (
          <button
            ref={partners.addButton}
            type="button"
            className="button button--secondary"
            onClick={() => partners.add(emptyPartner(partners.fields.length === 2 ? 'southern' : 'other'))}
          >
            {t('partners.add')}
          </button>
        )}
      </fieldset>

      <LaterPart>
        <TextField
          name="expertiseNeeded"
          label={t('partners.expertise')}
          hint={t('partners.expertiseHint')}
          multiline
          required
          registration={register('expertiseNeeded')}
          error={errors.expertiseNeeded}
        />

        <ZoneCard control={control} hasError={errors.zone !== undefined}>
          <div className="grid">
            <TextField
              name="zone.countries"
              label={t('partners.zoneCountries')}
              required
              registration={register('zone.countries')}
              error={errors.zone?.countries}
            />
            <TextField
              name="zone.region"
              label={t('partners.zoneRegion')}
              registration={register('zone.region')}
              error={errors.zone?.region}
            />
            <SelectField
              name="zone.setting"
              label={t('partners.zoneSetting')}
              placeholder={t('form.choose')}
              options={AREA_SETTINGS.map((s) => ({ value: s, label: t(`setting.${s}`) }))}
              registration={register('zone.setting')}
              error={errors.zone?.setting}
            />
          </div>
          <TextField
            name="zone.infrastructure"
            label={t('partners.zoneInfrastructure')}
            hint={t('partners.zoneInfrastructureHint')}
            multiline
            registration={register('zone.infrastructure')}
            error={errors.zone?.infrastructure}
          />
        </ZoneCard>

        <ChoiceGroup
          name="partnershipKinds"
          type="checkbox"
          legend={t('partners.kinds')}
          required
          source={<CatalogueSourceLine prefix="partnershipKind" />}
          options={PARTNERSHIP_KINDS.map((k) => ({
            value: k,
            label: t(`partnershipKind.${k}`),
            note: catalogueItemNote('partnershipKind', k),
          }))}
          registration={register('partnershipKinds')}
          error={errors.partnershipKinds}
        />
        <RameauSubtypes registration={register('partnershipSubtypes')} control={control} />
        <TextField
          name="otherPartnershipKind"
          label={t('partners.otherKind')}
          registration={register('otherPartnershipKind')}
          error={errors.otherPartnershipKind}
        />
        <ChoiceGroup
          name="directions"
          type="checkbox"
          legend={t('partners.directions')}
          required
          source={<CatalogueSourceLine prefix="direction" />}
          options={DIRECTIONS.map((d) => ({
            value: d,
            label: t(`direction.${d}`),
            note: catalogueItemNote('direction', d),
          }))}
          registration={register('directions')}
          error={errors.directions}
        />
      </LaterPart>
    </StepFrame>
  );
}

/**
 * Named after the partner as typed, so the button says exactly whom it removes. A partner
 * with a name is removed only once the user confirms, told what goes with it in the other
 * steps (domain/reconcile.ts); one not named yet (just added) goes at once.
 */
function RemovePartnerButton({
  control,
  index,
  onRemove,
}: {
  control: Control<StepData<'partners'>>;
  index: number;
  onRemove: () => void;
}) {
  const { t } = useI18n();
  const name = useWatch({ control, name: `partners.${index}.name` }).trim();
  if (!name)
    return (
      <button type="button" className="button button--link" onClick={onRemove}>
        {t('partners.remove', { name: t('partners.partnerN', { n: index + 1 }) })}
      </button>
    );
  return (
    <ConfirmBefore
      askClassName="button button--link"
      labels={{
        ask: t('partners.remove', { name }),
        question: t('partners.removeQuestion', { name }),
        no: t('partners.removeNo', { name }),
        yes: t('partners.removeYes', { name }),
      }}
      onConfirm={onRemove}
    />
  );
}

/**
 * One partner's block, folded to "Partenaire 1 — Terrena · Association" once it has a name,
 * so three partners fit on a phone. A new (unnamed) partner or one holding an error is open.
 */
function PartnerCard({
  control,
  index,
  isNew,
  hasError,
  children,
}: {
  control: Control<StepData<'partners'>>;
  index: number;
  isNew: boolean;
  hasError: boolean;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const [name, kind] = useWatch({ control, name: [`partners.${index}.name`, `partners.${index}.kind`] });
  const label = t('partners.partnerN', { n: index + 1 });
  const typed = name.trim();
  return (
    <CollapsibleCard
      legend={label}
      summary={typed ? t('partners.summary', { label, name: typed, kind: t(`partnerKind.${kind}`) }) : label}
      defaultOpen={isNew || typed === ''}
      forceOpen={hasError}
      path={`partners.${index}`}
      owner={typed ? t('errors.ownerName', { name: typed }) : t('errors.ownerPartnerN', { n: index + 1 })}
    >
      {children}
    </CollapsibleCard>
  );
}

/** Where the project takes place, folded to "Zone d’intervention — Viêt Nam, Đà Nẵng" once named. */
function ZoneCard({
  control,
  hasError,
  children,
}: {
  control: Control<StepData<'partners'>>;
  hasError: boolean;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const [countries, region] = useWatch({ control, name: ['zone.countries', 'zone.region'] });
  const where = [countries, region]
    .map((s) => s.trim())
    .filter(Boolean)
    .join(', ');
  const legend = t('partners.zone');
  return (
    <CollapsibleCard
      legend={legend}
      summary={where ? t('form.cardSummary', { name: legend, text: where }) : legend}
      defaultOpen={countries.trim() === ''}
      forceOpen={hasError}
      path="zone"
    >
      {children}
    </CollapsibleCard>
  );
}
