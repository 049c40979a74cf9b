import { useI18n } from '../../i18n/i18n-provider';
import type { SetAsideSignature } from '../../signing/broken-seals';

/**
 * Signatures a received project or link carried but that are left out (their seal no longer
 * holds), or kept with no seal to prove them: each named, so nobody takes them as given. Shown
 * by the signatory's page, a shared link and a file held before it opens.
 */
export function SignaturesNotice({
  signatures,
  lead,
  hint,
  leadId,
}: {
  signatures: readonly SetAsideSignature[];
  lead: 'seal.setAside.lead' | 'signatory.unsealed.lead';
  hint: 'seal.setAside.hint' | 'signatory.setAside.hint' | 'signatory.unsealed.hint';
  /** The lead's id, for a group it names. */
  leadId?: string;
}) {
  const { t } = useI18n();
  if (signatures.length === 0) return null;
  return (
    <div className="panel panel--warning">
      <p id={leadId}>{t(lead, { count: signatures.length })}</p>
      <ul>
        {signatures.map((s) => (
          <li key={`${s.amendment ?? 0}-${s.partnerId}-${s.signatoryName}`}>
            {s.amendment === null
              ? t('seal.setAside.charter', { name: s.signatoryName })
              : t('seal.setAside.amendment', { name: s.signatoryName, number: s.amendment })}
          </li>
        ))}
      </ul>
      <p>{t(hint)}</p>
    </div>
  );
}
