import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useRef, useState } from 'react';
import { type SubmitHandler, type UseFormReturn, useForm, useWatch } from 'react-hook-form';
import { ChoiceGroup } from '../../components/form/choice-group';
import { ConsentBox } from '../../components/form/consent-box';
import { TextField } from '../../components/form/controls';
import { ErrorSummary } from '../../components/form/error-summary';
import { errorsUnder, useFailedSubmitFocus } from '../../components/form/failed-submit';
import { isDatedAfter } from '../../domain/signatures';
import { useI18n } from '../../i18n/i18n-provider';
import { localDay } from '../../lib/local-day';
import { z } from '../../lib/zod';
import { signatureFieldsObject } from '../../schemas/signature.schema';
import { SignaturePadField } from './signature-pad';

/**
 * What a signatory fills in, here or on their own device by link. The drawing and the box
 * are checked after the fields, with them (not once they are right), in the order the form
 * shows them: a failed submit lists every missing one, in the order of the page.
 */
export const signatureFormSchema = z.lazy(() => {
  const always = { when: (payload: { value: unknown }) => typeof payload.value === 'object' && payload.value !== null };
  return (
    signatureFieldsObject()
      .pick({ signatoryName: true, signatoryTitle: true, place: true, date: true, method: true, image: true })
      // A box the user ticks: false until then, and signing needs it ticked.
      .extend({ consent: z.boolean() })
      // The date is the day of signing, written under it in the charter (« Fait à …, le … »):
      // one after today — a mistyped year — would be sealed as given. Today where the
      // signatory is (localDay), read when the form is checked.
      .refine((s) => !isDatedAfter(s.date, localDay()), {
        error: 'signing.dateAfterToday',
        path: ['date'],
        ...always,
      })
      .refine((s) => s.method !== 'drawn' || Boolean(s.image), {
        error: 'errors.drawSignature',
        path: ['image'],
        ...always,
      })
      .refine((s) => s.consent, { error: 'signing.consentRequired', path: ['consent'], ...always })
  );
});

export type SignatureFormInput = z.input<typeof signatureFormSchema>;
export type SignatureFormOutput = z.output<typeof signatureFormSchema>;

/**
 * The form of one signature: the drawing is one of its values, so that a failed submit
 * lists it with the others; failed submits are counted for the error summary, which shows
 * from the first one; focus goes to the first invalid field in the page's order.
 */
export function useSignatureForm(defaultValues: SignatureFormInput) {
  const form = useForm<SignatureFormInput, unknown, SignatureFormOutput>({
    resolver: zodResolver(signatureFormSchema),
    defaultValues,
    // useFailedSubmitFocus focuses in the page's order, the drawing pad included.
    shouldFocusError: false,
  });
  const [failedSubmits, setFailedSubmits] = useState(0);
  const failed = useRef(false);
  const { setValue } = form;
  // Stable: the pad is set up again (and wiped) whenever its callback changes. A drawing
  // clears its error at once; an emptied pad is called wrong only after a failed submit.
  const onPad = useCallback(
    (png: string | null) => setValue('image', png ?? undefined, { shouldValidate: png !== null || failed.current }),
    [setValue],
  );
  const submit = (onValid: SubmitHandler<SignatureFormOutput>) =>
    form.handleSubmit(onValid, () => {
      failed.current = true;
      setFailedSubmits((n) => n + 1);
    });
  return { form, failedSubmits, onPad, submit };
}

interface Props {
  /**
   * Path of the fields on the page (`sign-asso`), unique on it: several partners' forms
   * can be drawn at once, each field's id is `fieldId(prefix.field)`.
   */
  prefix: string;
  partnerName: string;
  form: UseFormReturn<SignatureFormInput, unknown, SignatureFormOutput>;
  failedSubmits: number;
  onPad: (png: string | null) => void;
  /** What the box says the signatory approves; the charter by default. */
  consentLabel?: string;
  /** A drawing kept from before a reload, shown on the pad when it opens (signature-pad.tsx). */
  initialImage?: string;
}

/**
 * The fields of a signature — who, where, when, typed or drawn, and the consent box —
 * after the summary of a failed submit, which names every missing one.
 */
export function SignatureFields({
  prefix,
  partnerName,
  form,
  failedSubmits,
  onPad,
  consentLabel,
  initialImage,
}: Props) {
  const { t } = useI18n();
  const { register, control } = form;
  const errors = form.formState.errors;
  const method = useWatch({ control, name: 'method' });
  // The fields sit in the caller's form: the first invalid one is found from here.
  const top = useRef<HTMLDivElement>(null);
  useFailedSubmitFocus(top, failedSubmits);
  return (
    <>
      {/* One item of the form's grid with the first fields: an empty summary adds no gap. */}
      <div ref={top}>
        {/* The summary links to `fieldId(prefix.field)`: its errors are read under the prefix. */}
        <ErrorSummary errors={errorsUnder(prefix, errors)} failedSubmits={failedSubmits} />
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
      </div>
      <ChoiceGroup
        name={`${prefix}.method`}
        type="radio"
        legend={t('signing.method')}
        options={[
          { value: 'typed', label: t('signing.typed') },
          { value: 'drawn', label: t('signing.drawn') },
        ]}
        // Choosing the typed signature after a failed submit takes the drawing's error off.
        registration={register('method', { deps: ['image'] })}
      />
      {method === 'drawn' && (
        <SignaturePadField
          name={`${prefix}.image`}
          legend={t('signing.padLegend')}
          label={t('signing.padLabel', { name: partnerName })}
          error={errors.image?.message}
          onChange={onPad}
          initial={initialImage}
        />
      )}
      <ConsentBox
        name={`${prefix}.consent`}
        label={consentLabel ?? t('signing.consent', { name: partnerName })}
        registration={register('consent')}
        error={errors.consent}
      />
    </>
  );
}
