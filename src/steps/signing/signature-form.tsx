import { useEffect } from 'react';
import { localDay } from '../../lib/local-day';
import { useI18n } from '../../i18n/i18n-provider';
import { WizardContext } from '../../machine/wizard.context';
import { selectFingerprint } from '../../machine/wizard.selectors';
import { signatureFieldsObject } from '../../schemas/signature.schema';
import { localIsoTime, signOnThisDevice } from '../../signing/seal-signature';
import { SignatureFields, useSignatureForm } from './signature-fields';

/**
 * What a signatory typed in a form of this page, kept for this tab only (sessionStorage,
 * like the signatory's own page keeps its draft): a reload or a slip on Back in the middle
 * of signing gave back the proposed name with the function and place typed gone. The
 * approval box and the drawing are never kept: the signatory gives them again; nor is the
 * date, today's on the day the form is drawn (a draft from yesterday would backdate it).
 */
const keptFields = () =>
  signatureFieldsObject().pick({ signatoryName: true, signatoryTitle: true, place: true, method: true }).partial();

const draftKey = (projectId: string, partnerId: string) => `cocharte.signForm.${projectId}.${partnerId}`;

function readDraft(key: string) {
  try {
    const raw = sessionStorage.getItem(key);
    const parsed = raw ? keptFields().safeParse(JSON.parse(raw)) : null;
    return parsed?.success ? parsed.data : {};
  } catch {
    return {};
  }
}

function writeDraft(key: string, values: Record<string, unknown> | null) {
  try {
    if (!values) sessionStorage.removeItem(key);
    else {
      // Only what parses is kept: a field emptied on purpose is simply not restored.
      const kept = Object.fromEntries(
        Object.entries(values).filter(([k, v]) => keptFields().shape[k as 'place']?.safeParse(v).success),
      );
      sessionStorage.setItem(key, JSON.stringify(kept));
    }
  } catch {
    // Storage refused (private mode, quota): the form simply is not kept.
  }
}

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
  const key = draftKey(projectId, partnerId);
  const { form, failedSubmits, onPad, submit } = useSignatureForm({
    signatoryName: defaultName,
    signatoryTitle: defaultTitle,
    place: defaultPlace,
    date: localDay(),
    method: 'typed',
    ...readDraft(key),
    consent: false,
  });
  useEffect(() => {
    const kept = form.watch(({ signatoryName, signatoryTitle, place, method }) =>
      writeDraft(key, { signatoryName, signatoryTitle, place, method }),
    );
    return () => kept.unsubscribe();
  }, [form, key]);

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
    writeDraft(key, null);
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
