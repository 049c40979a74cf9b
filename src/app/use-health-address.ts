import { useEffect } from 'react';
import { RecordContext } from '../machine/record.context';
import { WizardContext } from '../machine/wizard.context';
import { selectPlace } from '../machine/wizard.selectors';
import { readRoute, routeSearch, type RouteView } from './app-route';

/**
 * A health check has its own address in the record (`&a=health`): opening it adds a
 * history entry, so the browser's Back (and the screen's own way back) returns to the
 * review it was opened from instead of closing the record. A reload on that address has
 * no review to go back to: it takes the record's address.
 */
export function useHealthAddress() {
  const record = RecordContext.useActorRef();
  const wizard = WizardContext.useActorRef();
  useEffect(() => {
    const search = (view: RouteView) => {
      const snapshot = wizard.getSnapshot();
      return routeSearch({ id: snapshot.context.project.id, place: selectPlace(snapshot), view });
    };
    const addressed = () => readRoute(location.search)?.view === 'health';
    const followAddress = () => {
      const open = record.getSnapshot().value === 'health';
      if (open && !addressed()) record.send({ type: 'health.close' });
      else if (!open && addressed()) history.replaceState({ cocharte: true }, '', search('record'));
    };
    followAddress();
    let was = record.getSnapshot().value;
    const subscription = record.subscribe((s) => {
      const now = s.value;
      if (now === was) return;
      const left = was === 'health';
      was = now;
      // Its state never says `record`: closing the record from here replaces this entry
      // rather than going back to the review's (project-workspace.tsx, useRecordAddress).
      if (now === 'health' && !addressed()) history.pushState({ cocharte: true, health: true }, '', search('health'));
      else if (left && addressed()) {
        // Leaving by the screen's own button or by answering: back to the entry it was
        // opened from; an entry not pushed here (a reload rewrote it) is rewritten instead.
        if ((history.state as { health?: boolean } | null)?.health) history.back();
        else history.replaceState({ cocharte: true }, '', search('record'));
      }
    });
    window.addEventListener('popstate', followAddress);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener('popstate', followAddress);
    };
  }, [record, wizard]);
}
