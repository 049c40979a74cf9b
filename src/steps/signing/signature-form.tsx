import { localDay } from '../../lib/local-day';
import { useI18n } from '../../i18n/i18n-provider';
import { WizardContext } from '../../machine/wizard.context';
import { selectFingerprint } from '../../machine/wizard.selectors';
import { localIsoTime, signOnThisDevice } from '../../signing/seal-signature';
import { SignatureFields, useSignatureForm } from './signature-fields';

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
  const { form, failedSubmits, onPad, submit } = useSignatureForm({
    signatoryName: defaultName,
    signatoryTitle: defaultTitle,
    place: defaultPlace,
    date: localDay(),
    method: 'typed',
    consent: false,
  });

  const sign = submit(async (data) => {
    // Sealed with this device's key (src/signing): the record can be verified offline.
    const signature = await signOnThisDevice({
      partnerId,
      signatoryName: data.signatoryName,
      signatoryTitle: data.signatoryTitle,
      place: data.place,
      date: data.date,
      method: data.method,
      ...(data.method === 'drawn' && data.image ? { image: data.image } : {}),
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
        prefix={`sign-${partnerId}`}
        partnerName={partnerName}
        form={form}
        failedSubmits={failedSubmits}
        onPad={onPad}
      />
      <button type="submit" className="button button--primary">
        {t('signing.sign', { name: partnerName })}
      </button>
    </form>
  );
}
