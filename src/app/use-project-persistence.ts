import { useEffect, useState } from 'react';
import { WizardContext } from '../machine/wizard.context';
import { selectPlace } from '../machine/wizard.selectors';
import { saveProject, setCurrentProjectId } from '../persistence/project-storage';
import type { KeyValueStorage } from '../persistence/storage';

/**
 * Saves the project on every change of the machine, so a reload or a crash finds it on
 * the same step. Returns false once a save has failed (storage full or unavailable).
 */
export function useProjectPersistence(storage: KeyValueStorage | null): boolean {
  const actor = WizardContext.useActorRef();
  const [ok, setOk] = useState(storage !== null);
  useEffect(() => {
    if (!storage) return;
    let last = '';
    const subscription = actor.subscribe((snapshot) => {
      const place = selectPlace(snapshot);
      const p = snapshot.context.project;
      const key = `${p.updatedAt}|${place}|${p.documentLanguage}|${p.bilingualDocuments}|${p.visited.length}|${p.signatures.length}`;
      if (key === last) return;
      last = key;
      setOk(saveProject(storage, snapshot.context.project, place));
    });
    setCurrentProjectId(storage, actor.getSnapshot().context.project.id);
    return () => subscription.unsubscribe();
  }, [actor, storage]);
  return ok;
}
