import { useI18n } from '../../i18n/i18n-provider';
import { shortFingerprint } from '../../domain/fingerprint';

/** The content fingerprint as printed in the PDF footers, full form on hover. */
export function FingerprintLine({ fingerprint }: { fingerprint: string | null }) {
  const { t } = useI18n();
  if (!fingerprint) return null;
  return (
    <p className="fingerprint">
      {t('review.fingerprint')} <code title={fingerprint}>{shortFingerprint(fingerprint)}</code>
    </p>
  );
}
