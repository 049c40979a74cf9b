import { zodResolver } from '@hookform/resolvers/zod';
import { ConsentBox } from '../components/form/consent-box';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { TextField } from '../components/form/controls';
import { ErrorSummary } from '../components/form/error-summary';
import { errorsUnder, useFailedSubmitFocus } from '../components/form/failed-submit';
import { useI18n } from '../i18n/i18n-provider';
import { formatDate } from '../i18n/i18n';
import { localDay } from '../lib/local-day';
import { z } from '../lib/zod';
import type { DraftProject } from '../schemas/project.schema';
import type { Amendment } from '../schemas/record.schema';
import { isoDate, text } from '../schemas/fields';
import { signatureFieldsObject } from '../schemas/signature.schema';
import { shortFingerprint } from '../domain/fingerprint';
import type { ChainCheck } from '../domain/record-amendments';
import { amendmentFingerprint, canSignAmendment, isAmendmentLocked, signAmendment } from '../domain/record-amendments';
import { isDatedAfter, proposedSignatory, signatureStates } from '../domain/signatures';
import { localIsoTime, signOnThisDevice } from '../signing/seal-signature';
import { SealStatus } from '../charter-view/seal-status';
import { AmendmentChanges } from '../charter-view/amendment-changes';
import { AmendmentLinks } from './amendment-links';

// Built when the form first shows (z.lazy), not when the project's code loads.
const detailsSchema = z.lazy(() =>
  z.object({
    title: text('complete', { required: true, max: 200 }),
    reason: text('complete', { required: true }),
    date: isoDate('complete', { required: true }),
  }),
);
type Details = z.output<typeof detailsSchema>;

const signSchema = z.lazy(() =>
  signatureFieldsObject()
    .pick({ signatoryName: true, signatoryTitle: true, place: true, date: true })
    .extend({
      // As for the charter: signing needs the box ticked.
      consent: z.boolean().refine((ticked) => ticked, { error: 'signing.consentRequired' }),
    }),
);
type SignInput = z.input<typeof signSchema>;
type SignFields = z.output<typeof signSchema>;

/**
 * An amendment (avenant): the changes it makes, field by field, its subject and reason
 * while it is a draft, then each partner's signature on its own fingerprint. Once the
 * first partner signed, the text is locked: changing it would void that signature.
 */
export function AmendmentScreen({
  project,
  record,
  amendment,
  chain,
  today,
  now = () => new Date(),
  parties,
  onSave,
  onEdit,
  onCancel,
}: {
  project: DraftProject;
  /**
   * The stored project (the signed charter and its record), which a link to sign the
   * amendment carries; without it, signing by link is not offered.
   */
  record?: DraftProject;
  /**
   * Who signs: every partner of the text amended and of the text it produces (a partner
   * an amendment adds or removes signs it too). The text's partners by default.
   */
  parties?: { id: string; name: string }[];
  amendment: Amendment;
  chain: ChainCheck | null;
  today: string;
  now?: () => Date;
  onSave: (amendment: Amendment) => void;
  /** Opens the draft's text again; only while nobody signed it. */
  onEdit?: () => void;
  onCancel?: () => void;
}) {
  const { t, locale } = useI18n();
  const version = chain?.versions.find((v) => v.number === amendment.number);
  const locked = isAmendmentLocked(amendment);
  const partners = parties ?? project.partners.partners;
  const signed = new Set(version?.signedBy ?? []);
  // The record each line shows is the one the signature rule counts (domain/signatures.ts).
  const statuses = signatureStates(
    amendment.signatures,
    version?.signedFingerprint ?? '',
    partners.map((p) => p.id),
  );
  const [signing, setSigning] = useState<string | null>(null);
  // The partner who just signed: the sign form held the focus, their line takes it.
  const [justSigned, setJustSigned] = useState<string | null>(null);
  const signedLine = useRef<HTMLLIElement>(null);
  useLayoutEffect(() => {
    if (justSigned) signedLine.current?.focus();
  }, [justSigned]);
  // Each signature's seal is checked against the amendment's own fingerprint.
  // Failed saves of the details: the summary shows from the first one, as in the steps.
  const [failedDetails, setFailedDetails] = useState(0);
  // Saving the details changes nothing on screen: say it was done.
  const [detailsSaved, setDetailsSaved] = useState(false);
  const [ownFingerprint, setOwnFingerprint] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void amendmentFingerprint(amendment).then((f) => live && setOwnFingerprint(f));
    return () => {
      live = false;
    };
  }, [amendment]);
  // An amendment that changes nothing is not signed; nor one without a subject (the domain's rule).
  const canSign = canSignAmendment(amendment);
  const details = useForm<Details, unknown, Details>({
    resolver: zodResolver(detailsSchema),
    defaultValues: { title: amendment.title, reason: amendment.reason, date: amendment.date || today },
  });

  return (
    <section className="record-form" aria-labelledby="amendment-title">
      <h2 id="amendment-title">{t('record.doc.amendmentTitle', { n: amendment.number })}</h2>
      <p>
        {version?.fullySigned
          ? t('record.ui.amendmentInForce')
          : t('record.ui.amendmentSignedBy', {
              signed: signed.size,
              total: version?.parties.length ?? partners.length,
            })}
      </p>
      <dl className="record-fingerprints">
        <dt>{t('record.doc.amends')}</dt>
        <dd>
          <code>{shortFingerprint(amendment.amends)}</code>
        </dd>
        <dt>{t('record.doc.resulting')}</dt>
        <dd>
          <code>{shortFingerprint(amendment.resulting)}</code>
        </dd>
      </dl>

      <h3>{t('record.doc.changes')}</h3>
      {/* Written in the charter's language (the labels and values), whatever the interface's. */}
      <AmendmentChanges changes={amendment.changes} lang={project.documentLanguage} />
      {onEdit && !locked && (
        <div className="actions">
          <button type="button" className="button button--secondary" onClick={onEdit}>
            {t('record.ui.editDraft')}
          </button>
        </div>
      )}

      {locked ? (
        <dl className="record-fields">
          <dt>{t('record.amendment.title')}</dt>
          <dd lang={project.documentLanguage}>{amendment.title}</dd>
          <dt>{t('record.amendment.reason')}</dt>
          <dd lang={project.documentLanguage}>{amendment.reason}</dd>
          <dt>{t('record.doc.date')}</dt>
          <dd>{formatDate(locale, amendment.date)}</dd>
        </dl>
      ) : (
        <form
          noValidate
          aria-label={t('record.ui.amendmentDetails')}
          onSubmit={details.handleSubmit(
            (d) => {
              onSave({ ...amendment, ...d });
              setDetailsSaved(true);
            },
            () => {
              setDetailsSaved(false);
              setFailedDetails((n) => n + 1);
            },
          )}
        >
          <ErrorSummary errors={details.formState.errors} failedSubmits={failedDetails} />
          <TextField
            name="title"
            label={t('record.amendment.title')}
            required
            registration={details.register('title')}
            error={details.formState.errors.title}
          />
          <TextField
            name="reason"
            label={t('record.amendment.reason')}
            multiline
            required
            registration={details.register('reason')}
            error={details.formState.errors.reason}
          />
          <TextField
            name="date"
            label={t('record.doc.date')}
            type="date"
            required
            registration={details.register('date')}
            error={details.formState.errors.date}
          />
          <button type="submit" className="button button--primary">
            {t('record.ui.saveAmendment')}
          </button>
          <p role="status" className="field__hint">
            {detailsSaved ? t('record.ui.amendmentSaved') : ''}
          </p>
        </form>
      )}

      <h3>{t('record.ui.signatures')}</h3>
      <p className="field__hint">{t('record.ui.amendmentSignHint')}</p>
      <ul className="record-signatures">
        {partners.map((p, i) => {
          const own = statuses[i]?.signature;
          return (
            <li
              key={p.id}
              ref={p.id === justSigned ? signedLine : undefined}
              tabIndex={p.id === justSigned ? -1 : undefined}
            >
              <span>{p.name}</span>{' '}
              {signed.has(p.id) ? (
                <>
                  <strong>{t('record.ui.signed')}</strong>
                  {own && <SealStatus signature={own} fingerprint={ownFingerprint} />}
                </>
              ) : (
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={!canSign}
                  onClick={() => setSigning(p.id)}
                >
                  {t('record.ui.signFor', { name: p.name })}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {/* Only the amendment waiting for signatures is asked for: a link to another one would not open. */}
      {record && chain?.pending?.id === amendment.id && (
        <AmendmentLinks
          record={record}
          amendment={amendment}
          fingerprint={ownFingerprint}
          parties={partners}
          signedBy={signed}
          canAsk={canSign}
          onSigned={(next) => onSave(next)}
        />
      )}
      {!locked && amendment.changes.length === 0 && <p className="field__hint">{t('record.ui.noChangesToSign')}</p>}
      {!amendment.title.trim() && <p className="field__hint">{t('record.ui.saveBeforeSigning')}</p>}
      {signing && (
        <SignForm
          partnerName={partners.find((p) => p.id === signing)?.name ?? signing}
          proposed={proposedFor(project, signing)}
          today={today}
          onCancel={() => setSigning(null)}
          onSign={async ({ consent: _, ...fields }) => {
            // Sealed with this device's key, at the signer's local time with its offset.
            const next = await signAmendment(
              amendment,
              { ...fields, partnerId: signing, method: 'typed', signedAt: localIsoTime(now()) },
              (s) => signOnThisDevice(s),
            );
            setSigning(null);
            onSave(next);
            setJustSigned(signing);
          }}
        />
      )}
      {onCancel && (
        <div className="actions">
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('record.ui.back')}
          </button>
        </div>
      )}
    </section>
  );
}

/** Whom the form proposes (the domain's rule), for a partner of the text; none for another. */
function proposedFor(project: DraftProject, partnerId: string): { name: string; title: string; place: string } {
  const partner = project.partners.partners.find((p) => p.id === partnerId);
  return partner ? proposedSignatory(partner) : { name: '', title: '', place: '' };
}

function SignForm({
  partnerName,
  proposed,
  today,
  onSign,
  onCancel,
}: {
  partnerName: string;
  proposed: { name: string; title: string; place: string };
  today: string;
  onSign: (fields: SignFields) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  // A date after the day of signing (a mistyped year) would be sealed as given: refused, as
  // on the charter's signature forms. "today" is the record's (injected) day; the clock's own
  // day counts too, for a screen left open past midnight.
  const schema = useMemo(
    () =>
      signSchema.refine((f) => !isDatedAfter(f.date, today > localDay() ? today : localDay()), {
        error: 'signing.dateAfterToday',
        path: ['date'],
      }),
    [today],
  );
  const form = useForm<SignInput, unknown, SignFields>({
    resolver: zodResolver(schema),
    defaultValues: {
      signatoryName: proposed.name,
      signatoryTitle: proposed.title,
      place: proposed.place,
      date: today,
      consent: false,
    },
    // As in the steps: focus goes to the first invalid field in the page's order, in view.
    shouldFocusError: false,
  });
  const e = form.formState.errors;
  // Failed submits: the summary shows from the first one and names every missing field.
  const [failedSubmits, setFailedSubmits] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useFailedSubmitFocus(formRef, failedSubmits);
  return (
    <form
      ref={formRef}
      noValidate
      className="card"
      aria-label={t('record.ui.signFor', { name: partnerName })}
      onSubmit={form.handleSubmit(onSign, () => setFailedSubmits((n) => n + 1))}
    >
      {/* One item of the card's grid with the first field: an empty summary adds no gap. */}
      <div>
        {/* The fields' names carry the prefix `sign` (the details form beside has its own
            `date`): the summary reads the errors under it, to link to their ids. */}
        <ErrorSummary errors={errorsUnder('sign', e)} failedSubmits={failedSubmits} />
        <TextField
          name="sign.signatoryName"
          label={t('doc.signatures.name')}
          required
          registration={form.register('signatoryName')}
          error={e.signatoryName}
        />
      </div>
      <TextField
        name="sign.signatoryTitle"
        label={t('doc.signatures.title')}
        required
        registration={form.register('signatoryTitle')}
        error={e.signatoryTitle}
      />
      <TextField
        name="sign.place"
        label={t('doc.signatures.place')}
        required
        registration={form.register('place')}
        error={e.place}
      />
      <TextField
        name="sign.date"
        label={t('doc.signatures.date')}
        type="date"
        required
        registration={form.register('date')}
        error={e.date}
      />
      <ConsentBox
        name="sign.consent"
        label={t('record.ui.amendmentConsent', { name: partnerName })}
        registration={form.register('consent')}
        error={e.consent}
      />
      <div className="actions">
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('record.ui.cancel')}
        </button>
        <button type="submit" className="button button--primary">
          {t('record.ui.signAmendment')}
        </button>
      </div>
    </form>
  );
}
