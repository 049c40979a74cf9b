import type { ActorRefFrom } from 'xstate';
import type { appMachine } from '../machine/app.machine';
import type { WorkshopSession } from '../schemas/workshop.schema';

type App = ActorRefFrom<typeof appMachine>;

/**
 * Quits the workshop mode and deletes the session's projects from this device (a shared
 * laptop keeps no partner's names, e-mails or phones). The open project, one of them, is
 * saved and closed first; the deletion then runs from the home screen through the same
 * path as deleting one project, so « Annuler » there brings every one of them back.
 * Projects outside the session are not touched.
 */
export function quitAndDeleteSession(app: App, session: WorkshopSession): void {
  const ids = session.pairs.map((p) => p.projectId);
  app.send({ type: 'facilitator.close' });
  if (ids.length === 0) return;
  app.send({ type: 'home' });
  const watch = app.subscribe((s) => {
    const home = s.matches({ screen: 'home' });
    if (!home && !s.matches({ screen: 'project' }) && !s.matches({ screen: 'comparing' })) return;
    // The first screen reached settles it: were it not the home screen (Back pressed while
    // the project was saved led elsewhere), nothing is deleted later behind the user's back.
    watch.unsubscribe();
    if (home) app.send({ type: 'project.delete', id: ids[0] ?? '', ids });
  });
}
