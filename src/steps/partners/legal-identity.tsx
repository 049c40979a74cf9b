import { useWatch, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { REGISTRATION_KINDS } from '../../content/clauses';
import { SelectField, TextField } from '../../components/form/controls';
import { Disclosure } from '../../components/ui/disclosure';
import { useRequestedOpen } from '../../components/form/focus-request';
import { useI18n } from '../../i18n/i18n-provider';
import type { StepData } from '../../schemas/project.schema';

type PartnersData = StepData<'partners'>;

interface LegalIdentityProps {
  index: number;
  control: Control<PartnersData>;
  register: UseFormRegister<PartnersData>;
  errors: FieldErrors<PartnersData['partners'][number]['legal']> | undefined;
}

/**
 * Who the partner is in law, folded under its card: the convention names the legal
 * representative, not the contact person. Opens by itself when it holds an error, so a
 * refused SIRET is never hidden.
 */
export function LegalIdentity({ index, control, register, errors }: LegalIdentityProps) {
  const { t } = useI18n();
  const [open, setOpen] = useRequestedOpen([`partners.${index}.legal`]);
  const kind = useWatch({ control, name: `partners.${index}.legal.registrationKind` });
  const hasErrors = errors !== undefined && Object.keys(errors).length > 0;
  const n = (f: string) => `partners.${index}.legal.${f}`;
  return (
    // Numbered, so each partner's section is a landmark of its own name.
    <Disclosure title={t('partners.legalN', { n: index + 1 })} level={4} open={open || hasErrors} onToggle={setOpen}>
      <p className="field__hint">{t('partners.legalHint')}</p>
      <div className="grid">
        <TextField
          name={n('shortName')}
          label={t('partners.shortName')}
          hint={t('partners.shortNameHint')}
          registration={register(`partners.${index}.legal.shortName`)}
          error={errors?.shortName}
        />
        <TextField
          name={n('legalForm')}
          label={t('partners.legalForm')}
          hint={t('partners.legalFormHint')}
          registration={register(`partners.${index}.legal.legalForm`)}
          error={errors?.legalForm}
        />
        <SelectField
          name={n('registrationKind')}
          label={t('partners.registrationKind')}
          placeholder={t('form.choose')}
          options={REGISTRATION_KINDS.map((k) => ({ value: k, label: t(`registrationKind.${k}`) }))}
          registration={register(`partners.${index}.legal.registrationKind`)}
          error={errors?.registrationKind}
        />
        {kind === 'other' && (
          <TextField
            name={n('registrationLabel')}
            label={t('partners.registrationLabel')}
            hint={t('partners.registrationLabelHint')}
            registration={register(`partners.${index}.legal.registrationLabel`)}
            error={errors?.registrationLabel}
          />
        )}
        <TextField
          name={n('registrationNumber')}
          label={t('partners.registrationNumber')}
          hint={t('partners.registrationNumberHint')}
          registration={register(`partners.${index}.legal.registrationNumber`)}
          error={errors?.registrationNumber}
        />
      </div>
      <TextField
        name={n('registeredAddress')}
        label={t('partners.registeredAddress')}
        multiline
        registration={register(`partners.${index}.legal.registeredAddress`)}
        error={errors?.registeredAddress}
      />
      <div className="grid">
        <TextField
          name={n('representativeName')}
          label={t('partners.representativeName')}
          registration={register(`partners.${index}.legal.representativeName`)}
          error={errors?.representativeName}
        />
        <TextField
          name={n('representativeCapacity')}
          label={t('partners.representativeCapacity')}
          hint={t('partners.representativeCapacityHint')}
          registration={register(`partners.${index}.legal.representativeCapacity`)}
          error={errors?.representativeCapacity}
        />
      </div>
      <TextField
        name={n('representativeAuthority')}
        label={t('partners.representativeAuthority')}
        hint={t('partners.representativeAuthorityHint')}
        registration={register(`partners.${index}.legal.representativeAuthority`)}
        error={errors?.representativeAuthority}
      />
    </Disclosure>
  );
}
