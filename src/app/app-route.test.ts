import { describe, expect, it } from 'vitest';
import { homePageSearch, readHomePage, readRoute, routeSearch } from './app-route';

describe('addresses of screens and steps', () => {
  it('names a project and its step in the query, and reads it back', () => {
    const search = routeSearch({ id: 'abc-123', place: 'framework' });
    expect(search).toBe('?p=abc-123&s=framework');
    expect(readRoute(search)).toEqual({ id: 'abc-123', place: 'framework' });
    expect(readRoute(routeSearch({ id: 'x', place: 'review', view: 'charter' }))).toEqual({
      id: 'x',
      place: 'review',
      view: 'charter',
    });
    expect(readRoute('?p=x&s=signing&v=record')).toEqual({ id: 'x', place: 'signing', view: 'record' });
    expect(readRoute('?p=x&s=signing&v=elsewhere')).toEqual({ id: 'x', place: 'signing' });
  });

  it('names the amendment being drafted in the record, and only there', () => {
    const search = routeSearch({ id: 'x', place: 'review', view: 'drafting' });
    expect(search).toBe('?p=x&s=review&v=record&a=draft');
    expect(readRoute(search)).toEqual({ id: 'x', place: 'review', view: 'drafting' });
    expect(readRoute('?p=x&s=review&v=charter&a=draft')).toEqual({ id: 'x', place: 'review', view: 'charter' });
    expect(readRoute('?p=x&s=review&v=record&a=other')).toEqual({ id: 'x', place: 'review', view: 'record' });
  });

  it('names a health check opened in the record', () => {
    const search = routeSearch({ id: 'x', place: 'signing', view: 'health' });
    expect(search).toBe('?p=x&s=signing&v=record&a=health');
    expect(readRoute(search)).toEqual({ id: 'x', place: 'signing', view: 'health' });
    expect(readRoute('?p=x&s=review&v=charter&a=health')).toEqual({ id: 'x', place: 'review', view: 'charter' });
  });

  it('home has no query; an unknown step is left to the saved place', () => {
    expect(routeSearch(null)).toBe('');
    expect(readRoute('')).toBeNull();
    expect(readRoute('?p=abc&s=nowhere')).toEqual({ id: 'abc' });
  });

  it('names the pages the home screen opens over itself, and refuses a hostile one', () => {
    expect(homePageSearch({ example: 'terrena-afdi-cobsac' })).toBe('?exemple=terrena-afdi-cobsac');
    expect(readHomePage('?exemple=terrena-afdi-cobsac')).toEqual({ example: 'terrena-afdi-cobsac' });
    expect(readHomePage(homePageSearch({ sources: true }))).toEqual({ sources: true });
    expect(readHomePage('')).toBeNull();
    expect(readHomePage('?exemple=%3Cscript%3E')).toBeNull();
    expect(readHomePage(`?exemple=${'a'.repeat(65)}`)).toBeNull();
    // A project's address is never a home page.
    expect(readHomePage('?p=x&sources')).toBeNull();
  });
});
