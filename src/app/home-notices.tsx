// Loaded only when there is something to say, with its messages (the deferred French ones):
// most home screens have no notice.
import '../i18n/deferred-fr';
import { SessionDeletedNotice } from '../facilitator/session-deleted-notice';
import { useI18n } from '../i18n/i18n-provider';
import { AppActorContext } from '../machine/app.context';
import type { AppNotice } from '../machine/app.machine';

interface Props {
  /** Why the last project asked for could not be opened. */
  notice: AppNotice | null;
  onDismissNotice?: () => void;
  /** Projects kept on this device that cannot be read (kept, not listed). */
  unreadableCount: number;
}

/** The home screen's notices: a project that did not open, records that do not read, a workshop's projects deleted. */
export function HomeNotices({ notice, onDismissNotice, unreadableCount }: Props) {
  const { t } = useI18n();
  const app = AppActorContext.useActorRef();
  return (
    <>
      {notice?.kind === 'sessionDeleted' ? (
        // A workshop's projects deleted on quitting: said, with the undo of them all.
        <SessionDeletedNotice
          count={notice.projects.length}
          onUndo={() => {
            app.send({ type: 'project.undoDelete', projects: notice.projects });
            // The notice goes with its button: the focus stays on the screen, above the list.
            document.querySelector<HTMLElement>('.home h1')?.focus();
          }}
        />
      ) : (
        notice && (
          <div className="panel panel--warning" role="alert">
            <p>
              {notice.kind === 'unreadable' ? t(`storage.unreadable.${notice.reason}`) : t('storage.migrationFailed')}
            </p>
            {onDismissNotice && (
              <button type="button" className="button button--link" onClick={onDismissNotice}>
                {t('notice.dismiss')}
              </button>
            )}
          </div>
        )
      )}
      {unreadableCount > 0 && (
        <p className="panel panel--warning" role="status">
          {t('storage.unreadableInList')}
        </p>
      )}
    </>
  );
}
