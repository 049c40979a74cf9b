import { useEffect, useId, useRef } from 'react';
import { useI18n } from '../i18n/i18n-provider';
import type { SetAsideSignature } from '../signing/broken-seals';
import { SignaturesNotice } from '../steps/signing/signatures-notice';

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
      <SignaturesNotice signatures={setAside} lead="seal.setAside.lead" hint="seal.setAside.hint" leadId={id} />
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
