import { useState } from 'react';
import { createEmptyProject } from '../domain/new-project';
import { FacilitatorView } from '../facilitator/facilitator-view';
import { type PairRow, PairsPanel } from '../facilitator/pairs-panel';
import { addPair, newWorkshop, nextPairNumber, pairOf, pairTitle } from '../facilitator/workshop-session';
import { useI18n } from '../i18n/i18n-provider';
import { downloadBlob } from '../lib/download-file';
import { WizardContext } from '../machine/wizard.context';
import { selectPlace, selectProject } from '../machine/wizard.selectors';
import { STEP_IDS } from '../domain/flow';
import type { ProjectSummary } from '../persistence/project-storage';
import { WORKSHOP_FILE_EXTENSION, serializeWorkshop } from '../persistence/workshop-file';
import { readWorkshop, writeWorkshop } from '../persistence/workshop-storage';
import type { DraftProject } from '../schemas/project.schema';
import type { WorkshopSession } from '../schemas/workshop.schema';
import { usePdfDownload } from './use-pdf-download';

/** The workshop session kept on the device: on across pairs and reloads until ended. */
export function useWorkshop() {
  const [session, setSession] = useState<WorkshopSession | null>(() => {
    const stored = readWorkshop();
    return stored?.active ? stored : null;
  });
  const update = (next: WorkshopSession | null) => {
    setSession(next);
    writeWorkshop(next);
  };
  return {
    session,
    start: () => update(session ?? newWorkshop()),
    end: () => update(null),
    update,
  };
}

interface Props {
  workshop: ReturnType<typeof useWorkshop>;
  projects: ProjectSummary[];
  loadProject: (id: string) => DraftProject | null;
  onOpenProject: (project: DraftProject) => void;
}

/** The facilitator's view over the open project, with the session's pairs. */
export function WorkshopMode({ workshop, projects, loadProject, onOpenProject }: Props) {
  const { t, locale } = useI18n();
  const project = WizardContext.useSelector(selectProject);
  const actor = WizardContext.useActorRef();
  const place = WizardContext.useSelector(selectPlace);
  const worksheet = usePdfDownload();
  const { session } = workshop;
  const step = STEP_IDS.find((s) => s === place);
  if (!session) return null;
  const pair = pairOf(session, project.id);

  const rows: PairRow[] = session.pairs.map((p) => {
    const summary = projects.find((s) => s.id === p.projectId);
    return {
      number: p.number,
      name: p.name,
      title: summary?.title ?? '',
      place: summary?.place ?? null,
      stepsVisited: summary?.stepsVisited ?? 0,
      signed: summary !== undefined && summary.signatures > 0,
      current: p.projectId === project.id,
    };
  });

  const nextPair = (name: string) => {
    const now = new Date();
    const number = nextPairNumber(session);
    const fresh = createEmptyProject(now, locale);
    const titled = { ...fresh, partners: { ...fresh.partners, title: pairTitle(number, name, t('workshop.pair')) } };
    workshop.update(addPair(session, titled.id, name, now));
    onOpenProject(titled);
  };

  const exportSession = () => {
    const now = new Date();
    const text = serializeWorkshop(session, (id) => (id === project.id ? project : loadProject(id)), now);
    downloadBlob(
      new Blob([text], { type: 'application/json' }),
      `atelier-${now.toISOString().slice(0, 10)}${WORKSHOP_FILE_EXTENSION}`,
    );
  };

  return (
    <FacilitatorView
      pair={pair ? { number: pair.number, name: pair.name } : null}
      minutes={session.minutes}
      onMinutesChange={(minutes) => workshop.update({ ...session, minutes })}
      onClose={workshop.end}
      onNextPair={nextPair}
      onOpenStep={(target) => actor.send({ type: 'step.goto', target })}
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
      pairs={<PairsPanel rows={rows} onExport={exportSession} />}
    />
  );
}
