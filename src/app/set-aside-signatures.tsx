import { useEffect, useId, useRef } from 'react';
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

/**
 * A file opened from the home screen or a project, held until the user has read which
 * signatures are left out: open it without them, or not at all. The choice takes focus,
 * since it replaces nothing on screen.
 */
export function HeldImport({
  setAside,
  onOpen,
  onCancel,
}: {
  setAside: readonly SetAsideSignature[];
  onOpen: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const group = useRef<HTMLDivElement>(null);
  useEffect(() => group.current?.focus(), []);
  return (
    <div ref={group} tabIndex={-1} role="group" aria-labelledby={id}>
      <SetAsideSignatures setAside={setAside} leadId={id} />
      <div className="home__actions">
        <button type="button" className="button button--primary" onClick={onOpen}>
          {t('seal.setAside.open')}
        </button>
        <button type="button" className="button button--link" onClick={onCancel}>
          {t('seal.setAside.cancel')}
        </button>
      </div>
    </div>
  );
}
