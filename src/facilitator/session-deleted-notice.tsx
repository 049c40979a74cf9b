import { useI18n } from '../i18n/i18n-provider';

/**
 * On the home screen once a workshop's projects were deleted from this device: how many,
 * and one button that brings every one of them back (as for one project deleted).
 */
export function SessionDeletedNotice({ count, onUndo }: { count: number; onUndo: () => void }) {
  const { t } = useI18n();
  return (
    <div role="status">
      <p className="panel">
        {t('workshop.deletedMany', { count })}{' '}
        <button type="button" className="button button--link" onClick={onUndo}>
          {t('workshop.undoDelete', { count })}
        </button>
      </p>
    </div>
  );
}
