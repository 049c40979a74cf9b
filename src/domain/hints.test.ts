import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProjectFile } from '../persistence/project-file';
import { createEmptyProject } from './new-project';
import type { DraftProject } from '../schemas/project.schema';
import { hintsFor, withIllustrativeFactsReplaced, type Hint } from './hints';

// A complete, well-formed project is the baseline: every test breaks one thing and checks
// that exactly the expected hint appears, then repairs it and checks that it clears.
function example(): DraftProject {
  const text = readFileSync(join(process.cwd(), 'src/examples/terrena-afdi-cobsac.cocharte.json'), 'utf8');
  const parsed = parseProjectFile(text);
  if (!parsed.ok) throw new Error(parsed.error);
  // As if the partners had replaced the example's invented facts (see the test below).
  return withIllustrativeFactsReplaced(parsed.project);
}

const kinds = (hints: Hint[]) => hints.map((h) => h.id.split(':')[0]);
const find = (hints: Hint[], kind: string) => hints.filter((h) => h.id.split(':')[0] === kind);

describe('hintsFor', () => {
  it('raises nothing on a complete example', () => {
    expect(hintsFor(example(), { today: '2026-01-01' })).toEqual([]);
  });

  it('says a project started from an example is illustrative until its facts are replaced', () => {
    const p = { ...example(), illustrativeExample: 'terrena-afdi-cobsac' };
    expect(kinds(hintsFor(p))).toEqual(['illustrativeExample']);
    expect(find(hintsFor(p), 'illustrativeExample')[0]?.step).toBe('partners');
    expect(hintsFor(withIllustrativeFactsReplaced(p))).toEqual([]);
  });

  it('points at each date whose year was typed short or long, in its step, until corrected', () => {
    const p = example();
    p.followUp = { ...p.followUp, startDate: '0020-03-15' };
    p.impacts.risks[0] = { ...p.impacts.risks[0]!, reviewDate: '0202-06-30' };
    p.framework.roles[0] = { ...p.framework.roles[0]!, validationDate: '9999-12-31' };
    const hints = find(hintsFor(p, { today: '2026-01-01' }), 'yearToCheck');
    expect(hints.map((h) => [h.step, h.vars])).toEqual([
      ['framework', { date: '9999-12-31' }],
      ['followUp', { date: '0020-03-15' }],
      ['impacts', { date: '0202-06-30' }],
    ]);
    p.followUp = { ...p.followUp, startDate: '2020-03-15' };
    p.impacts.risks[0] = { ...p.impacts.risks[0]!, reviewDate: '2027-01-01' };
    p.framework.roles[0] = { ...p.framework.roles[0]!, validationDate: '1999-12-31' };
    expect(find(hintsFor(p, { today: '2026-01-01' }), 'yearToCheck')).toEqual([]);
  });

  it('asks to confirm a rating that is still Cocharte’s suggestion', () => {
    const p = example();
    p.impacts.risks[0] = { ...p.impacts.risks[0]!, ratingSuggested: true };
    const hints = find(hintsFor(p), 'ratingToConfirm');
    expect(hints).toHaveLength(1);
    expect(hints[0]?.vars).toEqual({ risk: p.impacts.risks[0]!.title });
    p.impacts.risks[0] = { ...p.impacts.risks[0]!, ratingSuggested: false };
    expect(find(hintsFor(p), 'ratingToConfirm')).toEqual([]);
  });

  it('gives ids that are unique and name the step', () => {
    const p = createEmptyProject(new Date('2026-01-01T00:00:00Z'));
    const hints = hintsFor(p);
    expect(new Set(hints.map((h) => h.id)).size).toBe(hints.length);
    expect(hints.length).toBeGreaterThan(0);
  });

  describe('time horizons', () => {
    it('warns when the company is under a year and the association over three', () => {
      const p = example();
      const t = p.motivations.byPartner.find((m) => m.partnerId === 'terrena')!;
      t.timeHorizon = 'under-1y';
      const [hint, ...rest] = find(hintsFor(p), 'timeHorizons');
      expect(rest).toEqual([]);
      expect(hint).toMatchObject({ step: 'motivations', severity: 'warning', messageKey: 'guide.hint.timeHorizons' });
      expect(hint!.vars).toEqual({ company: 'Terrena', association: 'Afdi Pays de la Loire' });

      t.timeHorizon = '3-5y';
      expect(find(hintsFor(p), 'timeHorizons')).toEqual([]);
    });

    it('treats 1–3 years against over 5 years as the same gap, and ignores unset horizons', () => {
      const p = example();
      const t = p.motivations.byPartner.find((m) => m.partnerId === 'terrena')!;
      t.timeHorizon = '1-3y';
      expect(find(hintsFor(p), 'timeHorizons')).toHaveLength(1);
      t.timeHorizon = '';
      expect(find(hintsFor(p), 'timeHorizons')).toEqual([]);
    });

    it('does not warn when the company looks further ahead than the association', () => {
      const p = example();
      p.motivations.byPartner.find((m) => m.partnerId === 'terrena')!.timeHorizon = 'over-5y';
      p.motivations.byPartner.find((m) => m.partnerId === 'afdi')!.timeHorizon = 'under-1y';
      expect(find(hintsFor(p), 'timeHorizons')).toEqual([]);
    });
  });

  describe('southern partner', () => {
    it('asks to involve a southern partner when none is listed, and clears once one is', () => {
      const p = createEmptyProject();
      expect(find(hintsFor(p), 'noSouthernPartner')).toMatchObject([{ step: 'partners', severity: 'warning' }]);
      p.partners.partners[0]!.kind = 'southern';
      expect(find(hintsFor(p), 'noSouthernPartner')).toEqual([]);
    });

    it('counts a partner based outside France, whatever its kind', () => {
      const p = example();
      const cobsac = p.partners.partners.find((x) => x.id === 'cobsac')!;
      cobsac.kind = 'public';
      expect(find(hintsFor(p), 'noSouthernPartner')).toEqual([]);
      cobsac.country = ' FRANCE ';
      expect(find(hintsFor(p), 'noSouthernPartner')).toHaveLength(1);
    });
  });

  it('notes a partnership that is sponsorship only', () => {
    const p = example();
    p.partners.partnershipKinds = ['financial-sponsorship', 'skills-sponsorship'];
    expect(find(hintsFor(p), 'sponsorshipOnly')).toMatchObject([{ step: 'partners', severity: 'info' }]);
    p.partners.partnershipKinds.push('economic-cooperation');
    expect(find(hintsFor(p), 'sponsorshipOnly')).toEqual([]);
    p.partners.partnershipKinds = [];
    expect(find(hintsFor(p), 'sponsorshipOnly')).toEqual([]);
  });

  it('warns when no shared value is chosen', () => {
    const p = example();
    const values = p.motivations.sharedValues;
    p.motivations.sharedValues = [];
    expect(find(hintsFor(p), 'noSharedValues')).toMatchObject([{ step: 'motivations', severity: 'warning' }]);
    p.motivations.sharedValues = values;
    expect(find(hintsFor(p), 'noSharedValues')).toEqual([]);
  });

  it('notes when nobody is named in the country, once motivations are started', () => {
    const p = example();
    for (const m of p.motivations.byPartner) m.contactsThere = ' ';
    expect(find(hintsFor(p), 'noContactsThere')).toMatchObject([{ step: 'motivations', severity: 'info' }]);
    p.motivations.byPartner[2]!.contactsThere = 'Mariam Traoré';
    expect(find(hintsFor(p), 'noContactsThere')).toEqual([]);
    p.motivations.byPartner = [];
    expect(find(hintsFor(p), 'noContactsThere')).toEqual([]);
  });

  it('notes missing milestones, indicators and review frequency', () => {
    const p = example();
    const { milestones, indicators } = p.followUp;
    p.followUp.milestones = [];
    p.followUp.indicators = [];
    p.followUp.reviewFrequency = '';
    const hints = hintsFor(p);
    expect(kinds(hints).sort()).toEqual(['noIndicators', 'noMilestones', 'noReviewFrequency']);
    expect(hints.every((h) => h.step === 'followUp' && h.severity === 'info')).toBe(true);
    p.followUp.milestones = milestones;
    p.followUp.indicators = indicators;
    p.followUp.reviewFrequency = 'yearly';
    expect(hintsFor(p)).toEqual([]);
  });

  describe('risks', () => {
    it('suggests the catalogue when there is no risk, and the withdrawal risk when it is missing', () => {
      const p = example();
      const risks = p.impacts.risks;
      p.impacts.risks = [];
      expect(kinds(hintsFor(p))).toEqual(['noRisks']);
      p.impacts.risks = risks.filter((r) => r.catalogueId !== 'ecosystem-withdrawal');
      expect(kinds(hintsFor(p))).toEqual(['withdrawalNotConsidered']);
      p.impacts.risks = risks;
      expect(hintsFor(p)).toEqual([]);
    });

    it('flags a risk without owner, naming it, and one whose owner was removed', () => {
      const p = example();
      const risk = p.impacts.risks[0]!;
      risk.ownerId = '';
      const [hint] = find(hintsFor(p), 'riskNoOwner');
      expect(hint).toMatchObject({
        id: `riskNoOwner:${risk.id}`,
        step: 'impacts',
        severity: 'warning',
        vars: { risk: risk.title },
      });
      risk.ownerId = 'gone';
      expect(find(hintsFor(p), 'riskNoOwner')).toHaveLength(1);
      risk.ownerId = 'afdi';
      expect(find(hintsFor(p), 'riskNoOwner')).toEqual([]);
    });

    it('names an untitled risk by its position', () => {
      const p = example();
      p.impacts.risks[1]!.title = '';
      p.impacts.risks[1]!.ownerId = '';
      expect(find(hintsFor(p), 'riskNoOwner')[0]!.vars).toEqual({ risk: '#2' });
    });

    it('flags a risk without review date', () => {
      const p = example();
      const risk = p.impacts.risks[2]!;
      const date = risk.reviewDate;
      risk.reviewDate = '';
      expect(find(hintsFor(p), 'riskNoReviewDate')).toMatchObject([
        { id: `riskNoReviewDate:${risk.id}`, severity: 'warning' },
      ]);
      risk.reviewDate = date;
      expect(find(hintsFor(p), 'riskNoReviewDate')).toEqual([]);
    });

    it('flags an overdue review only when today is given and the risk is not closed', () => {
      const p = example();
      const risk = p.impacts.risks[0]!;
      risk.reviewDate = '2026-02-01';
      expect(find(hintsFor(p), 'riskReviewOverdue')).toEqual([]);
      expect(find(hintsFor(p, { today: '2026-02-01' }), 'riskReviewOverdue')).toEqual([]);
      expect(find(hintsFor(p, { today: '2026-02-02' }), 'riskReviewOverdue')).toMatchObject([
        { id: `riskReviewOverdue:${risk.id}` },
      ]);
      risk.status = 'closed';
      expect(find(hintsFor(p, { today: '2026-02-02' }), 'riskReviewOverdue')).toEqual([]);
    });

    it('warns when a critical risk is simply accepted', () => {
      const p = example();
      const risk = p.impacts.risks[0]!;
      risk.likelihood = 4;
      risk.severity = 3;
      risk.response = 'accept';
      expect(find(hintsFor(p), 'criticalAccepted')).toMatchObject([
        { id: `criticalAccepted:${risk.id}`, step: 'impacts', severity: 'warning' },
      ]);
      risk.severity = 2; // high, not critical: accepting it is a legitimate choice
      expect(find(hintsFor(p), 'criticalAccepted')).toEqual([]);
      risk.severity = 4;
      risk.response = 'reduce';
      expect(find(hintsFor(p), 'criticalAccepted')).toEqual([]);
    });
  });
});
