import { proposedSignatory } from '../../domain/signatures';
import { localDay } from '../../lib/local-day';
import { zodResolver } from '@hookform/resolvers/zod';
import { type ReactNode, type RefObject, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { AmendmentChanges } from '../../charter-view/amendment-changes';
import { CharterPage } from '../../charter-view/charter-page';
import { TextField } from '../../components/form/controls';
import { ErrorSummary } from '../../components/form/error-summary';
import { errorsUnder, useFailedSubmitFocus } from '../../components/form/failed-submit';
import { SignaturesNotice } from './signatures-notice';
import { useDocumentTitle } from '../../components/ui/use-document-title';
import { useI18n } from '../../i18n/i18n-provider';
import { formatDate, type MessageKey } from '../../i18n/i18n';
import { downloadBlob } from '../../lib/download-file';
import { slugify } from '../../lib/slugify';
import { z } from '../../lib/zod';
import type { DraftProject } from '../../schemas/project.schema';
import type { SignatureRequest, SignatureReturn } from '../../schemas/signature-request.schema';
import type { SetAsideSignature } from '../../signing/broken-seals';
import { signatureFieldsObject } from '../../schemas/signature.schema';
import { tooLong } from '../../schemas/fields';
import {
  type AmendmentToSign,
  amendmentToSign,
  declineRequest,
  type OpenedRequest,
  RETURN_FILE_SUFFIX,
  readSignatureRequestFragment,
  serializeSignatureReturn,
  signRequest,
} from '../../signing/signature-request';
import { SignatureFields, useSignatureForm } from './signature-fields';

const declineSchema = z.lazy(() =>
  z.object({
    declinedBy: signatureFieldsObject().shape.signatoryName,
    reason: z
      .string()
      .trim()
      .min(1, { error: 'errors.required' })
      .max(2000, { error: tooLong(2000) }),
  }),
);

/**
 * Signing by link, the signatory's side: the charter they were asked to sign, read in full
 * (or an amendment of it: its changes, and the text in force after it on demand),
 * then a signature sealed with this device's key — or a refusal with its reason — handed
 * back as a small file for the coordinator. Nothing is stored here and nothing is sent.
 */
export function SignatoryView({
  hash,
  charterActions,
}: {
  hash: string;
  /** Beside the charter to sign (not an amendment's): what the page around offers with it (its PDF). */
  charterActions?: (project: DraftProject) => ReactNode;
}) {
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
  return (
    <SignatoryForm
      request={opened.request}
      setAside={opened.setAside}
      unsealed={opened.unsealed}
      charterActions={charterActions}
    />
  );
}

/**
 * The page's address carries the request in its fragment: a link of an error summary
 * (`#f-…`) would replace it, and a reload would then lose the charter to sign. Here such a
 * link moves to its field itself — focused, in view — and leaves the address as it is.
 */
function useSummaryLinksKeepAddress(container: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    const onClick = (e: MouseEvent) => {
      const link = e.target instanceof Element ? e.target.closest('.error-summary a[href^="#"]') : null;
      const field = link && document.getElementById(link.getAttribute('href')?.slice(1) ?? '');
      if (!field) return;
      e.preventDefault();
      field.focus();
      field.scrollIntoView?.({ block: 'center' });
    };
    root.addEventListener('click', onClick);
    return () => root.removeEventListener('click', onClick);
  }, [container]);
}

function SignatoryForm({
  request,
  setAside,
  unsealed,
  charterActions,
}: {
  request: SignatureRequest;
  setAside: readonly SetAsideSignature[];
  unsealed: readonly SetAsideSignature[];
  charterActions: ((project: DraftProject) => ReactNode) | undefined;
}) {
  const { t, locale } = useI18n();
  const { project, partnerId } = request;
  // A request about an amendment (its opening checked it is in the project, as announced).
  const toSign = request.amendmentId ? amendmentToSign(project, request.amendmentId) : null;
  // The partner asked: named by the charter, or, for an amendment, by the text it amends or
  // produces (one it brings in signs it too; its opening checked it is one of its parties).
  const named = toSign ? [...toSign.after.partners.partners, ...toSign.amended.partners.partners] : [];
  const partner = [...named, ...project.partners.partners].find((p) => p.id === partnerId)!;
  const name = partner.name.trim();
  const proposed = proposedSignatory(partner);
  const [done, setDone] = useState<{ key: MessageKey; file: string } | null>(null);
  useDocumentTitle(
    t(toSign ? 'signatory.amendment.title' : 'signatory.title'),
    project.partners.title || t('home.untitled'),
    t('app.name'),
  );
  const doneMessage = useRef<HTMLParagraphElement>(null);
  // The form it replaces held the focus: the message takes it.
  // In the commit that draws it: never a moment with the focus on the page.
  useLayoutEffect(() => {
    if (done) doneMessage.current?.focus();
  }, [done]);
  const { form, failedSubmits, onPad, submit } = useSignatureForm({
    signatoryName: proposed.name,
    signatoryTitle: proposed.title,
    place: proposed.place,
    date: localDay(),
    method: 'typed',
    consent: false,
  });
  const decline = useForm<z.input<typeof declineSchema>, unknown, z.output<typeof declineSchema>>({
    resolver: zodResolver(declineSchema),
    defaultValues: { declinedBy: proposed.name, reason: '' },
    shouldFocusError: false,
  });
  // The refusal's form says what is missing as the signature's does.
  const [failedDeclines, setFailedDeclines] = useState(0);
  const declineForm = useRef<HTMLFormElement>(null);
  useFailedSubmitFocus(declineForm, failedDeclines);
  const page = useRef<HTMLDivElement>(null);
  useSummaryLinksKeepAddress(page);

  const hand = (ret: SignatureReturn, key: MessageKey) => {
    const text = toSign ? `-avenant-${toSign.amendment.number}` : '';
    const file = `${slugify(project.partners.title || 'charte')}${text}-${slugify(name)}${RETURN_FILE_SUFFIX}`;
    downloadBlob(new Blob([serializeSignatureReturn(ret)], { type: 'application/json' }), file);
    setDone({ key, file });
  };

  const sign = submit(async ({ image, ...data }) => {
    hand(
      await signRequest(request, { ...data, ...(data.method === 'drawn' && image ? { image } : {}) }),
      'signatory.signed',
    );
  });
  const refuse = decline.handleSubmit(
    (data) => hand(declineRequest(request, data.declinedBy, data.reason), 'signatory.declined'),
    () => setFailedDeclines((n) => n + 1),
  );

  return (
    <div ref={page} className="signatory">
      <h1>{t(toSign ? 'signatory.amendment.title' : 'signatory.title')}</h1>
      <p>{t(toSign ? 'signatory.amendment.intro' : 'signatory.intro', { name })}</p>
      <SignaturesNotice signatures={setAside} lead="seal.setAside.lead" hint="signatory.setAside.hint" />
      <SignaturesNotice signatures={unsealed} lead="signatory.unsealed.lead" hint="signatory.unsealed.hint" />
      {toSign ? (
        <AmendmentToRead toSign={toSign} />
      ) : (
        <>
          {locale !== project.documentLanguage && (
            <p className="panel">{t(`signatory.writtenIn.${project.documentLanguage}` satisfies MessageKey)}</p>
          )}
          {charterActions?.(project)}
          <CharterPage
            project={project}
            locale={project.documentLanguage}
            fingerprint={request.fingerprint}
            headingLevel={2}
          />
        </>
      )}
      <div role="status">
        {done && (
          <p ref={doneMessage} tabIndex={-1} className="panel">
            {t(done.key, { file: done.file })}
          </p>
        )}
      </div>
      {!done && (
        <>
          <form noValidate onSubmit={sign} className="signature-form panel" aria-label={t('signing.formFor', { name })}>
            <SignatureFields
              prefix="signatory"
              partnerName={name}
              form={form}
              failedSubmits={failedSubmits}
              onPad={onPad}
              consentLabel={toSign ? t('record.ui.amendmentConsent', { name }) : undefined}
            />
            <button type="submit" className="button button--primary">
              {t('signatory.sign')}
            </button>
          </form>
          <form ref={declineForm} noValidate onSubmit={refuse} className="panel" aria-label={t('signatory.decline')}>
            {/* Read under the same prefix as the fields' names: ids are `fieldId(signatory.field)`. */}
            <ErrorSummary errors={errorsUnder('signatory', decline.formState.errors)} failedSubmits={failedDeclines} />
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

/**
 * An amendment to sign: what it amends, its subject, reason and date, its changes before
 * and after (the table of the record's amendment screen), and, on demand, the whole text
 * in force once every party signed it.
 */
function AmendmentToRead({ toSign }: { toSign: AmendmentToSign }) {
  const { t, locale } = useI18n();
  const [open, setOpen] = useState(false);
  const { amendment, amended, after } = toSign;
  const textId = `amendment-${amendment.number}-text`;
  // The amendment is written in the charter's language whatever the reader's: they are
  // told so before they read what they sign (not only inside the text in force), and what
  // the partners wrote is marked with its language for screen readers.
  const written = after.documentLanguage;
  return (
    <>
      <h2>{t('signatory.amendment.heading', { n: amendment.number, title: amended.partners.title })}</h2>
      {locale !== written && (
        <p className="panel">{t(`signatory.amendment.writtenIn.${written}` satisfies MessageKey)}</p>
      )}
      <dl className="record-fields">
        <dt>{t('record.amendment.title')}</dt>
        <dd lang={written}>{amendment.title}</dd>
        <dt>{t('record.amendment.reason')}</dt>
        <dd lang={written}>{amendment.reason}</dd>
        <dt>{t('record.doc.date')}</dt>
        <dd>{formatDate(locale, amendment.date)}</dd>
      </dl>
      <h3>{t('record.doc.changes')}</h3>
      <AmendmentChanges changes={amendment.changes} lang={written} />
      <button
        type="button"
        className="button button--secondary"
        aria-expanded={open}
        aria-controls={textId}
        onClick={() => setOpen((o) => !o)}
      >
        {t('signatory.amendment.readText')}
      </button>
      <div id={textId}>
        {open && (
          <>
            {/* Its signatures are the charter's and each amendment's, on their own texts: none here. */}
            <CharterPage
              project={{ ...after, signatures: [] }}
              locale={after.documentLanguage}
              fingerprint={amendment.resulting}
              inForce={{ amendments: amendment.number }}
              headingLevel={3}
            />
          </>
        )}
      </div>
    </>
  );
}
