import { useEffect, useMemo, useState } from 'react';
import { STEP_IDS } from '../domain/flow';
import { visitedSteps } from '../domain/visited';
import { recordStatus } from '../domain/record-status';
import { isoDay } from '../domain/record-schedule';
import { pairNameMax } from '../domain/pair-name';
import { nextPairNumber, pairOf } from '../domain/workshop';
import { workshopFileName } from '../document/file-name';
import { FacilitatorView } from '../facilitator/facilitator-view';
import { type PairRow, PairsPanel } from '../facilitator/pairs-panel';
import { quitAndDeleteSession } from '../facilitator/quit-session';
import { sessionSavedText } from '../facilitator/session-saved';
import { useI18n } from '../i18n/i18n-provider';
import { downloadBlob } from '../lib/download-file';
import { AppActorContext } from '../machine/app.context';
import { WizardContext } from '../machine/wizard.context';
import { selectPlace, selectProject } from '../machine/wizard.selectors';
import { WORKSHOP_FILE_EXTENSION, serializeWorkshop } from '../persistence/workshop-file';
import type { ProjectSummary } from '../persistence/project-summary';
import { STORAGE_KEYS } from '../persistence/storage';
import { stepTimerMemory } from '../persistence/workshop-timer';
import type { DraftProject } from '../schemas/project.schema';
import { usePdfDownload } from './use-pdf-download';

// The answer to a session file chosen with « Ouvrir un fichier » travels with the workshop
// mode (the project screen's chunk, which the file reader already loads), not the home screen.
export { sessionFileAnswer } from './workshop-session-file';

/** Each store's projects as the pairs' list last read them (see `fresh` below). */
const lastRead = new WeakMap<object, ProjectSummary[]>();

/** The facilitator's view over the open project, with the session's pairs (app machine's `workshop`). */
export function WorkshopMode() {
  const { t, locale } = useI18n();
  const app = AppActorContext.useActorRef();
  const session = AppActorContext.useSelector((s) => s.context.workshop);
  const projects = AppActorContext.useSelector((s) => s.context.projects);
  const project = WizardContext.useSelector(selectProject);
  const place = WizardContext.useSelector(selectPlace);
  const wizard = WizardContext.useActorRef();
  const clock = WizardContext.useSelector((s) => s.context.clock);
  const worksheet = usePdfDownload();
  // The app's list of projects is read on the home screen only: a pair started since is
  // not in it. Read the store again whenever a pair joins (or the view opens), so the
  // earlier pairs show where they stand instead of "deleted from this device".
  // Kept for the page: opening another pair's project draws this view again, and it starts from
  // the list as last read rather than the home screen's (which misses a pair imported since).
  const [fresh, setFresh] = useState<ProjectSummary[] | null>(
    () => lastRead.get(app.getSnapshot().context.input.store) ?? null,
  );
  // What the last save gave, announced where it was asked: the pairs' list or the quit question.
  const [saved, setSaved] = useState<{ text: string; where: 'pairs' | 'quit' }>({ text: '', where: 'pairs' });
  const pairCount = session?.pairs.length ?? 0;
  // The view's full screen is the page's (facilitator-view.tsx), kept from one pair to the
  // next; it ends with the workshop, not with the page behind the projector.
  useEffect(
    () => () => {
      if (app.getSnapshot().context.workshop === null && document.fullscreenElement === document.documentElement)
        void document.exitFullscreen();
    },
    [app],
  );
  useEffect(() => {
    let live = true;
    void app
      .getSnapshot()
      .context.input.store.list()
      .then((list) => {
        if (!live || !list.ok) return;
        lastRead.set(app.getSnapshot().context.input.store, list.projects);
        setFresh(list.projects);
      });
    return () => {
      live = false;
    };
  }, [app, pairCount, project.id]);
  // One session per device, however many tabs: another tab's pairs (kept in the device's
  // storage) are taken in when this view opens and whenever that tab changes them, so a
  // second tab neither gives a number twice nor writes a pair out of the list.
  useEffect(() => {
    const workshop = app.getSnapshot().context.input.workshop;
    if (!workshop) return;
    let live = true;
    // Nothing read is no news when the device keeps nothing (the session then lives in this
    // tab only); it ends the session here only when another tab removed it.
    const sync = (removed: boolean) =>
      void Promise.resolve(workshop.read()).then((read) => {
        if (!live || (read === null && !removed)) return;
        if (JSON.stringify(read) !== JSON.stringify(app.getSnapshot().context.workshop))
          app.send({ type: 'workshop.synced', workshop: read });
      });
    sync(false);
    const onStorage = (e: StorageEvent) => {
      if (e.key === STORAGE_KEYS.workshop) sync(e.newValue === null);
    };
    window.addEventListener('storage', onStorage);
    return () => {
      live = false;
      window.removeEventListener('storage', onStorage);
    };
  }, [app]);
  // The room's time survives a reload of this tab, for this pair and step (sessionStorage).
  const timerMemory = useMemo(() => stepTimerMemory(project.id), [project.id]);
  if (!session) return null;
  const pair = pairOf(session, project.id);
  const step = STEP_IDS.find((s) => s === place);

  const rows: PairRow[] = session.pairs.map((p) => {
    const summary = (fresh ?? projects).find((s) => s.id === p.projectId) ?? projects.find((s) => s.id === p.projectId);
    const record = p.projectId === project.id ? recordStatus(project) : (summary?.record ?? null);
    return {
      number: p.number,
      name: p.name,
      // The open project's title as typed now; the others' as last saved.
      title: p.projectId === project.id ? project.partners.title : (summary?.title ?? ''),
      place: p.projectId === project.id ? place : (summary?.place ?? null),
      stepsVisited: p.projectId === project.id ? visitedSteps(project).length : (summary?.stepsVisited ?? 0),
      current: p.projectId === project.id,
      // The open project's record as it is now; the others' as last saved.
      record,
      // « Charte signée » is the signature rule's co-signed (domain/signatures.ts, via the
      // record's figures), not « some partner signed »; a summary from an earlier release
      // says nothing until its next save.
      signed: record?.coSigned ?? false,
    };
  });

  // The session's projects on this device: what « Quitter et supprimer » would delete.
  const kept = new Set([...(fresh ?? projects).map((s) => s.id), project.id]);
  const deleteCount = session.pairs.filter((p) => kept.has(p.projectId)).length;

  /** Each pair's project as it is now (the open one with its last edits), in the pairs' order. */
  const loadPairs = async () => {
    const { store } = app.getSnapshot().context.input;
    const loaded = new Map<string, DraftProject>();
    for (const p of session.pairs) {
      if (p.projectId === project.id) loaded.set(p.projectId, project);
      else {
        const result = await store.load(p.projectId);
        if (result.ok) loaded.set(p.projectId, result.stored.project);
      }
    }
    return loaded;
  };

  const savePairs = async () => {
    const loaded = await loadPairs();
    const now = new Date();
    const { projectsArchive } = await import('../persistence/projects-archive');
    const file = workshopFileName('projects', locale, now.toISOString().slice(0, 10));
    downloadBlob(new Blob([projectsArchive([...loaded.values()], now)], { type: 'application/zip' }), file);
    setSaved({ text: t('workshop.pairsSaved', { count: loaded.size, file }), where: 'quit' });
  };

  const exportSession = async (where: 'pairs' | 'quit') => {
    const now = new Date();
    const loaded = await loadPairs();
    const text = serializeWorkshop(session, (id) => loaded.get(id) ?? null, now);
    const file = workshopFileName('session', locale, now.toISOString().slice(0, 10), WORKSHOP_FILE_EXTENSION);
    downloadBlob(new Blob([text], { type: 'application/json' }), file);
    setSaved({
      text: sessionSavedText(
        t,
        file,
        session.pairs.map((p) => ({ number: p.number, name: p.name, included: loaded.has(p.projectId) })),
      ),
      where,
    });
  };

  return (
    <FacilitatorView
      timerMemory={timerMemory}
      pair={pair ? { number: pair.number, name: pair.name } : null}
      minutes={session.minutes}
      onMinutesChange={(minutes) => app.send({ type: 'workshop.minutes', minutes })}
      pairCount={session.pairs.length}
      onSaveSession={() => void exportSession('quit')}
      onSavePairs={() => void savePairs()}
      deleteCount={deleteCount}
      onQuitAndDelete={() => quitAndDeleteSession(app, session)}
      saved={saved.where === 'quit' ? saved.text : ''}
      onClose={() => {
        app.send({ type: 'facilitator.close' });
        // The view is gone: the focus goes to the step the pair is working on, not the page's top.
        requestAnimationFrame(() => document.getElementById('step-heading')?.focus());
      }}
      onNextPair={(name) => app.send({ type: 'project.nextPair', locale, name, pairWord: t('workshop.pair') })}
      nextPairNameMax={pairNameMax(nextPairNumber(session), t('workshop.pair'))}
      onOpenStep={(target) => wizard.send({ type: 'step.opened', target })}
      worksheet={
        step && (
          <div className="pdf-buttons">
            <button
              type="button"
              className="button button--secondary"
              // Not `disabled`: a disabled button drops the keyboard focus to the page's top.
              aria-disabled={worksheet.busy}
              onClick={() => {
                void worksheet.download((pdf) => pdf.generateWorksheetPdf({ step, locale }));
              }}
            >
              {t('workshop.worksheet')}
            </button>
            {worksheet.status}
            {worksheet.alert}
          </div>
        )
      }
      pairs={
        <PairsPanel
          rows={rows}
          today={isoDay(clock())}
          onExport={() => void exportSession('pairs')}
          onOpenPair={(number) => {
            const id = session.pairs.find((p) => p.number === number)?.projectId;
            // Opened as any address is: saved first, and Back comes back to this pair.
            if (id) app.send({ type: 'route.changed', route: { id } });
          }}
          saved={saved.where === 'pairs' ? saved.text : ''}
        />
      }
    />
  );
}
