import { lazy, Suspense } from 'react';
import { GuidancePanel } from '../../guide-ui/guidance-panel';
import { useI18n } from '../../i18n/i18n-provider';
import { WizardContext } from '../../machine/wizard.context';
import { selectProject } from '../../machine/wizard.selectors';
import { PdfButtons } from '../common/pdf-buttons';
import { FingerprintLine } from '../common/fingerprint-line';
import { useFingerprint } from '../common/use-fingerprint';
import { SealStatus } from './seal-status';
import { SignatureFormCard } from './signature-form';

// Signing by link loads with the signing step's first render, not with the wizard.
const RemoteSigning = lazy(() => import('./remote-signing').then((m) => ({ default: m.RemoteSigning })));

export function SigningStep() {
  const { t, date } = useI18n();
  const actor = WizardContext.useActorRef();
  const project = WizardContext.useSelector(selectProject);
  const fingerprint = useFingerprint();
  const partners = project.partners.partners;
  const signed = project.signatures.length;

  return (
    <section aria-labelledby="step-heading" className="step">
      <h2 id="step-heading" tabIndex={-1}>
        {t('signing.title')}
      </h2>
      <p className="step__intro">{t('signing.intro')}</p>
      <GuidancePanel step="signing" />
      <p role="status" className="signing__progress">
        {signed === partners.length
          ? t('signing.allSigned', { count: signed })
          : t('signing.progress', { signed, total: partners.length })}
      </p>
      <FingerprintLine fingerprint={fingerprint} />
      {partners.map((partner, i) => {
        const signature = project.signatures.find((s) => s.partnerId === partner.id);
        const name = partner.name || t('partners.partnerN', { n: i + 1 });
        return (
          <section key={partner.id} className="card" aria-labelledby={`sig-${partner.id}`}>
            <h3 id={`sig-${partner.id}`}>{name}</h3>
            {signature ? (
              <div className="signature-done">
                <p>
                  {t('signing.signedBy', {
                    name: signature.signatoryName,
                    title: signature.signatoryTitle,
                    place: signature.place,
                    date: date(signature.date),
                  })}
                </p>
                <SealStatus signature={signature} fingerprint={fingerprint} />
                {signature.image ? (
                  <img
                    src={signature.image}
                    alt={t('signing.imageAlt', { name: signature.signatoryName })}
                    className="signature-done__image"
                  />
                ) : (
                  <p className="signature-done__typed">{signature.signatoryName}</p>
                )}
                <button
                  type="button"
                  className="button button--link"
                  onClick={() => actor.send({ type: 'signature.removed', partnerId: partner.id })}
                >
                  {t('signing.remove', { name })}
                </button>
              </div>
            ) : (
              <SignatureFormCard
                partnerId={partner.id}
                partnerName={name}
                defaultName={partner.contactName}
                defaultTitle={partner.contactRole}
                defaultPlace={partner.city}
              />
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
