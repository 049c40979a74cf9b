// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { makeProject } from '../testing/test-fixtures';
import { emptyAgreement, isValidRna, isValidSiret, makeLegalIdentitySchema } from '../schemas/agreement.schema';
import { dateIssues, durationMatchesEnd, periodLength, unconfirmedDateIssues } from './agreement-checks';
import { contributionValue, formatMoney, fundingIssues, fundingPlan } from './agreement-funding';
import { isProjectComplete } from './completeness';

describe('registration numbers', () => {
  it('accepts a SIRET whose Luhn check holds, typed in groups or not', () => {
    expect(isValidSiret('73282932000074')).toBe(true);
    expect(isValidSiret('732 829 320 00074')).toBe(true);
  });

  it('refuses a SIRET with a wrong check digit or the wrong length', () => {
    expect(isValidSiret('73282932000075')).toBe(false);
    expect(isValidSiret('7328293200007')).toBe(false);
    expect(isValidSiret('7328293200007A')).toBe(false);
  });

  it('applies La Poste’s own rule to its establishments (digit sum divisible by 5)', () => {
    // Fails the Luhn check but is a valid La Poste SIRET; the head office passes both.
    expect(isValidSiret('35600000000001')).toBe(true);
    expect(isValidSiret('35600000000048')).toBe(true);
    expect(isValidSiret('35600000000002')).toBe(false);
  });

  it('checks an RNA number: W, the département, then digits', () => {
    expect(isValidRna('W443001234')).toBe(true);
    expect(isValidRna('W2A1001234')).toBe(true);
    expect(isValidRna('W44300123')).toBe(false);
    expect(isValidRna('443001234X')).toBe(false);
  });

  it('keeps a wrong number in a draft and refuses it only once complete', () => {
    const legal = { registrationKind: 'siret', registrationNumber: '73282932000075' };
    expect(makeLegalIdentitySchema('draft').safeParse(legal).success).toBe(true);
    const complete = makeLegalIdentitySchema('complete').safeParse(legal);
    expect(complete.success).toBe(false);
    expect(complete.error?.issues[0]).toMatchObject({ path: ['registrationNumber'], message: 'errors.siret' });
    // Abroad, any identifier goes.
    expect(
      makeLegalIdentitySchema('complete').safeParse({
        registrationKind: 'other',
        registrationNumber: 'BF-OUA-2019-B-1234',
      }).success,
    ).toBe(true);
  });
});

describe('the partnership’s dates', () => {
  it('computes a period with its end day included', () => {
    expect(periodLength('2026-01-01', '2027-12-31')).toEqual({ months: 24, days: 0 });
    expect(periodLength('2026-01-04', '2029-03-31')).toEqual({ months: 38, days: 28 });
    expect(periodLength('2026-03-01', '2026-03-01')).toEqual({ months: 0, days: 1 });
    expect(periodLength('2026-03-02', '2026-03-01')).toBeNull();
  });

  it('lets a duration match its end within a few days', () => {
    expect(durationMatchesEnd('2026-03-01', '2029-02-28', 36)).toBe(true);
    expect(durationMatchesEnd('2026-01-15', '2028-01-14', 24)).toBe(true);
    expect(durationMatchesEnd('2026-01-04', '2029-03-31', 24)).toBe(false);
  });

  it('flags the issue’s example: dates and “24 months” that disagree, a milestone before the start', () => {
    const followUp = {
      ...makeProject().followUp,
      startDate: '2026-01-04',
      endDate: '2029-03-31',
      durationMonths: 24,
      milestones: [
        { id: 'early', date: '2025-12-01', title: 'Lancement', partnerId: '' },
        { id: 'fine', date: '2027-01-01', title: 'Bilan', partnerId: '' },
      ],
    };
    const issues = dateIssues(followUp);
    expect(issues.map((i) => i.kind)).toEqual(['durationMismatch', 'milestoneOutside']);
    expect(issues[0]).toMatchObject({ endFromDuration: '2028-01-04' });
    expect(issues[1]).toMatchObject({ milestoneId: 'early', title: 'Lancement' });
  });

  it('says only that the end precedes the start when it does', () => {
    const followUp = { ...makeProject().followUp, startDate: '2027-01-01', endDate: '2026-01-01', durationMonths: 12 };
    expect(dateIssues(followUp)).toEqual([expect.objectContaining({ kind: 'endBeforeStart', confirmable: false })]);
  });

  it('blocks signing until the partners confirm, and again when a date changes', () => {
    const base = makeProject();
    expect(isProjectComplete(base)).toBe(true);
    const contradicting = { ...base, followUp: { ...base.followUp, durationMonths: 12 } };
    const [issue] = unconfirmedDateIssues(contradicting);
    expect(issue?.kind).toBe('durationMismatch');
    expect(isProjectComplete(contradicting)).toBe(false);

    const confirmed = {
      ...contradicting,
      framework: {
        ...contradicting.framework,
        agreement: { ...contradicting.framework.agreement, confirmedDateIssues: [issue!.id] },
      },
    };
    expect(unconfirmedDateIssues(confirmed)).toEqual([]);
    expect(isProjectComplete(confirmed)).toBe(true);

    const changedAgain = { ...confirmed, followUp: { ...confirmed.followUp, durationMonths: 13 } };
    expect(isProjectComplete(changedAgain)).toBe(false);
  });
});

describe('the funding plan', () => {
  const agreement = {
    ...emptyAgreement(),
    currency: 'EUR' as const,
    budget: 100_000,
    contributions: [
      {
        id: 'a',
        partnerId: 'asso',
        kind: 'staffTime' as const,
        description: '',
        amount: null,
        days: 20,
        dailyRate: 450,
      },
      {
        id: 'b',
        partnerId: 'company',
        kind: 'money' as const,
        description: '',
        amount: 30_000,
        days: null,
        dailyRate: null,
      },
      {
        id: 'c',
        partnerId: 'company',
        kind: 'skillsSponsorship' as const,
        description: '',
        amount: null,
        days: 10,
        dailyRate: 600.5,
      },
      {
        id: 'd',
        partnerId: 'gone',
        kind: 'money' as const,
        description: '',
        amount: 1_000_000,
        days: null,
        dailyRate: null,
      },
    ],
    fundingSources: [
      { id: 'f1', name: 'Région', amount: 20_000, status: 'granted' as const },
      { id: 'f2', name: 'AFD', amount: 25_000, status: 'sought' as const },
      { id: 'f3', name: 'Fondation', amount: 50_000, status: 'refused' as const },
    ],
  };

  it('values time as days × daily rate and sums per partner, ignoring removed partners', () => {
    expect(contributionValue(agreement.contributions[0]!)).toBe(9000);
    expect(contributionValue({ kind: 'staffTime', amount: 5, days: null, dailyRate: 100 })).toBeNull();
    const plan = fundingPlan(agreement, ['asso', 'company']);
    expect(plan.byPartner).toEqual([
      { partnerId: 'asso', total: 9000 },
      { partnerId: 'company', total: 36_005 },
    ]);
    expect(plan.contributions).toBe(45_005);
    expect(plan.resources).toBe(90_005);
    expect(plan.gap).toBe(9995);
  });

  it('flags a plan whose resources do not cover the cost, refused sources left out', () => {
    expect(fundingIssues(agreement, ['asso', 'company'])).toEqual([
      { kind: 'notCovered', gap: 9995, costs: 100_000, resources: 90_005 },
    ]);
    expect(fundingIssues({ ...agreement, budget: 90_000 }, ['asso', 'company'])).toEqual([
      { kind: 'dependsOnSought', sought: 25_000 },
    ]);
    expect(fundingIssues({ ...agreement, budget: null }, ['asso', 'company'])).toEqual([]);
  });

  it('formats amounts in the plan’s currency for the locale', () => {
    expect(formatMoney('fr', 'EUR', 12_500)).toBe('12\u202f500,00\u00a0€');
    expect(formatMoney('fr', 'XOF', 1_500_000)).toBe('1\u202f500\u202f000\u00a0F\u202fCFA');
    expect(formatMoney('en', 'MAD', 1000)).toBe('MAD\u00a01,000.00');
  });
});

describe('defaults', () => {
  it('writes out exactly what the schema fills in for a file without the agreement', async () => {
    const { makeAgreementSchema } = await import('../schemas/agreement.schema');
    expect(emptyAgreement()).toEqual(makeAgreementSchema('draft').parse({}));
  });
});

describe('a removed partner', () => {
  it('leaves its contributions to be given to another partner, never pointing at nobody', async () => {
    const { reconcilePartners } = await import('./reconcile');
    const base = makeProject();
    const contribution = {
      id: 'c',
      partnerId: 'south',
      kind: 'inKind' as const,
      description: 'Hangar',
      amount: 5000,
      days: null,
      dailyRate: null,
    };
    const project = {
      ...base,
      partners: { ...base.partners, partners: base.partners.partners.filter((p) => p.id !== 'south') },
      framework: { ...base.framework, agreement: { ...base.framework.agreement, contributions: [contribution] } },
    };
    const after = reconcilePartners(project);
    expect(after.framework.agreement.contributions).toEqual([{ ...contribution, partnerId: '' }]);
    const { completeProjectSchema } = await import('../schemas/project.schema');
    const paths = completeProjectSchema.safeParse(after).error?.issues.map((i) => i.path.join('.'));
    expect(paths).toContain('framework.agreement.contributions.0.partnerId');
  });
});
