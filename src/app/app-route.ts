import { FLOW_STATES, type FlowState } from '../domain/flow';

/**
 * Each screen and step has its own address, in the query so the share link's fragment
 * (`#projet=…`) stays free: `?p=<project id>&s=<step>` for an open project (`&v=charter`
 * for the charter read as a web page), no query for the home screen.
 */
export interface Route {
  id: string;
  place?: FlowState;
  view?: 'charter';
}

const isPlace = (s: string | null): s is FlowState => s !== null && (FLOW_STATES as readonly string[]).includes(s);

export function readRoute(search: string): Route | null {
  const params = new URLSearchParams(search);
  const id = params.get('p');
  if (!id) return null;
  const s = params.get('s');
  return {
    id,
    ...(isPlace(s) ? { place: s } : {}),
    ...(params.get('v') === 'charter' ? { view: 'charter' as const } : {}),
  };
}

export function routeSearch(route: Route | null): string {
  if (!route) return '';
  const params = new URLSearchParams({ p: route.id });
  if (route.place) params.set('s', route.place);
  if (route.view) params.set('v', route.view);
  return `?${params.toString()}`;
}
