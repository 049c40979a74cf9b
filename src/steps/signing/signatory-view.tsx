import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useEffect, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { CharterPage } from '../../charter-view/charter-page';
import { ChoiceGroup } from '../../components/form/choice-group';
import { TextField } from '../../components/form/controls';
import { useI18n } from '../../i18n/i18n-provider';
import type { MessageKey } from '../../i18n/i18n';
import { downloadBlob } from '../../lib/download-file';
import { slugify } from '../../lib/slugify';
import { z } from '../../lib/zod';
import type { SignatureRequest, SignatureReturn } from '../../schemas/signature-request.schema';
import { signatureFieldsSchema } from '../../schemas/signature.schema';
import {
  declineRequest,
  type OpenedRequest,
  RETURN_FILE_SUFFIX,
  readSignatureRequestFragment,
  serializeSignatureReturn,
  signRequest,
} from '../../signing/signature-request';
import { SignaturePadField } from './signature-pad';

const formSchema = signatureFieldsSchema
  .pick({ signatoryName: true, signatoryTitle: true, place: true, date: true, method: true })
  .extend({
    // A box the user ticks: false until then, and signing needs it ticked.
    consent: z.boolean().refine((ticked) => ticked, { error: 'signing.consentRequired' }),
  });

const declineSchema = z.object({
  declinedBy: signatureFieldsSchema.shape.signatoryName,
  reason: z.string().trim().min(1, { error: 'errors.required' }).max(2000, { error: 'errors.tooLong' }),
});

/**
 * Signing by link, the signatory's side: the charter they were asked to sign, read in full,
 * then a signature sealed with this device's key — or a refusal with its reason — handed
 * back as a small file for the coordinator. Nothing is stored here and nothing is sent.
 */
export function SignatoryView({ hash }: { hash: string }) {
  const { t } = useI18n();
  const [opened, setOpened] = useState<OpenedRequest | null>(null);
  useEffect(() => {
    void readSignatureRequestFragment(hash).then((r) => setOpened(r ?? { ok: false, problem: 'damaged' }));
  }, [hash]);
  if (!opened) return <p role="status">{t('app.loading')}</p>;
  if (!opened.ok) {
    return (
      <div role="alert" className="panel panel--warning">
        <h1>{t('signatory.title')}</h1>
        <p>{t(`signatory.problem.${opened.problem}` satisfies MessageKey)}</p>
      </div>
    );
  }
  return <SignatoryForm request={opened.request} />;
}

function SignatoryForm({ request }: { request: SignatureRequest }) {
  const { t, tk } = useI18n();
  const { project, partnerId } = request;
  const partner = project.partners.partners.find((p) => p.id === partnerId)!;
  const name = partner.name.trim();
  const [image, setImage] = useState<string | null>(null);
  const [padError, setPadError] = useState(false);
  const [done, setDone] = useState<{ key: MessageKey; file: string } | null>(null);
  const onPad = useCallback((png: string | null) => {
    setImage(png);
    if (png) setPadError(false);
  }, []);
  const { register, handleSubmit, control, formState } = useForm<
    z.input<typeof formSchema>,
    unknown,
    z.output<typeof formSchema>
  >({
    resolver: zodResolver(formSchema),
    defaultValues: {
      signatoryName: partner.contactName,
      signatoryTitle: partner.contactRole,
      place: partner.city,
      date: new Date().toISOString().slice(0, 10),
      method: 'typed',
      consent: false,
    },
  });
  const decline = useForm<z.input<typeof declineSchema>, unknown, z.output<typeof declineSchema>>({
    resolver: zodResolver(declineSchema),
    defaultValues: { declinedBy: partner.contactName, reason: '' },
  });
  const method = useWatch({ control, name: 'method' });
  const errors = formState.errors;

  const hand = (ret: SignatureReturn, key: MessageKey) => {
    const file = `${slugify(project.partners.title || 'charte')}-${slugify(name)}${RETURN_FILE_SUFFIX}`;
    downloadBlob(new Blob([serializeSignatureReturn(ret)], { type: 'application/json' }), file);
    setDone({ key, file });
  };

  const sign = handleSubmit(async (data) => {
    if (data.method === 'drawn' && !image) {
      setPadError(true);
      return;
    }
    hand(
      await signRequest(request, { ...data, ...(data.method === 'drawn' && image ? { image } : {}) }),
      'signatory.signed',
    );
  });
  const refuse = decline.handleSubmit((data) =>
    hand(declineRequest(request, data.declinedBy, data.reason), 'signatory.declined'),
  );

  return (
    <div className="signatory">
      <h1>{t('signatory.title')}</h1>
      <p>{t('signatory.intro', { name })}</p>
      <CharterPage project={project} locale={project.documentLanguage} fingerprint={request.fingerprint} />
      <div role="status">{done && <p className="panel">{t(done.key, { file: done.file })}</p>}</div>
      {!done && (
        <>
          <form noValidate onSubmit={sign} className="signature-form panel" aria-label={t('signing.formFor', { name })}>
            <div className="grid">
              <TextField
                name="signatory.signatoryName"
                label={t('signing.name')}
                required
                registration={register('signatoryName')}
                error={errors.signatoryName}
                autoComplete="name"
              />
              <TextField
                name="signatory.signatoryTitle"
                label={t('signing.titleField')}
                required
                registration={register('signatoryTitle')}
                error={errors.signatoryTitle}
              />
              <TextField
                name="signatory.place"
                label={t('signing.place')}
                required
                registration={register('place')}
                error={errors.place}
              />
              <TextField
                name="signatory.date"
                label={t('signing.date')}
                type="date"
                required
                registration={register('date')}
                error={errors.date}
              />
            </div>
            <ChoiceGroup
              name="signatory.method"
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
                <SignaturePadField id="signatory-pad" label={t('signing.padLabel', { name })} onChange={onPad} />
                {padError && (
                  <p role="alert" className="field__error">
                    {t('errors.drawSignature')}
                  </p>
                )}
              </>
            )}
            <div className={`field field--checkbox${errors.consent ? ' field--invalid' : ''}`}>
              <input
                id="signatory-consent"
                type="checkbox"
                {...register('consent')}
                aria-invalid={Boolean(errors.consent)}
                aria-describedby={errors.consent ? 'signatory-consent-error' : undefined}
              />
              <label htmlFor="signatory-consent">{t('signing.consent', { name })}</label>
              {errors.consent?.message && (
                <p id="signatory-consent-error" className="field__error" role="alert">
                  {tk(errors.consent.message)}
                </p>
              )}
            </div>
            <button type="submit" className="button button--primary">
              {t('signatory.sign')}
            </button>
          </form>
          <form noValidate onSubmit={refuse} className="panel" aria-label={t('signatory.decline')}>
            <TextField
              name="signatory.declinedBy"
              label={t('signing.name')}
              required
              registration={decline.register('declinedBy')}
              error={decline.formState.errors.declinedBy}
            />
            <TextField
              name="signatory.reason"
              label={t('signatory.declineReason')}
              required
              multiline
              registration={decline.register('reason')}
              error={decline.formState.errors.reason}
            />
            <button type="submit" className="button button--secondary">
              {t('signatory.decline')}
            </button>
          </form>
        </>
      )}
    </div>
  );
}
