// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { completeProject } from '../../tests/fixtures/project';
import { EXAMPLES } from '../examples/examples';
import { loadExampleFile } from '../testing/example-files';
import { exampleLeftovers } from './example-leftovers';

const load = loadExampleFile;

describe('an example’s invented facts left in a project', () => {
  it('are found in every worked example, in French and in English', () => {
    for (const example of EXAMPLES) {
      for (const file of [example.fileName, example.fileName.replace('.cocharte.json', '.en.cocharte.json')]) {
        expect(exampleLeftovers(load(file)).length, file).toBeGreaterThan(0);
      }
    }
  });

  it('name the field, by step and path, in form order', () => {
    const project = load('terrena-afdi-cobsac.cocharte.json');
    const found = exampleLeftovers(project);
    expect(found).toContainEqual({ step: 'partners', path: 'partners.2.contactName' });
    expect(found[0]?.step).toBe('partners');
  });

  it('are not found in a project of the partners’ own, nor in a word that only contains the marker', () => {
    const fixture = completeProject();
    // The fixture's own addresses are on the reserved example domains: real ones here.
    const p = {
      ...fixture,
      partners: {
        ...fixture.partners,
        partners: fixture.partners.partners.map((x) => ({ ...x, contactEmail: `contact@${x.id}.fr` })),
      },
    };
    const own = { ...p, framework: { ...p.framework, purpose: 'Une fiction réaliste ; des fictions ; fictionnel.' } };
    expect(exampleLeftovers(own)).toEqual([]);
    const withAddress = {
      ...p,
      partners: {
        ...p.partners,
        partners: p.partners.partners.map((x, i) => (i === 1 ? { ...x, contactEmail: 'a.b@coop.example.com' } : x)),
      },
    };
    expect(exampleLeftovers(withAddress)).toEqual([{ step: 'partners', path: 'partners.1.contactEmail' }]);
  });
});
