import { useI18n } from '../i18n/i18n-provider';
import type { SetAsideSignature } from '../signing/broken-seals';

/** The signatures a received project arrived with but that were left out: their seal no longer holds. */
export function SetAsideSignatures({ setAside, leadId }: { setAside: readonly SetAsideSignature[]; leadId?: string }) {
  const { t } = useI18n();
  return (
    <div className="panel panel--warning">
      <p id={leadId}>{t('seal.setAside.lead', { count: setAside.length })}</p>
      <ul>
        {setAside.map((s) => (
          <li key={`${s.amendment ?? 0}-${s.partnerId}-${s.signatoryName}`}>
            {s.amendment === null
              ? t('seal.setAside.charter', { name: s.signatoryName })
              : t('seal.setAside.amendment', { name: s.signatoryName, number: s.amendment })}
          </li>
        ))}
      </ul>
      <p>{t('seal.setAside.hint')}</p>
    </div>
  );
}
