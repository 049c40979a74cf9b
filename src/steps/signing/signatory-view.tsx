import { proposedSignatory } from '../../domain/signatures';
import { localDay } from '../../lib/local-day';
import { zodResolver } from '@hookform/resolvers/zod';
import { type ReactNode, type RefObject, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { SignatoryDraft } from '../../schemas/signatory-draft.schema';
import type { DraftSaver, SignatoryTabStore } from '../../signing/signatory-tab-store';
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
  readSignatureRequestFragment,
  returnFileName,
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
 * back as a small file for the coordinator. Nothing is sent. What is typed is kept in this
 * tab only (sessionStorage, persistence/signatory-tab.ts), per request, until the tab is
 * closed: a reload or a crashed tab restored finds the forms as they were, and, once the
 * partner answered, the answer file itself, to download again byte for byte (never signed again).
 */
export function SignatoryView({
  hash,
  charterActions,
  keep,
}: {
  hash: string;
  /**
   * Where what is typed, and the answer, are kept (app/signatory-screen.tsx gives the tab's
   * sessionStorage, persistence/signatory-tab.ts); without it, nothing is.
   */
  keep?: SignatoryTabStore;
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
      // Another request (the address changed) is another form, with its own draft.
      key={hash}
      request={opened.request}
      setAside={opened.setAside}
      unsealed={opened.unsealed}
      charterActions={charterActions}
      keep={keep}
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
  keep,
}: {
  request: SignatureRequest;
  setAside: readonly SetAsideSignature[];
  unsealed: readonly SetAsideSignature[];
  charterActions: ((project: DraftProject) => ReactNode) | undefined;
  keep: SignatoryTabStore | undefined;
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
  // What this tab kept for this request, read once: the forms start from it.
  const [kept] = useState(() => keep?.read(request) ?? null);
  const draft = kept?.kind === 'draft' ? kept : null;
  const [done, setDone] = useState<Done | null>(() =>
    kept?.kind === 'answer' ? { outcome: kept.outcome, file: kept.file, text: kept.text, restored: true } : null,
  );
  // A status about the draft: taken back, cleared, or not kept by this browser.
  const [note, setNote] = useState<MessageKey | null>(draft ? 'signatory.draft.restored' : null);
  const [hasDraft, setHasDraft] = useState(Boolean(draft));
  // The note sits atop the form the signatory was typing in: a reload brings them back there.
  const [noteAt, setNoteAt] = useState<SignatoryDraft['form']>(draft?.form ?? 'sign');
  const noteRef = useRef<HTMLParagraphElement>(null);
  useDocumentTitle(
    t(toSign ? 'signatory.amendment.title' : 'signatory.title'),
    project.partners.title || t('home.untitled'),
    t('app.name'),
  );
  const doneMessage = useRef<HTMLParagraphElement>(null);
  // The form it replaces held the focus: the message takes it (after a reload too: the
  // answer given is what the page is now about).
  // In the commit that draws it: never a moment with the focus on the page.
  useLayoutEffect(() => {
    if (done) doneMessage.current?.focus();
  }, [done]);
  // A draft taken back or cleared: the user is told where the forms are, and Tab goes on from there.
  useLayoutEffect(() => {
    if (note === 'signatory.draft.restored' || note === 'signatory.draft.cleared') noteRef.current?.focus();
  }, [note]);
  const initial = {
    signature: {
      signatoryName: proposed.name,
      signatoryTitle: proposed.title,
      place: proposed.place,
      date: localDay(),
      method: 'typed' as const,
    },
    decline: { declinedBy: proposed.name, reason: '' },
  };
  // The drawing kept, shown by the pad when it opens; gone once the typed signature is chosen.
  const restoredImage = useRef(draft?.signature.method === 'drawn' ? draft.signature.image : undefined);
  const { form, failedSubmits, onPad, submit } = useSignatureForm({
    ...(draft ? { ...draft.signature, image: undefined } : initial.signature),
    consent: false,
  });
  const decline = useForm<z.input<typeof declineSchema>, unknown, z.output<typeof declineSchema>>({
    resolver: zodResolver(declineSchema),
    defaultValues: draft?.decline ?? initial.decline,
    shouldFocusError: false,
  });
  // Set while nothing typed is to be kept: the forms being reset, or the answer given.
  const paused = useRef(false);
  const autosave = useDraftAutosave(
    keep,
    request,
    form,
    decline,
    restoredImage,
    paused,
    draft?.form ?? 'sign',
    (kept) => {
      if (kept) setHasDraft(true);
      setNote((n) => (kept ? (n === 'signatory.draft.notKept' ? null : n) : 'signatory.draft.notKept'));
    },
  );
  const clearDraft = () => {
    autosave.current?.cancel();
    keep?.clear(request);
    restoredImage.current = undefined;
    autosave.current = null;
    // Back to the values the page opened with (the typed signature: an open pad closes, its drawing
    // with it), which are not a draft to keep.
    paused.current = true;
    form.reset({ ...initial.signature, consent: false });
    decline.reset(initial.decline);
    paused.current = false;
    setHasDraft(false);
    setNoteAt('sign');
    setNote('signatory.draft.cleared');
  };
  // The refusal's form says what is missing as the signature's does.
  const [failedDeclines, setFailedDeclines] = useState(0);
  const declineForm = useRef<HTMLFormElement>(null);
  useFailedSubmitFocus(declineForm, failedDeclines);
  const page = useRef<HTMLDivElement>(null);
  useSummaryLinksKeepAddress(page);

  const hand = (ret: SignatureReturn, outcome: Done['outcome']) => {
    const file = returnFileName(project.partners.title, name, partnerId, toSign?.amendment.number);
    const text = serializeSignatureReturn(ret);
    // The answer replaces the draft: no save of the forms, pending or to come, overwrites it.
    paused.current = true;
    autosave.current?.cancel();
    const kept = keep ? keep.write(request, { kind: 'answer', outcome, file, text }) : true;
    downloadReturn(text, file);
    setDone({ outcome, file, text, restored: false, notKept: !kept });
  };

  const sign = submit(async ({ image, ...data }) => {
    hand(await signRequest(request, { ...data, ...(data.method === 'drawn' && image ? { image } : {}) }), 'signed');
  });
  const refuse = decline.handleSubmit(
    (data) => hand(declineRequest(request, data.declinedBy, data.reason), 'declined'),
    () => setFailedDeclines((n) => n + 1),
  );

  const noteBlock = (
    <div role="status">
      {note && (
        <p ref={noteRef} tabIndex={-1}>
          {t(note)}
        </p>
      )}
    </div>
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
            {t(doneMessageKey(done), { file: done.file })}
          </p>
        )}
        {done?.notKept && <p>{t('signatory.answerNotKept')}</p>}
      </div>
      {done && (
        <p>
          {/* The same bytes as the first time: the seal holds only for the content it sealed. */}
          <button
            type="button"
            className="button button--secondary"
            onClick={() => downloadReturn(done.text, done.file)}
          >
            {t('signatory.downloadAgain')}
          </button>
        </p>
      )}
      {!done && (
        <>
          {keep && (
            <p className="field__hint">
              {t('signatory.draft.kept')}{' '}
              {hasDraft && (
                <button type="button" className="button button--link" onClick={clearDraft}>
                  {t('signatory.draft.clear')}
                </button>
              )}
            </p>
          )}
          <form noValidate onSubmit={sign} className="signature-form panel" aria-label={t('signing.formFor', { name })}>
            {noteAt === 'sign' && noteBlock}
            <SignatureFields
              prefix="signatory"
              partnerName={name}
              form={form}
              failedSubmits={failedSubmits}
              onPad={onPad}
              consentLabel={toSign ? t('record.ui.amendmentConsent', { name }) : undefined}
              initialImage={restoredImage.current}
            />
            <button type="submit" className="button button--primary">
              {t('signatory.sign')}
            </button>
          </form>
          <form ref={declineForm} noValidate onSubmit={refuse} className="panel" aria-label={t('signatory.decline')}>
            {noteAt === 'decline' && noteBlock}
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

interface Done {
  outcome: 'signed' | 'declined';
  file: string;
  /** The return file's text, as handed over: downloaded again as it is. */
  text: string;
  /** Found in the tab after a reload, not given just now. */
  restored: boolean;
  /** The tab could not keep it (storage full or refused): a reload would offer the forms again. */
  notKept?: boolean;
}

function doneMessageKey({ outcome, restored }: Done): MessageKey {
  if (restored) return outcome === 'signed' ? 'signatory.answered.signed' : 'signatory.answered.declined';
  return outcome === 'signed' ? 'signatory.signed' : 'signatory.declined';
}

function downloadReturn(text: string, file: string): void {
  downloadBlob(new Blob([text], { type: 'application/json' }), file);
}

type SignatureForm = ReturnType<typeof useSignatureForm>['form'];
type DeclineForm = ReturnType<typeof useForm<z.input<typeof declineSchema>, unknown, z.output<typeof declineSchema>>>;

/**
 * Keeps both forms in the tab as the signatory types (at most a second behind), and at
 * once when the page goes away (a reload, a closed tab, the app leaving for another
 * address): which form was typed in last is kept with them. The consent box is not.
 */
function useDraftAutosave(
  keep: SignatoryTabStore | undefined,
  request: SignatureRequest,
  form: SignatureForm,
  decline: DeclineForm,
  restoredImage: RefObject<string | undefined>,
  paused: RefObject<boolean>,
  startForm: SignatoryDraft['form'],
  onWrite: (kept: boolean) => void,
): RefObject<DraftSaver | null> {
  const autosave = useRef<DraftSaver | null>(null);
  const written = useRef(onWrite);
  written.current = onWrite;
  useEffect(() => {
    let last = startForm;
    const push = (which: SignatoryDraft['form']) => {
      if (paused.current) return;
      last = which;
      const { signatoryName, signatoryTitle, place, date, method, image } = form.getValues();
      // A cleared draft starts a new saver at the next keystroke (clearing cancels the last one).
      autosave.current ??= keep?.draftSaver(request, (kept) => written.current(kept)) ?? null;
      autosave.current?.push({
        kind: 'draft',
        form: last,
        signature: {
          signatoryName,
          signatoryTitle,
          place,
          date,
          method,
          ...(method === 'drawn' && image ? { image } : {}),
        },
        decline: decline.getValues(),
      });
    };
    const signing = form.watch((values, { name }) => {
      // The typed signature chosen: the drawing kept before is no longer the one to show.
      if (name === 'method' && values.method === 'typed') restoredImage.current = undefined;
      // The consent box changes nothing kept, nor the drawing of a pad that closes (the typed
      // signature chosen, or the forms cleared).
      if (name === 'consent' || (name === 'image' && values.method !== 'drawn')) return;
      push('sign');
    });
    const declining = decline.watch(() => push('decline'));
    const flush = () => autosave.current?.flush();
    addEventListener('pagehide', flush);
    return () => {
      signing.unsubscribe();
      declining.unsubscribe();
      removeEventListener('pagehide', flush);
      flush();
    };
  }, [keep, request, form, decline, restoredImage, paused, startForm]);
  return autosave;
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
