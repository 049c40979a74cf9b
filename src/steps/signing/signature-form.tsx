import { zodResolver } from '@hookform/resolvers/zod';
import { localDay } from '../../lib/local-day';
import { useCallback, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useI18n } from '../../i18n/i18n-provider';
import { WizardContext } from '../../machine/wizard.context';
import { selectFingerprint } from '../../machine/wizard.selectors';
import { localIsoTime, signOnThisDevice } from '../../signing/seal-signature';
import {
  SignatureFields,
  type SignatureFormInput,
  type SignatureFormOutput,
  signatureFormSchema,
} from './signature-fields';

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
  const { t } = useI18n();
  const actor = WizardContext.useActorRef();
  const fingerprint = WizardContext.useSelector(selectFingerprint);
  const [image, setImage] = useState<string | null>(null);
  const [padError, setPadError] = useState(false);
  const { register, handleSubmit, control, formState } = useForm<SignatureFormInput, unknown, SignatureFormOutput>({
    resolver: zodResolver(signatureFormSchema),
    defaultValues: {
      signatoryName: defaultName,
      signatoryTitle: defaultTitle,
      place: defaultPlace,
      date: localDay(),
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
      <SignatureFields
        prefix={prefix}
        partnerName={partnerName}
        register={register}
        errors={errors}
        method={method}
        onPad={onPad}
        padError={padError}
      />
      <button type="submit" className="button button--primary">
        {t('signing.sign', { name: partnerName })}
      </button>
    </form>
  );
}
