import { useEffect } from 'react';
import type { SnapshotFrom } from 'xstate';
import { flushDrafts } from '../lib/flush-drafts';
import { RecordContext } from '../machine/record.context';
import type { RecordEvent, recordMachine } from '../machine/record.machine';
import { WizardContext } from '../machine/wizard.context';
import { selectPlace } from '../machine/wizard.selectors';
import { readRoute, routeSearch, type Route } from './app-route';

/** A review form or a health check, as its address names it. */
type Screen = Pick<Route, 'view' | 'review' | 'partner'>;

/** The screen the record shows, if it is a review form or a health check. */
function screenOf(s: SnapshotFrom<typeof recordMachine>): Screen | null {
  const { reviewId, partnerId } = s.context;
  if (s.value === 'review') return { view: 'review', review: reviewId ?? 'new' };
  if (s.value === 'health' && reviewId && partnerId) return { view: 'health', review: reviewId, partner: partnerId };
  return null;
}

/** The screen the address names, if it is a review form or a health check. */
function addressed(): Screen | null {
  const route = readRoute(location.search);
  return route?.view === 'review' || route?.view === 'health'
    ? { view: route.view, review: route.review, partner: route.partner }
    : null;
}

const same = (a: Screen | null, b: Screen | null) =>
  a?.view === b?.view && a?.review === b?.review && a?.partner === b?.partner;

/** How far from the record's home: a review form is one step in, its health check two. */
const depth = (screen: Screen | null) => (screen?.view === 'health' ? 2 : screen ? 1 : 0);

/**
 * A review form (`&a=review&r=<review id or new>`) and a partner's health check, opened over
 * a review (`&a=health&r=<review id>&pt=<partner id>`), have addresses of their own in the
 * record: opening one adds a history entry, so Back walks from the health check to its
 * review and on to the record's home, and Forward back again; the screens' own ways back
 * (and saving) go back to the entry they were opened from. A reload on either address
 * reopens it (a new review with its draft, src/domain/record-drafts.ts). An address naming
 * a review or a partner the record does not have (a stale or forged link) takes the
 * record's home of the same project: the record machine refuses to open it.
 */
export function useReviewAddress() {
  const record = RecordContext.useActorRef();
  const wizard = WizardContext.useActorRef();
  useEffect(() => {
    const search = (screen: Screen | null) => {
      const snapshot = wizard.getSnapshot();
      const here = { id: snapshot.context.project.id, place: selectPlace(snapshot) };
      return routeSearch(screen ? { ...here, ...screen } : { ...here, view: 'record' });
    };
    const followAddress = () => {
      const want = addressed();
      const shown = screenOf(record.getSnapshot());
      if (same(want, shown)) return;
      // The form on screen hands over what it still holds before it gives way.
      flushDrafts();
      if (!want) {
        // Back to the record's home (or to drafting, whose own hook opens it).
        if (shown) record.send({ type: 'record.home' });
        return;
      }
      const reviewId = want.review === 'new' ? null : (want.review ?? null);
      const open: RecordEvent | null =
        want.view === 'review'
          ? { type: 'review.open', reviewId }
          : reviewId && want.partner
            ? { type: 'health.open', reviewId, partnerId: want.partner }
            : null;
      // Asked of the snapshot, not seen after sending: on a reload the actor starts after
      // this hook's first run, and handles what it was sent only then.
      if (open && record.getSnapshot().can(open)) record.send(open);
      else {
        // A review or partner the record does not have: the record's home. The address is
        // rewritten first, so the move home is not taken for one to write in the history.
        history.replaceState({ cocharte: true }, '', search(null));
        record.send({ type: 'record.home' });
      }
    };
    followAddress();
    let was = screenOf(record.getSnapshot());
    const subscription = record.subscribe((s) => {
      const now = screenOf(s);
      if (same(now, was)) return;
      const from = was;
      was = now;
      // Following the address: it already names the screen.
      if (same(now, addressed())) return;
      // The entry pushed here says so; its state never says `record`: closing the record
      // from it replaces it rather than going back (project-workspace.tsx, useRecordAddress).
      if (depth(now) > depth(from)) history.pushState({ cocharte: true, reviewScreen: true }, '', search(now));
      // Leaving by the screen's own button or by saving: back to the entry it was opened
      // from; an entry not pushed here (a link opened on it) is rewritten instead.
      else if (depth(now) < depth(from) && (history.state as { reviewScreen?: boolean } | null)?.reviewScreen)
        history.back();
      else history.replaceState({ cocharte: true }, '', search(now));
    });
    window.addEventListener('popstate', followAddress);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener('popstate', followAddress);
    };
  }, [record, wizard]);
}
