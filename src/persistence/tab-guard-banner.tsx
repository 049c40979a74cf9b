import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-provider';
import { createTabGuard, type TabGuard, type TabGuardState } from './tab-guard';

const MESSAGE = {
  duplicate: 'tabGuard.duplicate',
  takenOver: 'tabGuard.takenOver',
  changedElsewhere: 'tabGuard.changedElsewhere',
} as const;

/**
 * Wraps the editable part of an open project. When the same project is (or was) edited in
 * another tab, it says so and makes its children inert, so this tab cannot overwrite the
 * other one's work, until the user picks "Continue in this tab" or goes back to the list.
 * The toolbar stays outside, so the project file can still be downloaded.
 */
export function TabGuardBanner({
  projectId,
  onLeave,
  children,
}: {
  projectId: string;
  onLeave: () => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const [state, setState] = useState<TabGuardState>('alone');
  const guard = useRef<TabGuard | null>(null);
  const banner = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const g = createTabGuard({ projectId, onChange: setState });
    guard.current = g;
    return () => g.close();
  }, [projectId]);

  const locked = state !== 'alone';
  // Focus moves to the warning: the content under it has just become inert.
  useEffect(() => {
    if (locked) banner.current?.focus();
  }, [locked]);

  return (
    <>
      {locked && (
        <div ref={banner} tabIndex={-1} className="panel panel--warning tab-guard" role="alert">
          <p>{t(MESSAGE[state])}</p>
          <div className="tab-guard__buttons">
            <button type="button" className="button button--primary" onClick={() => void guard.current?.takeOver()}>
              {t('tabGuard.continueHere')}
            </button>
            <button type="button" className="button button--secondary" onClick={onLeave}>
              {t('tabGuard.backToList')}
            </button>
          </div>
        </div>
      )}
      <div inert={locked} className={locked ? 'tab-guard__locked' : undefined}>
        {children}
      </div>
    </>
  );
}
