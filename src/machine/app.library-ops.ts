import type { FlowState } from '../domain/flow';
import type { SaveResult, StorageFailure } from '../persistence/project-store';
import { requestsKey } from '../persistence/project-store';
import { clearPending } from '../persistence/pending-journal';
import type { DraftProject } from '../schemas/project.schema';
import type { AppEvent, AppInput, AppNotice, DeletedProject } from './app.machine';

export interface LibraryOpInput {
  ctx: AppInput;
  event: AppEvent;
  deleted: DeletedProject | null;
}

/** What a library operation changes in the app's context (`storage` only when it failed). */
export interface LibraryOpOutput {
  deleted: DeletedProject | null;
  notice?: AppNotice | null;
  storage?: StorageFailure;
}

/**
 * What the home screen's list does to a kept project: rename, duplicate, delete (kept until
 * undone, with where its signing by link stood) and undo. A workshop's projects are deleted
 * and undone together through the same steps, one project after the other. Loaded with the
 * first of them.
 */
export async function runLibraryOp(input: LibraryOpInput): Promise<LibraryOpOutput> {
  const { ctx, event } = input;
  const { store } = ctx;
  const saved = async (project: DraftProject, place: FlowState) => {
    const result = await store.save(project, place);
    if (result.ok) ctx.announce?.({ type: 'saved', projectId: project.id });
    return result;
  };
  const kept = (result: SaveResult): LibraryOpOutput =>
    result.ok ? { deleted: input.deleted } : { deleted: input.deleted, storage: result.reason };
  /** Deletes one project; `gone` is what undoing brings back (null when it was not kept here). */
  const remove = async (id: string): Promise<{ result: SaveResult; gone: DeletedProject | null }> => {
    const got = await store.load(id);
    if (!got.ok) return { result: { ok: true }, gone: null };
    // Removed with the project; kept here so that undoing brings back who declined and why.
    const [requests] = (await store.readRaw([requestsKey(id)])) ?? [];
    const result = await store.remove(id);
    // A deleted project must not come back from what a page left behind.
    if (result.ok) clearPending(ctx.journal ?? null, id);
    if (result.ok) ctx.announce?.({ type: 'deleted', projectId: id });
    return { result, gone: result.ok ? { ...got.stored, requests } : null };
  };
  const restore = async ({ project, place, requests }: DeletedProject): Promise<SaveResult> => {
    const result = await saved(project, place);
    if (result.ok && requests !== undefined) await store.writeRaw([[requestsKey(project.id), requests]]);
    return result;
  };
  switch (event.type) {
    case 'project.rename': {
      const got = await store.load(event.id);
      if (!got.ok) return { deleted: input.deleted };
      return kept(await saved(await ctx.renameProject(got.stored.project, event.title), got.stored.place));
    }
    case 'project.duplicate': {
      const got = await store.load(event.id);
      if (!got.ok) return { deleted: input.deleted };
      const copy = await ctx.copyProject(got.stored.project);
      const titled = {
        ...copy,
        partners: { ...copy.partners, title: `${copy.partners.title} ${event.suffix}`.trim() },
      };
      return kept(await saved(titled, got.stored.place));
    }
    case 'project.delete': {
      if (event.ids) {
        // A workshop's session: its projects go together, and come back together.
        const projects: DeletedProject[] = [];
        let failed: SaveResult = { ok: true };
        for (const id of event.ids) {
          const { result, gone } = await remove(id);
          if (gone) projects.push(gone);
          if (!result.ok) failed = result;
        }
        return {
          ...kept(failed),
          notice: projects.length > 0 ? { kind: 'sessionDeleted', projects } : null,
        };
      }
      const { result, gone } = await remove(event.id);
      return { ...kept(result), deleted: gone ?? input.deleted };
    }
    case 'project.undoDelete': {
      if (event.projects) {
        // What could not be saved back stays offered, with the reason shown.
        const left: DeletedProject[] = [];
        let failed: SaveResult = { ok: true };
        for (const gone of event.projects) {
          const result = await restore(gone);
          if (!result.ok) {
            left.push(gone);
            failed = result;
          }
        }
        return { ...kept(failed), notice: left.length > 0 ? { kind: 'sessionDeleted', projects: left } : null };
      }
      if (!input.deleted) return { deleted: null };
      const result = await restore(input.deleted);
      return { ...kept(result), deleted: result.ok ? null : input.deleted };
    }
    default:
      return { deleted: input.deleted };
  }
}
