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

  it('names the review form open in the record, a new one or a held one', () => {
    const fresh = routeSearch({ id: 'x', place: 'signing', view: 'review', review: 'new' });
    expect(fresh).toBe('?p=x&s=signing&v=record&a=review&r=new');
    expect(readRoute(fresh)).toEqual({ id: 'x', place: 'signing', view: 'review', review: 'new' });
    const held = routeSearch({ id: 'x', place: 'review', view: 'review', review: 'Rev_1-a' });
    expect(held).toBe('?p=x&s=review&v=record&a=review&r=Rev_1-a');
    expect(readRoute(held)).toEqual({ id: 'x', place: 'review', view: 'review', review: 'Rev_1-a' });
  });

  it('names a health check by its review and its partner', () => {
    const search = routeSearch({ id: 'x', place: 'signing', view: 'health', review: 'rev1', partner: 'south' });
    expect(search).toBe('?p=x&s=signing&v=record&a=health&r=rev1&pt=south');
    expect(readRoute(search)).toEqual({ id: 'x', place: 'signing', view: 'health', review: 'rev1', partner: 'south' });
    // Only in the record.
    expect(readRoute('?p=x&s=review&v=charter&a=health&r=rev1&pt=south')).toEqual({
      id: 'x',
      place: 'review',
      view: 'charter',
    });
  });

  it('takes an incomplete or hostile review or partner for the record’s home, never another screen', () => {
    const home = { id: 'x', place: 'signing', view: 'record' };
    for (const bad of ['', '%3Cscript%3E', 'a%20b', 'a.b', '..%2Fx', `${'a'.repeat(65)}`, 'r%C3%A9v']) {
      expect(readRoute(`?p=x&s=signing&v=record&a=review&r=${bad}`)).toEqual(home);
      expect(readRoute(`?p=x&s=signing&v=record&a=health&r=${bad}&pt=south`)).toEqual(home);
      expect(readRoute(`?p=x&s=signing&v=record&a=health&r=rev1&pt=${bad}`)).toEqual(home);
    }
    // A review form or a health check that does not say which (the previous release's address).
    expect(readRoute('?p=x&s=signing&v=record&a=review')).toEqual(home);
    expect(readRoute('?p=x&s=signing&v=record&a=health')).toEqual(home);
    expect(readRoute('?p=x&s=signing&v=record&a=health&r=rev1')).toEqual(home);
    // A review or partner beside another screen is nobody's.
    expect(readRoute('?p=x&s=signing&v=record&r=rev1&pt=south')).toEqual(home);
    expect(readRoute('?p=x&s=signing&v=record&a=draft&r=rev1&pt=south')).toEqual({ ...home, view: 'drafting' });
    expect(readRoute('?p=x&s=signing&a=review&r=rev1')).toEqual({ id: 'x', place: 'signing' });
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
