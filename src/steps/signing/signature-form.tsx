import { useEffect } from 'react';
import { localDay } from '../../lib/local-day';
import { useI18n } from '../../i18n/i18n-provider';
import { WizardContext } from '../../machine/wizard.context';
import { selectFingerprint } from '../../machine/wizard.selectors';
import { localIsoTime, signOnThisDevice } from '../../signing/seal-signature';
import { signingFormDrafts } from '../../signing/signing-form-drafts';
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
  const projectId = WizardContext.useSelector((s) => s.context.project.id);
  // What was typed here, kept for this tab (signing/signing-form-drafts.ts): a reload or a
  // slip on Back in the middle of signing gave back the proposed name with the function and
  // place typed gone. Never the approval box nor the drawing; nor the date, today's on the
  // day the form is drawn (a draft from yesterday would backdate it).
  const drafts = signingFormDrafts();
  const { form, failedSubmits, onPad, submit } = useSignatureForm({
    signatoryName: defaultName,
    signatoryTitle: defaultTitle,
    place: defaultPlace,
    date: localDay(),
    method: 'typed',
    ...drafts.read(projectId, partnerId),
    consent: false,
  });
  useEffect(() => {
    const kept = form.watch(({ signatoryName, signatoryTitle, place, method }) =>
      drafts.write(projectId, partnerId, { signatoryName, signatoryTitle, place, method }),
    );
    return () => kept.unsubscribe();
  }, [form, drafts, projectId, partnerId]);

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
    drafts.write(projectId, partnerId, null);
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
