import { groupedFingerprint } from '../domain/fingerprint';
import { createTranslator, type Locale } from '../i18n/i18n';
import { Heading } from './heading';
import { signatureCaption, signatureSlotRows, type CharterModel, type SignatureSlot } from '../document/document-model';

type Signatures = CharterModel['signatures'];

/** The fingerprint in full, then one block per partner: drawn image with alt text, or the typed name. */
export function SignaturesView({
  signatures,
  fingerprint,
  locale,
  headingLevel,
}: {
  signatures: Signatures;
  fingerprint: string;
  locale: Locale;
  /** The level of each partner's heading. */
  headingLevel: number;
}) {
  return (
    <>
      {fingerprint && (
        <p className="charter-page__fingerprint">
          <span className="charter-page__text">{signatures.fingerprintLabel}</span>{' '}
          <code>{groupedFingerprint(fingerprint)}</code>
        </p>
      )}
      <div className="charter-page__signatures">
        {signatures.slots.map((slot, i) => (
          <SlotView key={i} slot={slot} labels={signatures.labels} locale={locale} level={headingLevel} />
        ))}
      </div>
    </>
  );
}

function SlotView({
  slot,
  labels,
  locale,
  level,
}: {
  slot: SignatureSlot;
  labels: Signatures['labels'];
  locale: Locale;
  level: number;
}) {
  const t = createTranslator(locale);
  const s = slot.signed;
  const rows = signatureSlotRows(slot, labels);
  return (
    <section className="charter-page__slot" aria-label={slot.partnerName}>
      <Heading level={level} className="charter-page__block-title">
        {slot.partnerName}
      </Heading>
      <p className="charter-page__muted charter-page__text">{slot.partnerKind}</p>
      <dl className="charter-page__fields">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt className="charter-page__text">{label}</dt>
            {/* Empty on purpose: filled in by hand on a printed copy. */}
            <dd className={value ? undefined : 'charter-page__blank'}>{value}</dd>
          </div>
        ))}
      </dl>
      <div className="charter-page__signature-area">
        {s?.method === 'drawn' && s.image ? (
          <img src={s.image} alt={t('doc.signatures.drawnAlt', { name: s.name || slot.partnerName })} />
        ) : s ? (
          <span className="charter-page__typed" aria-label={t('doc.signatures.typedAlt', { name: s.name })}>
            {s.name}
          </span>
        ) : null}
      </div>
      <p className="charter-page__muted charter-page__text">{signatureCaption(s, labels)}</p>
    </section>
  );
}
