import { type ReactNode, useLayoutEffect, useRef } from 'react';
import { useI18n } from '../i18n/i18n-provider';
import { AppActorContext, selectTab } from '../machine/app.context';

const MESSAGE = {
  duplicate: 'tabGuard.duplicate',
  takenOver: 'tabGuard.takenOver',
  changedElsewhere: 'tabGuard.changedElsewhere',
  deletedElsewhere: 'tabGuard.deletedElsewhere',
} as const;

/**
 * Wraps the editable part of an open project. When the same project is (or was) edited in
 * another tab, it says so and makes its children inert, so this tab cannot overwrite the
 * other one's work, until the user picks "Continue in this tab" or goes back to the list.
 * The toolbar stays outside, so the project file can still be downloaded.
 */
export function TabGuardBanner({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const app = AppActorContext.useActorRef();
  const state = AppActorContext.useSelector(selectTab);
  const banner = useRef<HTMLDivElement>(null);
  const locked = state !== 'alone' && state !== 'checking';
  // Focus moves to the warning: the content under it has just become inert.
  useLayoutEffect(() => {
    if (locked) banner.current?.focus();
  }, [locked]);

  return (
    <>
      {locked && (
        <div ref={banner} tabIndex={-1} className="panel panel--warning tab-guard" role="alert">
          <p>{t(MESSAGE[state])}</p>
          <div className="tab-guard__buttons">
            {state === 'deletedElsewhere' ? (
              <button type="button" className="button button--primary" onClick={() => app.send({ type: 'tab.keep' })}>
                {t('tabGuard.keep')}
              </button>
            ) : (
              <button
                type="button"
                className="button button--primary"
                onClick={() => app.send({ type: 'tab.takeOver' })}
              >
                {t('tabGuard.continueHere')}
              </button>
            )}
            <button type="button" className="button button--secondary" onClick={() => app.send({ type: 'home' })}>
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
