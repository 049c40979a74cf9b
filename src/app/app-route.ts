import { FLOW_STATES, type FlowState } from '../domain/flow';

/**
 * Each screen and step has its own address, in the query so the share link's fragment
 * (`#projet=…`) stays free: `?p=<project id>&s=<step>` for an open project (`&v=charter`
 * for the charter read as a web page, `&v=record` for the partnership record after
 * signing, `&v=record&a=draft` for the amendment being drafted in it, `&a=review&r=<review
 * id or new>` for a review's form, `&a=health&r=<review id>&pt=<partner id>` for a partner's
 * health check, opened over a review), no query for the home screen. Drafting, a review and
 * a health check are views of their own, so whoever keeps the view of an address while the
 * step changes keeps them too.
 */
export type RouteView = 'charter' | 'record' | 'drafting' | 'review' | 'health';
const VIEWS: readonly string[] = ['charter', 'record'];
const isView = (s: string | null): s is 'charter' | 'record' => s !== null && VIEWS.includes(s);

/** The record, on its home or any of its screens: the views that show the record pane. */
export const isRecordView = (view: RouteView | undefined) => !!view && view !== 'charter';

export interface Route {
  id: string;
  place?: FlowState;
  view?: RouteView;
  /** The review of a review form or health check (`new` for a review not held yet). */
  review?: string;
  /** The partner whose health check it is. */
  partner?: string;
}

const isPlace = (s: string | null): s is FlowState => s !== null && (FLOW_STATES as readonly string[]).includes(s);
// An id of the schemas' shape (src/schemas/fields.ts): anything else in an address is
// someone else's text, never passed on; whether it exists is the record's to check.
const isId = (s: string | null): s is string => !!s && /^[\w-]{1,64}$/.test(s);

export function readRoute(search: string): Route | null {
  const params = new URLSearchParams(search);
  const id = params.get('p');
  if (!id) return null;
  const s = params.get('s');
  const v = params.get('v');
  const r = params.get('r');
  const pt = params.get('pt');
  // The record's screens with an address of their own: `a=…` beside `v=record`; a review
  // form or health check that does not say which is the record's home.
  const a = v === 'record' ? params.get('a') : null;
  const view: RouteView | null =
    a === 'draft' ? 'drafting' : isId(r) && (a === 'review' || (a === 'health' && isId(pt))) ? a : isView(v) ? v : null;
  return {
    id,
    ...(isPlace(s) ? { place: s } : {}),
    ...(view ? { view } : {}),
    ...(view === 'review' || view === 'health' ? { review: r as string } : {}),
    ...(view === 'health' ? { partner: pt as string } : {}),
  };
}

export function routeSearch(route: Route | null): string {
  if (!route) return '';
  const { view, review, partner } = route;
  const params = new URLSearchParams({ p: route.id });
  if (route.place) params.set('s', route.place);
  if (view) params.set('v', view === 'charter' ? view : 'record');
  if (view === 'drafting') params.set('a', 'draft');
  if (view === 'review' || view === 'health') {
    params.set('a', view);
    params.set('r', review ?? 'new');
  }
  if (view === 'health' && partner) params.set('pt', partner);
  return `?${params.toString()}`;
}

/**
 * A page the home screen opens over itself, with its own address so Back returns to the
 * home screen instead of leaving the app: a worked example read as its charter
 * (`?exemple=<id>`) or the page on the sources (`?sources`).
 */
export type HomePage = { example: string } | { sources: true };

export function readHomePage(search: string): HomePage | null {
  const params = new URLSearchParams(search);
  if (params.has('p')) return null;
  const example = params.get('exemple');
  // An id of the app's own examples' shape; which one exists is the home screen's to check.
  if (example !== null) return /^[a-z0-9-]{1,64}$/.test(example) ? { example } : null;
  return params.has('sources') ? { sources: true } : null;
}

export function homePageSearch(page: HomePage | null): string {
  if (!page) return '';
  return 'example' in page ? `?${new URLSearchParams({ exemple: page.example }).toString()}` : '?sources';
}
