import { FLOW_STATES, type FlowState } from '../domain/flow';

/**
 * Each screen and step has its own address, in the query so the share link's fragment
 * (`#projet=…`) stays free: `?p=<project id>&s=<step>` for an open project (`&v=charter`
 * for the charter read as a web page, `&v=record` for the partnership record after
 * signing), no query for the home screen.
 */
export type RouteView = 'charter' | 'record';
const VIEWS: readonly RouteView[] = ['charter', 'record'];
const isView = (s: string | null): s is RouteView => s !== null && (VIEWS as readonly string[]).includes(s);

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
  return {
    id,
    ...(isPlace(s) ? { place: s } : {}),
    ...(isView(v) ? { view: v } : {}),
  };
}

export function routeSearch(route: Route | null): string {
  if (!route) return '';
  const params = new URLSearchParams({ p: route.id });
  if (route.place) params.set('s', route.place);
  if (route.view) params.set('v', route.view);
  return `?${params.toString()}`;
}
