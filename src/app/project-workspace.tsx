import { useEffect, useMemo, useState } from 'react';
import { useI18n } from '../i18n/i18n-provider';
import { AppActorContext, selectStorage } from '../machine/app.context';
import { CharterViewContext, type CharterView } from '../machine/app.charter-view';
import { flushDrafts } from '../machine/app.flush-drafts';
import { WizardContext } from '../machine/wizard.context';
import { selectPlace, selectProject } from '../machine/wizard.selectors';
import { readRoute, routeSearch } from './app-route';
import { ImportButton } from './import-button';
import { setPendingFlush } from './last-project';
import { exportProjectFile } from './project-actions';
import { ShareButton } from './share-button';
import { TabGuardBanner } from './tab-guard-banner';
import type { DraftProject } from '../schemas/project.schema';
import { WizardShell } from './wizard-shell';
import { WorkshopMode } from './workshop-mode';

/**
 * Feeds the app machine with each new project object and step of the wizard: the app
 * machine's autosave saves when they change (no change key of our own), and the address
 * follows the step. Back and Forward between steps of this project move the wizard.
 */
function useWizardToApp() {
  const app = AppActorContext.useActorRef();
  const wizard = WizardContext.useActorRef();
  useEffect(() => {
    let last: unknown = null;
    let lastPlace: unknown = null;
    const feed = () => {
      const snapshot = wizard.getSnapshot();
      const project = selectProject(snapshot);
      const place = selectPlace(snapshot);
      if (project === last && place === lastPlace) return;
      // A signature is written at once, not at the autosave's next tick: a reload right
      // after signing must find it.
      const signed = last !== null && (last as DraftProject).signatures !== project.signatures;
      last = project;
      lastPlace = place;
      app.send({ type: 'project.changed', project, place });
      if (signed) void app.getSnapshot().context.autosave?.flush();
    };
    feed();
    const subscription = wizard.subscribe(feed);
    const flush = async () => {
      // The forms' drafts first (they reach this machine synchronously), then the autosave.
      flushDrafts();
      await app.getSnapshot().context.autosave?.flush();
    };
    setPendingFlush(flush);
    // The tab closes or reloads: the forms have sent their drafts (their listeners run
    // first), the autosave writes them now instead of at its next tick.
    const onPageHide = () => void flush();
    window.addEventListener('pagehide', onPageHide);
    return () => {
      subscription.unsubscribe();
      setPendingFlush(null);
      window.removeEventListener('pagehide', onPageHide);
    };
  }, [app, wizard]);

  useEffect(() => {
    const onPop = () => {
      const route = readRoute(location.search);
      const snapshot = wizard.getSnapshot();
      if (!route || route.id !== snapshot.context.project.id || !route.place) return;
      if (route.place !== selectPlace(snapshot)) wizard.send({ type: 'step.goto', target: route.place });
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [wizard]);
}

/**
 * The charter read as a web page has its own address (`&v=charter`): opening it adds a
 * history entry, Back closes it, a reload reopens it.
 */
function useCharterAddress(): CharterView {
  const wizard = WizardContext.useActorRef();
  const place = WizardContext.useSelector(selectPlace);
  const [open, setOpenState] = useState(() => readRoute(location.search)?.view === 'charter');
  useEffect(() => {
    const onPop = () => setOpenState(readRoute(location.search)?.view === 'charter');
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  useEffect(() => {
    if (place !== 'review') setOpenState(false);
  }, [place]);
  return useMemo(
    () => ({
      open,
      setOpen: (next: boolean) => {
        if (next === open) return;
        const id = wizard.getSnapshot().context.project.id;
        if (next) {
          history.pushState(
            { cocharte: true, charter: true },
            '',
            routeSearch({ id, place: 'review', view: 'charter' }),
          );
        } else if ((history.state as { charter?: boolean } | null)?.charter) {
          // Closing is going back to the entry it was opened from.
          history.back();
        } else history.replaceState({ cocharte: true }, '', routeSearch({ id, place: 'review' }));
        setOpenState(next);
      },
    }),
    [open, wizard],
  );
}

/** One open project: its toolbar, its autosave and the wizard. */
export function ProjectWorkspace() {
  const { t } = useI18n();
  useWizardToApp();
  const app = AppActorContext.useActorRef();
  const storage = AppActorContext.useSelector(selectStorage);
  const facilitating = AppActorContext.useSelector((s) => s.context.workshop !== null);
  const project = WizardContext.useSelector(selectProject);
  const charterView = useCharterAddress();
  return (
    <>
      <div className="toolbar">
        <h1 className="toolbar__title">
          <span className="visually-hidden">{t('toolbar.project')} </span>
          {project.partners.title || t('home.untitled')}
        </h1>
        <div className="toolbar__buttons">
          <button type="button" className="button button--secondary" onClick={() => app.send({ type: 'home' })}>
            {t('toolbar.projects')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => exportProjectFile(project)}>
            {t('toolbar.export')}
          </button>
          <ShareButton project={project} />
          <button
            type="button"
            className="button button--secondary"
            aria-pressed={facilitating}
            onClick={() => app.send({ type: 'facilitator.toggle' })}
          >
            {t('facilitator.open')}
          </button>
          <ImportButton onImported={(p) => app.send({ type: 'file.imported', project: p })} />
        </div>
      </div>
      {storage !== 'ok' && (
        <div className="panel panel--warning" role="alert">
          <p>{t('storage.unavailable')}</p>
          <button type="button" className="button button--primary" onClick={() => exportProjectFile(project)}>
            {t('toolbar.export')}
          </button>
        </div>
      )}
      {facilitating && <WorkshopMode />}
      <TabGuardBanner>
        <CharterViewContext.Provider value={charterView}>
          <WizardShell />
        </CharterViewContext.Provider>
      </TabGuardBanner>
    </>
  );
}
