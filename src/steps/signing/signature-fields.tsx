import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { ConsentBox } from '../../components/form/consent-box';
import { ChoiceGroup } from '../../components/form/choice-group';
import { TextField } from '../../components/form/controls';
import { useI18n } from '../../i18n/i18n-provider';
import { z } from '../../lib/zod';
import { signatureFieldsObject } from '../../schemas/signature.schema';
import { SignaturePadField } from './signature-pad';

/** What a signatory fills in, here or on their own device by link. */
export const signatureFormSchema = z.lazy(() =>
  signatureFieldsObject()
    .pick({ signatoryName: true, signatoryTitle: true, place: true, date: true, method: true })
    .extend({
      // A box the user ticks: false until then, and signing needs it ticked.
      consent: z.boolean().refine((ticked) => ticked, { error: 'signing.consentRequired' }),
    }),
);

export type SignatureFormInput = z.input<typeof signatureFormSchema>;
export type SignatureFormOutput = z.output<typeof signatureFormSchema>;

interface Props {
  /** Prefix of the fields' ids, unique on the page. */
  prefix: string;
  partnerName: string;
  register: UseFormRegister<SignatureFormInput>;
  errors: FieldErrors<SignatureFormInput>;
  method: SignatureFormInput['method'];
  onPad: (png: string | null) => void;
  padError: boolean;
}

/** The fields of a signature: who, where, when, typed or drawn, and the consent box. */
export function SignatureFields({ prefix, partnerName, register, errors, method, onPad, padError }: Props) {
  const { t } = useI18n();
  return (
    <>
      <div className="grid">
        <TextField
          name={`${prefix}.signatoryName`}
          label={t('signing.name')}
          required
          registration={register('signatoryName')}
          error={errors.signatoryName}
          autoComplete="name"
        />
        <TextField
          name={`${prefix}.signatoryTitle`}
          label={t('signing.titleField')}
          required
          registration={register('signatoryTitle')}
          error={errors.signatoryTitle}
        />
        <TextField
          name={`${prefix}.place`}
          label={t('signing.place')}
          required
          registration={register('place')}
          error={errors.place}
        />
        <TextField
          name={`${prefix}.date`}
          label={t('signing.date')}
          type="date"
          required
          registration={register('date')}
          error={errors.date}
        />
      </div>
      <ChoiceGroup
        name={`${prefix}.method`}
        type="radio"
        legend={t('signing.method')}
        options={[
          { value: 'typed', label: t('signing.typed') },
          { value: 'drawn', label: t('signing.drawn') },
        ]}
        registration={register('method')}
      />
      {method === 'drawn' && (
        <>
          <SignaturePadField
            id={`${prefix}-pad`}
            label={t('signing.padLabel', { name: partnerName })}
            onChange={onPad}
          />
          {padError && (
            <p role="alert" className="field__error">
              {t('errors.drawSignature')}
            </p>
          )}
        </>
      )}
      <ConsentBox
        id={`${prefix}-consent`}
        label={t('signing.consent', { name: partnerName })}
        registration={register('consent')}
        error={errors.consent}
      />
    </>
  );
}
