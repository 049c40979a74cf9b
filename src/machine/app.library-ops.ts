import type { FlowState } from '../domain/flow';
import type { SaveResult } from '../persistence/project-store';
import { requestsKey } from '../persistence/project-store';
import { clearPending } from '../persistence/pending-journal';
import type { DraftProject } from '../schemas/project.schema';
import type { AppEvent, AppInput, DeletedProject } from './app.machine';

export interface LibraryOpInput {
  ctx: AppInput;
  event: AppEvent;
  deleted: DeletedProject | null;
}

/**
 * What the home screen's list does to a kept project: rename, duplicate, delete (kept until
 * undone, with where its signing by link stood) and undo. Loaded with the first of them.
 */
export async function runLibraryOp(
  input: LibraryOpInput,
): Promise<{ deleted: DeletedProject | null; result: SaveResult }> {
  const { ctx, event } = input;
  const { store } = ctx;
  const saved = async (project: DraftProject, place: FlowState) => {
    const result = await store.save(project, place);
    if (result.ok) ctx.announce?.({ type: 'saved', projectId: project.id });
    return result;
  };
  const ok: SaveResult = { ok: true };
  switch (event.type) {
    case 'project.rename': {
      const got = await store.load(event.id);
      if (!got.ok) return { deleted: input.deleted, result: ok };
      return {
        deleted: input.deleted,
        result: await saved(await ctx.renameProject(got.stored.project, event.title), got.stored.place),
      };
    }
    case 'project.duplicate': {
      const got = await store.load(event.id);
      if (!got.ok) return { deleted: input.deleted, result: ok };
      const copy = await ctx.copyProject(got.stored.project);
      const titled = {
        ...copy,
        partners: { ...copy.partners, title: `${copy.partners.title} ${event.suffix}`.trim() },
      };
      return { deleted: input.deleted, result: await saved(titled, got.stored.place) };
    }
    case 'project.delete': {
      const got = await store.load(event.id);
      if (!got.ok) return { deleted: input.deleted, result: ok };
      // Removed with the project; kept here so that undoing brings back who declined and why.
      const [requests] = (await store.readRaw([requestsKey(event.id)])) ?? [];
      const result = await store.remove(event.id);
      // A deleted project must not come back from what a page left behind.
      if (result.ok) clearPending(ctx.journal ?? null, event.id);
      if (result.ok) ctx.announce?.({ type: 'deleted', projectId: event.id });
      return { deleted: result.ok ? { ...got.stored, requests } : input.deleted, result };
    }
    case 'project.undoDelete': {
      if (!input.deleted) return { deleted: null, result: ok };
      const { project, place, requests } = input.deleted;
      const result = await saved(project, place);
      if (result.ok && requests !== undefined) await store.writeRaw([[requestsKey(project.id), requests]]);
      return { deleted: result.ok ? null : input.deleted, result };
    }
    default:
      return { deleted: input.deleted, result: ok };
  }
}
