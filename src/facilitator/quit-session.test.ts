import { createActor, fromCallback, waitFor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { completeProject } from '../../tests/fixtures/project';
import { createEmptyProject } from '../domain/new-project';
import { addPair, newWorkshop } from '../domain/workshop';
import type { DraftProject } from '../schemas/project.schema';
import type { WorkshopSession } from '../schemas/workshop.schema';
import { appMachine } from '../machine/app.machine';
import { quitAndDeleteSession } from './quit-session';
import { memoryProjectStore } from '../testing/memory-project-store';

const project = (id: string, title: string): DraftProject => {
  const p = completeProject();
  return { ...p, id, partners: { ...p.partners, title } };
};

describe('quitting a workshop and deleting its projects from this device', () => {
  it('deletes the pairs’ projects only, keeps the open one’s last edits for undo, and « Annuler » brings all back', async () => {
    const { store, records } = memoryProjectStore();
    const pairs = [project('p1', 'Binôme 1'), project('p2', 'Binôme 2'), project('p3', 'Binôme 3')];
    for (const p of pairs) await store.save(p, 'partners');
    await store.save(project('other', 'Projet d’une autre séance'), 'review');
    let session: WorkshopSession = newWorkshop();
    for (const p of pairs) session = addPair(session, p.id, '', new Date('2026-11-30T09:00:00Z'));
    const announced: string[] = [];
    const written: (WorkshopSession | null)[] = [];
    const machine = appMachine.provide({
      actors: { tabGuard: fromCallback(({ sendBack }) => sendBack({ type: 'tab.state', state: 'alone' })) },
    });
    const app = createActor(machine, {
      input: {
        store,
        legacy: null,
        locale: 'fr',
        route: { id: 'p3' },
        hash: '',
        newProject: () => createEmptyProject(new Date('2026-01-01T00:00:00Z')),
        copyProject: (p) => p,
        sameProject: () => false,
        renameProject: (p) => p,
        announce: (m) => announced.push(`${m.type}:${m.projectId}`),
        autosaveMs: 60_000,
        workshop: { read: () => session, write: (s) => written.push(s) },
      },
    }).start();
    const open = await waitFor(app, (s) => s.matches({ screen: 'project' }));
    // The pair typed something the autosave has not written yet.
    const typed = {
      ...(open.context.open?.project as DraftProject),
      partners: { ...pairs[2]!.partners, title: 'Binôme 3 — tapé' },
    };
    app.send({ type: 'project.changed', project: typed, place: 'partners' });

    quitAndDeleteSession(app, open.context.workshop as WorkshopSession);
    const home = await waitFor(
      app,
      (s) => s.matches({ screen: 'home' }) && s.context.notice?.kind === 'sessionDeleted',
    );
    expect(home.context.workshop).toBeNull();
    expect(written.at(-1)).toBeNull();
    expect(home.context.projects.map((p) => p.title)).toEqual(['Projet d’une autre séance']);
    expect([...records.keys()]).toEqual(['other']);
    expect(announced.filter((a) => a.startsWith('deleted:')).sort()).toEqual([
      'deleted:p1',
      'deleted:p2',
      'deleted:p3',
    ]);
    const notice = home.context.notice;
    if (notice?.kind !== 'sessionDeleted') throw new Error('no undo offered');
    expect(notice.projects.map((p) => p.project.partners.title)).toEqual(['Binôme 1', 'Binôme 2', 'Binôme 3 — tapé']);

    app.send({ type: 'project.undoDelete', projects: notice.projects });
    const back = await waitFor(app, (s) => s.matches({ screen: 'home' }) && s.context.notice === null);
    expect(back.context.projects.map((p) => p.title).sort()).toEqual([
      'Binôme 1',
      'Binôme 2',
      'Binôme 3 — tapé',
      'Projet d’une autre séance',
    ]);
  });
});
