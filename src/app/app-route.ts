import { FLOW_STATES, type FlowState } from '../domain/flow';

/**
 * Each screen and step has its own address, in the query so the share link's fragment
 * (`#projet=…`) stays free: `?p=<project id>&s=<step>` for an open project (`&v=charter`
 * for the charter read as a web page, `&v=record` for the partnership record after
 * signing, `&v=record&a=draft` for the amendment being drafted in it, `&v=record&a=health`
 * for a partner's health check, opened over a review), no query for the home screen.
 * Drafting and the health check are views of their own (`drafting`, `health`), so whoever
 * keeps the view of an address while the step changes keeps them too.
 */
export type RouteView = 'charter' | 'record' | 'drafting' | 'health';
const VIEWS: readonly string[] = ['charter', 'record'];
const isView = (s: string | null): s is 'charter' | 'record' => s !== null && VIEWS.includes(s);

/** The record, on its home or any of its screens: the views that show the record pane. */
export const isRecordView = (view: RouteView | undefined) =>
  view === 'record' || view === 'drafting' || view === 'health';

export interface Route {
  id: string;
  place?: FlowState;
  view?: RouteView;
}

const isPlace = (s: string | null): s is FlowState => s !== null && (FLOW_STATES as readonly string[]).includes(s);

export function readRoute(search: string): Route | null {
  const params = new URLSearchParams(search);
  const id = params.get('p');
  if (!id) return null;
  const s = params.get('s');
  const v = params.get('v');
  // The record's screens with an address of their own: `a=…` beside `v=record`.
  const a = v === 'record' ? params.get('a') : null;
  const view: RouteView | null = a === 'draft' ? 'drafting' : a === 'health' ? 'health' : isView(v) ? v : null;
  return {
    id,
    ...(isPlace(s) ? { place: s } : {}),
    ...(view ? { view } : {}),
  };
}

export function routeSearch(route: Route | null): string {
  if (!route) return '';
  const params = new URLSearchParams({ p: route.id });
  if (route.place) params.set('s', route.place);
  if (route.view === 'drafting' || route.view === 'health') {
    params.set('v', 'record');
    params.set('a', route.view === 'drafting' ? 'draft' : 'health');
  } else if (route.view) params.set('v', route.view);
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
