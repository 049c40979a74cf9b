// Loaded when a link brings a project, with its messages (the deferred French ones).
import '../i18n/deferred-fr';
import { useI18n } from '../i18n/i18n-provider';
import type { ProjectFileResult } from '../persistence/project-file';
import { SignaturesNotice } from '../steps/signing/signatures-notice';

interface Props {
  incoming: ProjectFileResult;
  canCompare: boolean;
  onImport: () => void;
  onCompare: () => void;
  onDismiss: () => void;
}

/** What to do with a project that arrived through a share link. */
export function SharedProjectNotice({ incoming, canCompare, onImport, onCompare, onDismiss }: Props) {
  const { t, tk } = useI18n();
  if (!incoming.ok) {
    return (
      <div className="panel panel--warning" role="alert">
        <p>{tk(incoming.error)}</p>
        <button type="button" className="button button--link" onClick={onDismiss}>
          {t('share.close')}
        </button>
      </div>
    );
  }
  return (
    <section className="panel" aria-labelledby="shared-title" role="region">
      <h2 id="shared-title">{t('share.received', { title: incoming.project.partners.title || t('home.untitled') })}</h2>
      {incoming.setAside && (
        <SignaturesNotice signatures={incoming.setAside} lead="seal.setAside.lead" hint="seal.setAside.hint" />
      )}
      <div className="home__actions">
        <button type="button" className="button button--primary" onClick={onImport}>
          {t('share.import')}
        </button>
        {canCompare && (
          <button type="button" className="button button--secondary" onClick={onCompare}>
            {t('share.compare')}
          </button>
        )}
        <button type="button" className="button button--link" onClick={onDismiss}>
          {t('share.ignore')}
        </button>
      </div>
    </section>
  );
}
