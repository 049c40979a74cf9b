import { describe, expect, it } from 'vitest';
import { createTranslator, formatDate } from '../i18n/i18n';
import { diffProjects, partnerNamer } from './diff-projects';
import { formatSide } from './format-change';
import { baseProject, copy, signature } from '../testing/test-projects';

const t = createTranslator('fr');

function sides(edit: (p: ReturnType<typeof baseProject>) => void) {
  const local = baseProject();
  const incoming = copy(local);
  edit(incoming);
  const ctx = { t, date: (iso: string) => formatDate('fr', iso), partnerName: partnerNamer(local, incoming, t) };
  return diffProjects(local, incoming, t).map((c) => [formatSide(c, 'local', ctx), formatSide(c, 'incoming', ctx)]);
}

describe('formatSide', () => {
  it('translates catalogue ids and joins lists', () => {
    expect(sides((p) => void (p.motivations.sharedValues = ['innovation', 'solidarity']))).toEqual([
      [['Solidarité, Transparence'], ['Innovation, Solidarité']],
    ]);
  });

  it('names partners, spells dates and marks empty values', () => {
    expect(
      sides((p) => {
        p.impacts.risks[0]!.ownerId = 'south';
        p.followUp.startDate = '';
        p.followUp.milestones[0]!.partnerId = '';
      }),
    ).toEqual([
      [['1er mars 2026'], ['(vide)']],
      [['Hợp tác xã Sao Biển'], ['Tous les partenaires']],
      [['Coopérative Œuvre & Sol'], ['Hợp tác xã Sao Biển']],
    ]);
  });

  it('shows a whole added row as its filled fields, and the missing side as absent', () => {
    const [[local, incoming]] = sides(
      (p) => void p.followUp.indicators.push({ id: 'i2', name: 'Emplois', target: '10' }),
    ) as [string[][]];
    expect(local).toEqual(['(absent)']);
    expect(incoming).toEqual(['Ce que l’on mesure\u00a0: Emplois', 'Cible\u00a0: 10']);
  });

  it('describes a signature by its signatory', () => {
    expect(sides((p) => void (p.signatures = [signature('asso')]))).toEqual([
      [['(absent)'], ['Signé par Élise Guérin, Présidente, à Nantes, le 1er mars 2026.']],
    ]);
  });
});
