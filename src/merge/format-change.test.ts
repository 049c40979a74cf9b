import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/i18n';
import { diffProjects } from './diff-projects';
import { formatContextFor, formatSide } from './format-change';
import { baseProject, copy, signature } from '../testing/test-projects';

const t = createTranslator('fr');

function sides(edit: (p: ReturnType<typeof baseProject>) => void) {
  const local = baseProject();
  const incoming = copy(local);
  edit(incoming);
  const ctx = formatContextFor(local, incoming, 'fr', t);
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

  it('writes amounts, durations and counts as the charter does, not as the numbers stored', () => {
    const flat = (lines: string[][][]) => lines.map((pair) => pair.map((l) => l.join(' | ').replace(/\s/g, ' ')));
    expect(
      flat(
        sides((p) => {
          const a = p.framework.agreement;
          a.budget = 15000;
          a.noticeDays = 60;
          a.confidentialityYears = 1;
          a.copies = 1;
          p.followUp.durationMonths = 48;
        }),
      ),
    ).toEqual([
      ['5 ans', '1 an'],
      ['30 jours', '60 jours'],
      ['(vide)', '1 exemplaire original'],
      ['(vide)', '15 000,00 €'],
      ['36 mois', '48 mois'],
    ]);
  });

  it('writes the amounts of an added contribution in the currency of the side that has it', () => {
    const [[local, incoming]] = sides((p) => {
      p.framework.agreement.currency = 'XOF';
      p.framework.agreement.contributions.push({
        id: 'c9',
        partnerId: 'company',
        kind: 'skillsSponsorship',
        description: 'Conseil qualité',
        amount: null,
        days: 5,
        dailyRate: 40000,
      });
    }).slice(1) as [string[][]];
    expect(local).toEqual(['(absent)']);
    expect(incoming!.map((l) => l.replace(/\s/g, ' '))).toEqual([
      'Partenaire : Coopérative Œuvre & Sol',
      'Nature de l’apport : Mécénat de compétences',
      expect.stringMatching(/^Description : Conseil qualité/),
      'Nombre de jours : 5 jours',
      'Coût journalier : 40 000 F CFA',
    ]);
  });

  it('describes a signature by its signatory', () => {
    expect(sides((p) => void (p.signatures = [signature('asso')]))).toEqual([
      [['(absent)'], ['Signé par Élise Guérin, Présidente, à Nantes, le 1er mars 2026.']],
    ]);
  });
});
