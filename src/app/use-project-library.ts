import { useCallback, useMemo, useState } from 'react';
import type { FlowState } from '../machine/wizard.types';
import {
  deleteProject,
  listProjects,
  loadProject,
  saveProject,
  type StoredProject,
} from '../persistence/project-storage';
import type { KeyValueStorage } from '../persistence/storage';
import type { DraftProject } from '../schemas/project.schema';
import { asNewProject } from './project-actions';

/**
 * The projects kept on this device: list, rename, duplicate, delete with undo. Every
 * operation goes through the storage module; the list is re-read after each change.
 */
export function useProjectLibrary(storage: KeyValueStorage | null) {
  const [version, setVersion] = useState(0);
  const [deleted, setDeleted] = useState<StoredProject | null>(null);
  const projects = useMemo(() => (storage ? listProjects(storage) : []), [storage, version]);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);

  const update = useCallback(
    (id: string, change: (p: DraftProject) => DraftProject) => {
      const stored = storage && loadProject(storage, id);
      if (!stored || !storage) return;
      saveProject(storage, change(stored.project), stored.place);
      refresh();
    },
    [storage, refresh],
  );

  return {
    projects,
    refresh,
    /** The project deleted last, until undone or replaced by another deletion. */
    deleted,
    load: (id: string) => (storage ? loadProject(storage, id) : null),
    save: (project: DraftProject, place: FlowState) => {
      if (storage) saveProject(storage, project, place);
      refresh();
    },
    rename: (id: string, title: string) =>
      update(id, (p) => ({
        ...p,
        partners: { ...p.partners, title },
        // The title is part of the signed text: renaming voids signatures like any edit.
        signatures: p.partners.title === title ? p.signatures : [],
        updatedAt: new Date().toISOString(),
      })),
    duplicate: (id: string, suffix: string) => {
      const stored = storage && loadProject(storage, id);
      if (!stored || !storage) return;
      const copy = asNewProject(stored.project);
      saveProject(
        storage,
        { ...copy, partners: { ...copy.partners, title: `${copy.partners.title} ${suffix}`.trim() } },
        stored.place,
      );
      refresh();
    },
    remove: (id: string) => {
      const stored = storage && loadProject(storage, id);
      if (!stored || !storage) return;
      deleteProject(storage, id);
      setDeleted(stored);
      refresh();
    },
    undoRemove: () => {
      if (!deleted || !storage) return;
      saveProject(storage, deleted.project, deleted.place);
      setDeleted(null);
      refresh();
    },
  };
}
