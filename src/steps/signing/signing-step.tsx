import { proposedSignatory } from '../../domain/signatures';
import { lazy, type ReactNode, Suspense, useLayoutEffect, useRef } from 'react';
import { shortFingerprint } from '../../domain/fingerprint';
import { GuidancePanel } from '../../guide-ui/guidance-panel';
import { useI18n } from '../../i18n/i18n-provider';
import { signatureImageFits } from '../../lib/png-size';
import { useRecordView } from '../../machine/app.record-view';
import { WizardContext } from '../../machine/wizard.context';
import {
  selectAmendOnly,
  selectCoSigned,
  selectFingerprint,
  selectPartnerSignatures,
  selectProject,
  selectSignedCount,
} from '../../machine/wizard.selectors';
import type { Signature } from '../../schemas/signature.schema';
import { FingerprintLine } from '../common/fingerprint-line';
import { PdfButtons } from '../common/pdf-buttons';
import { SealStatus } from '../../charter-view/seal-status';
import { SignatureFormCard } from './signature-form';

// Signing by link loads with the signing step's first render, not with the wizard.
const RemoteSigning = lazy(() => import('./remote-signing').then((m) => ({ default: m.RemoteSigning })));

export function SigningStep() {
  const { t } = useI18n();
  const actor = WizardContext.useActorRef();
  const project = WizardContext.useSelector(selectProject);
  // Who signed is the domain's answer (domain/signatures.ts): a record counts only for the
  // partner it names and the text on screen.
  const statuses = WizardContext.useSelector(selectPartnerSignatures);
  const fingerprint = WizardContext.useSelector(selectFingerprint);
  const partners = project.partners.partners;
  const signed = WizardContext.useSelector(selectSignedCount);
  const coSigned = WizardContext.useSelector(selectCoSigned);
  // Once every partner signed, the follow-up lives in the partnership record (issue 13).
  const amendOnly = WizardContext.useSelector(selectAmendOnly);
  const recordView = useRecordView();
  useFocusKeptOnSigning(statuses.map((s) => s?.state ?? 'unsigned').join(','));

  return (
    <section aria-labelledby="step-heading" className="step">
      <h2 id="step-heading" tabIndex={-1}>
        {t('signing.title')}
      </h2>
      <p className="step__intro">{t('signing.intro')}</p>
      <GuidancePanel step="signing" />
      <p role="status" className="signing__progress">
        {coSigned
          ? t('signing.allSigned', { count: signed })
          : t('signing.progress', { signed, total: partners.length })}
      </p>
      <FingerprintLine fingerprint={fingerprint} />
      {amendOnly && recordView && (
        <div className="panel">
          <p>{t('record.ui.entryIntro')}</p>
          <button type="button" className="button button--primary" onClick={() => recordView.setOpen(true)}>
            {t('record.ui.title')}
          </button>
        </div>
      )}
      {partners.map((partner, i) => {
        const status = statuses[i];
        const name = partner.name || t('partners.partnerN', { n: i + 1 });
        const proposed = proposedSignatory(partner);
        const form = (
          <SignatureFormCard
            partnerId={partner.id}
            partnerName={name}
            defaultName={proposed.name}
            defaultTitle={proposed.title}
            defaultPlace={proposed.place}
          />
        );
        return (
          <section key={`${partner.id}-${i}`} className="card" aria-labelledby={`sig-${i}`}>
            <h3 id={`sig-${i}`} tabIndex={-1}>
              {name}
            </h3>
            {status?.state === 'signed' && status.signature ? (
              <SignatureDone signature={status.signature} id={`sig-done-${i}`}>
                <button
                  type="button"
                  className="button button--link"
                  onClick={() => actor.send({ type: 'signature.removed', partnerId: partner.id })}
                >
                  {t('signing.remove', { name })}
                </button>
              </SignatureDone>
            ) : status?.signature ? (
              <>
                <p className="panel panel--warning">
                  {status.state === 'ambiguous'
                    ? t('signing.ambiguous', { name })
                    : t('signing.otherText', { name, fingerprint: shortFingerprint(status.signature.fingerprint) })}
                </p>
                <SignatureDone signature={status.signature} />
                {form}
              </>
            ) : (
              form
            )}
          </section>
        );
      })}
      <Suspense fallback={null}>
        <RemoteSigning fingerprint={fingerprint} />
      </Suspense>
      <div className="panel">
        <h3>{t('review.documents')}</h3>
        <PdfButtons />
      </div>
      <div className="step__nav">
        <button type="button" className="button button--secondary" onClick={() => actor.send({ type: 'step.back' })}>
          {t('nav.backToReview')}
        </button>
      </div>
    </section>
  );
}

/**
 * Signing (or removing a signature) replaces the button just pressed: focus would fall to
 * the page. It goes to what replaced it instead — the « Signé par… » line, or the partner's
 * heading above the form that is back — so the keyboard and the screen reader go on there.
 */
function useFocusKeptOnSigning(states: string): void {
  const previous = useRef(states);
  // In the commit that removes the button: the focus never rests on the page meanwhile.
  useLayoutEffect(() => {
    const before = previous.current.split(',');
    previous.current = states;
    if (document.activeElement && document.activeElement !== document.body) return;
    const now = states.split(',');
    const i = now.findIndex((s, k) => s !== before[k]);
    if (i < 0) return;
    document.getElementById(now[i] === 'signed' ? `sig-done-${i}` : `sig-${i}`)?.focus();
  }, [states]);
}

function SignatureDone({ signature, id, children }: { signature: Signature; id?: string; children?: ReactNode }) {
  const { t, date } = useI18n();
  const fingerprint = WizardContext.useSelector(selectFingerprint);
  return (
    <div className="signature-done">
      <p id={id} tabIndex={id ? -1 : undefined}>
        {t('signing.signedBy', {
          name: signature.signatoryName,
          title: signature.signatoryTitle,
          place: signature.place,
          date: date(signature.date),
        })}
      </p>
      <SealStatus signature={signature} fingerprint={fingerprint} />
      {/* An image too large to decode safely (src/lib/png-size.ts) is not shown. */}
      {signature.image && signatureImageFits(signature.image) ? (
        <img
          src={signature.image}
          alt={t('signing.imageAlt', { name: signature.signatoryName })}
          className="signature-done__image"
        />
      ) : (
        <p className="signature-done__typed">
          {signature.image ? t('doc.signatures.imageTooLarge') : signature.signatoryName}
        </p>
      )}
      {children}
    </div>
  );
}
