import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from '../../lib/zod';
import { ChoiceGroup } from '../../components/form/choice-group';
import { TextField } from '../../components/form/controls';
import { useI18n } from '../../i18n/i18n-provider';
import { WizardContext } from '../../machine/wizard.context';
import { selectFingerprint } from '../../machine/wizard.selectors';
import { signatureFieldsSchema } from '../../schemas/signature.schema';
import { localIsoTime, signOnThisDevice } from '../../signing/seal-signature';
import { SignaturePadField } from './signature-pad';

const signatureFormSchema = signatureFieldsSchema
  .pick({ signatoryName: true, signatoryTitle: true, place: true, date: true, method: true })
  .extend({
    // A box the user ticks: false until then, and signing needs it ticked.
    consent: z.boolean().refine((ticked) => ticked, { error: 'signing.consentRequired' }),
  });

type SignatureForm = z.input<typeof signatureFormSchema>;

const today = () => new Date().toISOString().slice(0, 10);

/** One partner's signing form: typed name (keyboard alone) or drawn on the pad. */
export function SignatureFormCard({
  partnerId,
  partnerName,
  defaultName,
  defaultTitle,
  defaultPlace,
}: {
  partnerId: string;
  partnerName: string;
  defaultName: string;
  defaultTitle: string;
  defaultPlace: string;
}) {
  const { t, tk } = useI18n();
  const actor = WizardContext.useActorRef();
  const fingerprint = WizardContext.useSelector(selectFingerprint);
  const [image, setImage] = useState<string | null>(null);
  const [padError, setPadError] = useState(false);
  const { register, handleSubmit, control, formState } = useForm<
    SignatureForm,
    unknown,
    z.output<typeof signatureFormSchema>
  >({
    resolver: zodResolver(signatureFormSchema),
    defaultValues: {
      signatoryName: defaultName,
      signatoryTitle: defaultTitle,
      place: defaultPlace,
      date: today(),
      method: 'typed',
      consent: false,
    },
  });
  const method = useWatch({ control, name: 'method' });
  const errors = formState.errors;
  const prefix = `sign-${partnerId}`;
  const onPad = useCallback((png: string | null) => {
    setImage(png);
    if (png) setPadError(false);
  }, []);

  const sign = handleSubmit(async (data) => {
    if (data.method === 'drawn' && !image) {
      setPadError(true);
      return;
    }
    // Sealed with this device's key (src/signing): the record can be verified offline.
    const signature = await signOnThisDevice({
      partnerId,
      signatoryName: data.signatoryName,
      signatoryTitle: data.signatoryTitle,
      place: data.place,
      date: data.date,
      method: data.method,
      ...(data.method === 'drawn' && image ? { image } : {}),
      fingerprint,
      signedAt: localIsoTime(new Date()),
    });
    actor.send({ type: 'signature.added', signature });
  });

  return (
    <form
      noValidate
      onSubmit={sign}
      className="signature-form"
      aria-label={t('signing.formFor', { name: partnerName })}
    >
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
      <div className={`field field--checkbox${errors.consent ? ' field--invalid' : ''}`}>
        <input
          id={`${prefix}-consent`}
          type="checkbox"
          {...register('consent')}
          aria-invalid={Boolean(errors.consent)}
          aria-describedby={errors.consent ? `${prefix}-consent-error` : undefined}
        />
        <label htmlFor={`${prefix}-consent`}>{t('signing.consent', { name: partnerName })}</label>
        {errors.consent?.message && (
          <p id={`${prefix}-consent-error`} className="field__error" role="alert">
            {tk(errors.consent.message)}
          </p>
        )}
      </div>
      <button type="submit" className="button button--primary">
        {t('signing.sign', { name: partnerName })}
      </button>
    </form>
  );
}
