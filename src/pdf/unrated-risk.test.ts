// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { completeProject } from '../../tests/fixtures/project';
import { emptyRisk } from '../domain/new-project';
import type { DraftProject } from '../schemas/project.schema';
import { findInOrder, loadFonts, normalizeForSearch, readPdf } from '../testing/pdf-test-support';
import { renderCharterPdf, renderRiskChecklistPdf, type RenderOptions } from './render-pdf';

/**
 * A draft whose second risk was added by hand: title, measures, owner and review date
 * written, category, likelihood, severity and response never chosen. The documents must
 * not print a value nobody chose.
 */
function draftWithUnratedRisk(): DraftProject {
  const project = completeProject();
  const rated = project.impacts.risks[0]!;
  project.impacts.risks = [
    // Values none of the old defaults share, so any default printed would be noticed.
    { ...rated, category: 'financial', likelihood: 3, severity: 4, response: 'accept' },
    emptyRisk({
      id: 'r2',
      title: 'Retard de livraison des semences',
      mitigation: 'Constituer un stock tampon.',
      ownerId: rated.ownerId,
      reviewDate: '2027-01-15',
    }),
  ];
  return project;
}

let charter: string;
let checklist: string;

beforeAll(async () => {
  const project = draftWithUnratedRisk();
  const options: RenderOptions = { locale: 'fr', fonts: loadFonts(), fingerprint: '', now: new Date('2026-03-07') };
  const text = async (bytes: Uint8Array) => (await readPdf(bytes)).map((p) => p.text).join('\n');
  charter = await text(renderCharterPdf(project, options));
  checklist = await text(renderRiskChecklistPdf(project, options));
});

const flat = (s: string) => normalizeForSearch(s);
const NOTE =
  'Le risque 2 n’est pas encore coté : il figurera dans la matrice une fois sa probabilité et sa gravité choisies.';

describe('a draft with a risk nobody rated', () => {
  it('prints no category, rating or response nobody chose in the risk’s rows', () => {
    // The legend and the scales print every label; only what follows the risk's title counts.
    const title = flat('Retard de livraison des semences');
    for (const doc of [charter, checklist]) {
      const rows = flat(doc).split(title).slice(1);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows.map((r) => r.slice(0, 160))) {
        expect(row).not.toContain(flat('Contexte culturel'));
        expect(row).not.toContain(flat('Modéré'));
        expect(row).not.toContain(flat('2 — Moyen'));
        expect(row).not.toContain(flat('Réduire'));
      }
    }
  });

  it('prints the row of Art. 9 with « à choisir » for its category and level', () => {
    const found = findInOrder(charter, ['Retard de livraison des semences', 'à choisir', 'à choisir']);
    expect(found.filter((f) => f.at < 0)).toEqual([]);
  });

  it('leaves the risk out of the matrices and says so just after them', () => {
    expect(findInOrder(charter, ['Matrice probabilité × gravité', NOTE, 'Retard de livraison des semences'])).toEqual(
      expect.not.arrayContaining([expect.objectContaining({ at: -1 })]),
    );
    expect(findInOrder(checklist, [NOTE, 'Matrice probabilité × gravité', 'Retard de livraison des semences'])).toEqual(
      expect.not.arrayContaining([expect.objectContaining({ at: -1 })]),
    );
  });

  it('prints « à choisir » in the checklist for the rating and the response', () => {
    const row = checklist.slice(checklist.indexOf('Retard de livraison des semences'));
    expect(findInOrder(row, ['à choisir', 'Probabilité', 'à choisir', 'Gravité', 'à choisir'])).toEqual(
      expect.not.arrayContaining([expect.objectContaining({ at: -1 })]),
    );
  });
});
