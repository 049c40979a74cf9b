import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { localDay } from '../lib/local-day';
import { writePending } from '../persistence/pending-journal';
import { browserLocalStorage } from '../persistence/storage';
import { whenIdle } from '../lib/when-idle';
import { PROJECT_SCHEMA_VERSION } from '../schemas/schema-version';
import type { RecordDownload } from '../domain/record-documents';
import { formatMoney } from '../domain/agreement-funding';
import { isAmendmentLocked } from '../domain/record-amendments';
import { useI18n } from '../i18n/i18n-provider';
import { AppActorContext, selectStorage } from '../machine/app.context';
import { CharterViewContext, type CharterView } from '../machine/app.charter-view';
import { flushDrafts } from '../lib/flush-drafts';
import { RecordViewContext, type RecordView } from '../machine/app.record-view';
import { RecordContext } from '../machine/record.context';
import { WizardContext } from '../machine/wizard.context';
import { selectAmendOnly, selectPlace, selectProject } from '../machine/wizard.selectors';
import { RecordScreen } from '../record/record-screen';
import { useDocumentTitle } from '../components/ui/use-document-title';
import { placeTitleKey } from '../domain/flow';
import { AmendmentEditor } from './amendment-editor';
import { isRecordView, readRoute, routeSearch } from './app-route';
import { ImportButton } from './import-button';
import { setPendingFlush } from './last-project';
import { exportProjectFile } from './project-actions';
import { ShareButton } from './share-button';
import { TabGuardBanner } from './tab-guard-banner';
import { useReviewAddress } from './use-review-address';
import type { DraftProject } from '../schemas/project.schema';
import { usePdfDownload } from './use-pdf-download';
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
      // A signature or a record entry (a review, a health check, an amendment, the closing)
      // is one deliberate act, not a keystroke: written at once rather than at the
      // autosave's next tick, so a reload right after keeps it.
      const previous = last as DraftProject | null;
      const deliberate =
        previous !== null && (previous.signatures !== project.signatures || previous.record !== project.record);
      last = project;
      lastPlace = place;
      app.send({ type: 'project.changed', project, place });
      if (deliberate) void app.getSnapshot().context.autosave?.flush();
    };
    feed();
    const subscription = wizard.subscribe(feed);
    const flush = async () => {
      // The forms' drafts first (they reach this machine synchronously), then the autosave.
      flushDrafts();
      await app.getSnapshot().context.autosave?.flush();
    };
    setPendingFlush(flush);
    // The tab closes, reloads or is hidden (a phone may then kill it): the forms hand over
    // their drafts, the page leaves its state in the journal at once (an IndexedDB write
    // begun now may not land), and the autosave writes it too.
    const leave = () => {
      flushDrafts();
      const snapshot = wizard.getSnapshot();
      const project = selectProject(snapshot);
      writePending(browserLocalStorage(), project.id, {
        version: PROJECT_SCHEMA_VERSION,
        place: selectPlace(snapshot),
        project,
      });
      void flush();
    };
    const onHidden = () => {
      if (document.visibilityState === 'hidden') leave();
    };
    window.addEventListener('pagehide', leave);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      subscription.unsubscribe();
      setPendingFlush(null);
      window.removeEventListener('pagehide', leave);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, [app, wizard]);

  // Listening from the commit that draws the step: a Back pressed at once is not missed.
  useLayoutEffect(() => {
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
    // Only when open: a state update, even to the same value, re-renders the whole workspace.
    if (place !== 'review' && open) setOpenState(false);
  }, [place, open]);
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

/**
 * The partnership record of a co-signed charter has its own address (`&v=record`, on the
 * step it was opened from): opening it adds a history entry, Back closes it, a reload
 * reopens it.
 */
function useRecordAddress(): RecordView {
  const wizard = WizardContext.useActorRef();
  const [open, setOpenState] = useState(() => isRecordView(readRoute(location.search)?.view));
  useEffect(() => {
    const onPop = () => setOpenState(isRecordView(readRoute(location.search)?.view));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  return useMemo(
    () => ({
      open,
      setOpen: (next: boolean) => {
        if (next === open) return;
        const snapshot = wizard.getSnapshot();
        const route = { id: snapshot.context.project.id, place: selectPlace(snapshot) };
        const state = history.state as { record?: boolean; drafting?: boolean } | null;
        if (next) history.pushState({ cocharte: true, record: true }, '', routeSearch({ ...route, view: 'record' }));
        // Closing from the drafting screen: Back would land on the record's home, so the
        // entry is replaced by the step's instead.
        else if (state?.record && !state.drafting) history.back();
        else history.replaceState({ cocharte: true }, '', routeSearch(route));
        setOpenState(next);
      },
    }),
    [open, wizard],
  );
}

/**
 * Keeps the wizard's project and the record actor in step: each change of the record
 * (a review, a health check, an amendment, the closing) goes to the wizard as
 * `record.changed`, which the app machine's autosave stores; a project changed elsewhere
 * (a merge) goes to the record actor.
 */
function useRecordToWizard() {
  const record = RecordContext.useActorRef();
  const wizard = WizardContext.useActorRef();
  useEffect(() => {
    const fromRecord = record.subscribe((s) => {
      const next = s.context.project.record;
      if (next === wizard.getSnapshot().context.project.record) return;
      // Saved at once by the wizard-to-app feed, like a signature.
      wizard.send({ type: 'record.changed', record: next });
    });
    const fromWizard = wizard.subscribe((s) => {
      const project = s.context.project;
      const held = record.getSnapshot().context.project;
      if (project.record !== held.record || project.signatures !== held.signatures)
        record.send({ type: 'project.replaced', project });
    });
    return () => {
      fromRecord.unsubscribe();
      fromWizard.unsubscribe();
    };
  }, [record, wizard]);
}

/**
 * Drafting an amendment has its own address in the record (`&a=draft`): entering it adds
 * a history entry, Back (or the editor's own way back) returns to the record's home, and
 * a reload reopens the drafting screen on the stored draft. Leaving by Back first has the
 * forms send what they still hold: their drafts reach the project at once.
 */
function useDraftingAddress() {
  const record = RecordContext.useActorRef();
  const wizard = WizardContext.useActorRef();
  useEffect(() => {
    const unsignedDraft = () =>
      record.getSnapshot().context.project.record.amendments.find((a) => !isAmendmentLocked(a));
    const here = () => {
      const snapshot = wizard.getSnapshot();
      return { id: snapshot.context.project.id, place: selectPlace(snapshot), view: 'record' as const };
    };
    // The address names the drafting screen: a reload (or Forward) reopens the draft, if
    // there still is one; otherwise the address is the record's.
    const followAddress = () => {
      const drafting = readRoute(location.search)?.view === 'drafting';
      const screen = record.getSnapshot().value;
      if (drafting && screen !== 'drafting') {
        const draft = unsignedDraft();
        if (draft) record.send({ type: 'amendment.edit', amendmentId: draft.id });
        else history.replaceState({ cocharte: true }, '', routeSearch(here()));
      } else if (!drafting && screen === 'drafting') {
        flushDrafts();
        record.send({ type: 'record.home' });
      }
    };
    followAddress();
    let was = record.getSnapshot().value;
    const subscription = record.subscribe((s) => {
      const now = s.value;
      if (now === was) return;
      const left = was === 'drafting';
      was = now;
      const addressed = readRoute(location.search)?.view === 'drafting';
      if (now === 'drafting' && !addressed)
        history.pushState(
          { cocharte: true, record: true, drafting: true },
          '',
          routeSearch({ ...here(), view: 'drafting' }),
        );
      else if (left && addressed) {
        // Leaving drafting is going back to the record's entry it was opened from; an entry
        // not pushed here (a reload rewrote its state) takes the record's address instead.
        // Its state never says `record`: Back from it does not close the record.
        if ((history.state as { drafting?: boolean } | null)?.drafting) history.back();
        else history.replaceState({ cocharte: true }, '', routeSearch(here()));
      }
    });
    window.addEventListener('popstate', followAddress);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener('popstate', followAddress);
    };
  }, [record, wizard]);
}

function RecordPaneBody({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  useRecordToWizard();
  useDraftingAddress();
  useReviewAddress();
  const record = RecordContext.useActorRef();
  const clock = WizardContext.useSelector((s) => s.context.clock);
  const { busy, download, status, alert } = usePdfDownload();
  const onDownload = (request: RecordDownload) => {
    if (busy) return;
    // The documents are made from the project as stored, in the charter's language (as the
    // charter's PDF is): an amendment's changes are written in it, and every partner reads it.
    const project = record.getSnapshot().context.project;
    void download((pdf) =>
      request.kind === 'inForce'
        ? pdf.generateInForcePdf(project, project.documentLanguage)
        : pdf.generateRecordPdf(project, request, project.documentLanguage),
    );
  };
  return (
    <div className="record-pane">
      <button type="button" className="button button--link" onClick={onClose}>
        {t('record.ui.backToCharter')}
      </button>
      <RecordScreen today={localDay(clock())} onDownload={onDownload} amendmentEditor={AmendmentEditor} />
      {status}
      {alert}
    </div>
  );
}

/** The record screens of the open project, fed from and saved to the wizard's project. */
function RecordPane({ onClose }: { onClose: () => void }) {
  const project = WizardContext.useSelector(selectProject);
  // The record actor starts from the project once; later changes arrive as events.
  const [input] = useState(() => ({ project }));
  return (
    <RecordContext.Provider options={{ input }}>
      <RecordPaneBody onClose={onClose} />
    </RecordContext.Provider>
  );
}

/**
 * The charter's money format is made while the browser is idle after the project opens:
 * the first number format of a page loads the locale's data (about 10 ms), which otherwise
 * fell on the step change to the framework and its amounts.
 */
function usePreparedMoneyFormat() {
  const { locale } = useI18n();
  const wizard = WizardContext.useActorRef();
  useEffect(() => {
    const currency = selectProject(wizard.getSnapshot()).framework.agreement.currency;
    return whenIdle(() => void formatMoney(locale, currency, 0));
  }, [locale, wizard]);
}

/** One open project: its toolbar, its autosave and the wizard. */
export function ProjectWorkspace() {
  const { t } = useI18n();
  useWizardToApp();
  usePreparedMoneyFormat();
  const app = AppActorContext.useActorRef();
  const storage = AppActorContext.useSelector(selectStorage);
  const facilitating = AppActorContext.useSelector((s) => s.context.workshop !== null);
  // Read once: the session's wizard is mounted once.
  const [openedFromScreen] = useState(() => app.getSnapshot().context.open?.fromScreen === true);
  const project = WizardContext.useSelector(selectProject);
  const charterView = useCharterAddress();
  const recordView = useRecordAddress();
  // The record exists once every partner signed; an address naming it for an unsigned
  // project shows the wizard.
  const amendOnly = WizardContext.useSelector(selectAmendOnly);
  const showRecord = recordView.open && amendOnly;
  const place = WizardContext.useSelector(selectPlace);
  useDocumentTitle(
    showRecord ? t('record.ui.title') : charterView.open ? t('doc.charterTitle') : t(placeTitleKey(place)),
    project.partners.title || t('home.untitled'),
    t('app.name'),
  );
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
          {amendOnly && (
            <button
              type="button"
              className="button button--secondary"
              aria-pressed={showRecord}
              onClick={() => recordView.setOpen(!showRecord)}
            >
              {t('record.ui.title')}
            </button>
          )}
          <button
            type="button"
            className="button button--secondary"
            aria-pressed={facilitating}
            // Switching off goes through the view's own "Quit" (it asks before forgetting the pairs).
            // Switching on joins a session another tab keeps on this device, rather than write an empty one over it.
            onClick={() => {
              const quit = facilitating && document.getElementById('facilitator-close');
              if (quit) quit.click();
              else if (!facilitating)
                void Promise.resolve(app.getSnapshot().context.input.workshop?.read() ?? null).then((kept) =>
                  app.send(kept ? { type: 'workshop.synced', workshop: kept } : { type: 'facilitator.toggle' }),
                );
            }}
          >
            {t('facilitator.open')}
          </button>
          <ImportButton withinProject onImported={(p) => app.send({ type: 'file.imported', project: p })} />
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
        {showRecord ? (
          <RecordPane onClose={() => recordView.setOpen(false)} />
        ) : (
          <RecordViewContext.Provider value={recordView}>
            <CharterViewContext.Provider value={charterView}>
              <WizardShell focusOnArrival={openedFromScreen} />
            </CharterViewContext.Provider>
          </RecordViewContext.Provider>
        )}
      </TabGuardBanner>
    </>
  );
}
