import { useId, useState } from 'react';
import { CopyLink } from '../components/ui/copy-link';
import { useI18n } from '../i18n/i18n-provider';
import { shareLink } from '../persistence/share-link';
import type { DraftProject } from '../schemas/project.schema';

/** Past this length some mail clients cut links; the file is then the safer way. */
const LONG_LINK = 60_000;

export function ShareButton({ project }: { project: DraftProject }) {
  const { t } = useI18n();
  const id = useId();
  const [link, setLink] = useState<string | null>(null);
  return (
    <div className="share">
      <button
        type="button"
        className="button button--secondary"
        aria-expanded={link !== null}
        aria-controls={`${id}-panel`}
        onClick={() => {
          setLink((l) => (l === null ? shareLink(project, location.href) : null));
        }}
      >
        {t('share.button')}
      </button>
      {link !== null && (
        <div id={`${id}-panel`} className="panel share__panel">
          <label htmlFor={`${id}-link`}>{t('share.linkLabel')}</label>
          <input
            id={`${id}-link`}
            type="text"
            readOnly
            value={link}
            aria-describedby={`${id}-help`}
            onFocus={(e) => e.currentTarget.select()}
          />
          <p id={`${id}-help`} className="field__hint">
            {t('share.help')}
          </p>
          {link.length > LONG_LINK && <p className="field__error">{t('share.long')}</p>}
          <div className="share__buttons">
            <CopyLink text={link} fieldId={`${id}-link`} primary />
            <button type="button" className="button button--link" onClick={() => setLink(null)}>
              {t('share.close')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
