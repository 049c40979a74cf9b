import type { DraftProject } from '../schemas/project.schema';

/**
 * The project on screen, kept outside React so the crash screen can still offer it for
 * download (IndexedDB cannot be read synchronously while rendering the crash screen),
 * and so a failed chunk load can save it before reloading.
 */
let last: DraftProject | null = null;
let flushers: (() => Promise<void>) | null = null;

export const lastProject = () => last;
export function rememberProject(project: DraftProject | null): void {
  last = project;
}

/** Saves what the autosave still holds; set by the app while a project is open. */
export function setPendingFlush(flush: (() => Promise<void>) | null): void {
  flushers = flush;
}
export const flushPending = () => (flushers ? flushers() : Promise.resolve());
