import { useEffect, useState } from 'react';
import { shortFingerprint } from '../domain/fingerprint';
import { useI18n } from '../i18n/i18n-provider';
import type { Signature } from '../schemas/signature.schema';
import { type SignatureVerdict, verifySignature } from '../signing/verify-signature';

/**
 * What the cryptographic check says about one signature, under the "signed by" line: a
 * signature whose seal does not hold, or that predates sealing, is never shown as verified.
 */
export function SealStatus({ signature, fingerprint }: { signature: Signature; fingerprint: string | null }) {
  const { t } = useI18n();
  const [verdict, setVerdict] = useState<SignatureVerdict | null>(null);
  useEffect(() => {
    if (!fingerprint) return;
    let live = true;
    void verifySignature(signature, fingerprint).then((v) => live && setVerdict(v));
    return () => {
      live = false;
    };
  }, [signature, fingerprint]);
  if (!verdict) return null;
  const text =
    verdict.status === 'valid'
      ? t('signing.seal.valid', { key: shortFingerprint(verdict.keyFingerprint) })
      : verdict.status === 'otherVersion'
        ? t('signing.seal.otherVersion', { fingerprint: shortFingerprint(verdict.signedFingerprint) })
        : verdict.status === 'invalid'
          ? t(`signing.seal.invalid.${verdict.reason}`)
          : t('signing.seal.unsealed');
  return (
    <p className={`seal-status seal-status--${verdict.status}`} data-seal={verdict.status}>
      {text}
    </p>
  );
}
