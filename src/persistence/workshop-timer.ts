import { MAX_STEP_TIMERS, type StepTimer, stepTimersSchema } from '../schemas/workshop.schema';
import { STORAGE_KEYS } from './storage';
import { readTabValue, writeTabValue } from './tab-storage';

/**
 * The step timer this tab last showed for this project and step, if any: the room's time
 * survives a reload (sessionStorage lives as long as the tab, a discarded tab included) and a
 * look at another pair's project (each pair keeps its own). Anything else stored — another
 * step, a value that does not read — is none.
 */
export function readStepTimer(projectId: string, place: string): StepTimer | null {
  const read = readTabValue(STORAGE_KEYS.workshopTimer, stepTimersSchema)?.find((t) => t.projectId === projectId);
  return read && read.place === place ? read : null;
}

/** Keeps the timer as it is now, beside the other pairs'; a storage that refuses keeps nothing (the timer still runs, and a reload starts the step's time again). */
export function writeStepTimer(timer: StepTimer): void {
  const others = (readTabValue(STORAGE_KEYS.workshopTimer, stepTimersSchema) ?? []).filter(
    (t) => t.projectId !== timer.projectId,
  );
  writeTabValue(STORAGE_KEYS.workshopTimer, [timer, ...others].slice(0, MAX_STEP_TIMERS));
}

/** One project's step timer, as the workshop view reads and writes it (app/workshop-mode.tsx). */
export function stepTimerMemory(projectId: string) {
  return {
    read: (place: string) => readStepTimer(projectId, place),
    write: (place: string, timer: Pick<StepTimer, 'durationMs' | 'elapsedMs' | 'startedAt'>) =>
      writeStepTimer({ projectId, place, ...timer }),
  };
}
