import { type StepTimer, stepTimerSchema } from '../schemas/workshop.schema';
import { STORAGE_KEYS } from './storage';
import { tabStorage } from './tab-storage';

/**
 * The step timer this tab last showed for this project and step, if any: the room's time
 * survives a reload (sessionStorage lives as long as the tab, a discarded tab included).
 * Anything else stored — another pair, another step, a value that does not read — is none.
 */
export function readStepTimer(projectId: string, place: string): StepTimer | null {
  try {
    const text = tabStorage()?.getItem(STORAGE_KEYS.workshopTimer);
    if (!text) return null;
    const read = stepTimerSchema.safeParse(JSON.parse(text));
    return read.success && read.data.projectId === projectId && read.data.place === place ? read.data : null;
  } catch {
    return null;
  }
}

/** Keeps the timer as it is now; a storage that refuses keeps nothing (the timer still runs). */
export function writeStepTimer(timer: StepTimer): void {
  try {
    tabStorage()?.setItem(STORAGE_KEYS.workshopTimer, JSON.stringify(timer));
  } catch {
    // Full or disabled: a reload then starts the step's time again, as before.
  }
}

/** One project's step timer, as the workshop view reads and writes it (app/workshop-mode.tsx). */
export function stepTimerMemory(projectId: string) {
  return {
    read: (place: string) => readStepTimer(projectId, place),
    write: (place: string, timer: Pick<StepTimer, 'durationMs' | 'elapsedMs' | 'startedAt'>) =>
      writeStepTimer({ projectId, place, ...timer }),
  };
}
