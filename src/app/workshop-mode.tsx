import { STEP_IDS } from '../domain/flow';
import { recordStatus } from '../domain/record-status';
import { isoDay } from '../domain/record-schedule';
import { pairOf } from '../domain/workshop';
import { FacilitatorView } from '../facilitator/facilitator-view';
import { type PairRow, PairsPanel } from '../facilitator/pairs-panel';
import { useI18n } from '../i18n/i18n-provider';
import { downloadBlob } from '../lib/download-file';
import { AppActorContext } from '../machine/app.context';
import { WizardContext } from '../machine/wizard.context';
import { selectPlace, selectProject } from '../machine/wizard.selectors';
import { WORKSHOP_FILE_EXTENSION, serializeWorkshop } from '../persistence/workshop-file';
import type { DraftProject } from '../schemas/project.schema';
import { usePdfDownload } from './use-pdf-download';

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
  if (!session) return null;
  const pair = pairOf(session, project.id);
  const step = STEP_IDS.find((s) => s === place);

  const rows: PairRow[] = session.pairs.map((p) => {
    const summary = projects.find((s) => s.id === p.projectId);
    return {
      number: p.number,
      name: p.name,
      title: summary?.title ?? '',
      place: p.projectId === project.id ? place : (summary?.place ?? null),
      stepsVisited: p.projectId === project.id ? project.visited.length : (summary?.stepsVisited ?? 0),
      signed: summary !== undefined && summary.signatures > 0,
      current: p.projectId === project.id,
      // The open project's record as it is now; the others' as last saved.
      record: p.projectId === project.id ? recordStatus(project) : (summary?.record ?? null),
    };
  });

  const exportSession = async () => {
    const now = new Date();
    const { store } = app.getSnapshot().context.input;
    const loaded = new Map<string, DraftProject>();
    for (const p of session.pairs) {
      if (p.projectId === project.id) loaded.set(p.projectId, project);
      else {
        const result = await store.load(p.projectId);
        if (result.ok) loaded.set(p.projectId, result.stored.project);
      }
    }
    const text = serializeWorkshop(session, (id) => loaded.get(id) ?? null, now);
    downloadBlob(
      new Blob([text], { type: 'application/json' }),
      `atelier-${now.toISOString().slice(0, 10)}${WORKSHOP_FILE_EXTENSION}`,
    );
  };

  return (
    <FacilitatorView
      pair={pair ? { number: pair.number, name: pair.name } : null}
      minutes={session.minutes}
      onMinutesChange={(minutes) => app.send({ type: 'workshop.minutes', minutes })}
      onClose={() => app.send({ type: 'facilitator.close' })}
      onNextPair={(name) => app.send({ type: 'project.nextPair', locale, name, pairWord: t('workshop.pair') })}
      onOpenStep={(target) => wizard.send({ type: 'step.opened', target })}
      worksheet={
        step && (
          <div className="pdf-buttons">
            <button
              type="button"
              className="button button--secondary"
              disabled={worksheet.busy}
              onClick={() => void worksheet.download((pdf) => pdf.generateWorksheetPdf({ step, locale }))}
            >
              {t('workshop.worksheet')}
            </button>
            {worksheet.status}
            {worksheet.alert}
          </div>
        )
      }
      pairs={<PairsPanel rows={rows} today={isoDay(clock())} onExport={() => void exportSession()} />}
    />
  );
}
