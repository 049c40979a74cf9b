import { describe, expect, it } from 'vitest';
import type { PartnerKind } from '../content/catalogues';
import {
  commonValues,
  horizonGap,
  comparePartners,
  expectsQuickReturn,
  findClashes,
  questionsFor,
  wantsVisibility,
  type MotivationEntry,
  type PartnerVoice,
} from './compare-partners';

const filled: MotivationEntry = {
  partnerId: '',
  motivations: 'Partager la valeur créée.',
  expectations: 'Des volumes stables.',
  returnOnInvestment: 'Des compétences nouvelles.',
  timeHorizon: '3-5y',
  skills: 'Agronomie.',
  contactsHere: 'Élise',
  contactsThere: 'Minh',
  values: ['solidarity'],
};

function voice(id: string, kind: PartnerKind, entry: Partial<MotivationEntry> = {}): PartnerVoice {
  return { id, name: id, kind, entry: { ...filled, partnerId: id, ...entry } };
}

describe('commonValues', () => {
  it('keeps the values every partner chose, in catalogue order', () => {
    const voices = [
      voice('a', 'association', { values: ['transparency', 'solidarity', 'innovation'] }),
      voice('b', 'company', { values: ['solidarity', 'transparency'] }),
      voice('c', 'southern', { values: ['transparency', 'solidarity', 'local-ownership'] }),
    ];
    expect(commonValues(voices)).toEqual(['solidarity', 'transparency']);
  });

  it('shares nothing with a partner that chose nothing, or with a single partner', () => {
    expect(commonValues([voice('a', 'association'), voice('b', 'company', { values: [] })])).toEqual([]);
    expect(
      commonValues([voice('a', 'association'), { id: 'b', name: 'b', kind: 'company', entry: undefined }]),
    ).toEqual([]);
    expect(commonValues([voice('a', 'association')])).toEqual([]);
  });
});

describe('findClashes', () => {
  it('flags horizons two or more steps apart, not neighbours', () => {
    const voices = [
      voice('a', 'association', { timeHorizon: 'over-5y' }),
      voice('b', 'company', { timeHorizon: 'under-1y', returnOnInvestment: '' }),
      voice('c', 'southern', { timeHorizon: '3-5y' }),
      voice('d', 'public', { timeHorizon: '' }),
    ];
    expect(findClashes(voices, 'with-approval')).toEqual([
      { kind: 'horizon', a: 'a', b: 'b', ha: 'over-5y', hb: 'under-1y' },
      { kind: 'horizon', a: 'b', b: 'c', ha: 'under-1y', hb: '3-5y' },
    ]);
  });

  it('flags a return expected within a year against a plan beyond 3 years', () => {
    const voices = [
      voice('co', 'company', { timeHorizon: '1-3y', returnOnInvestment: 'Des ventes dès la première année.' }),
      voice('as', 'association', { timeHorizon: '3-5y' }),
    ];
    expect(findClashes(voices, '')).toEqual([{ kind: 'roi', a: 'co', b: 'as' }]);
  });

  it('does not repeat as a return clash what the horizons already say', () => {
    const voices = [
      voice('co', 'company', { timeHorizon: 'under-1y', returnOnInvestment: 'Image.' }),
      voice('as', 'association', { timeHorizon: 'over-5y' }),
    ];
    expect(findClashes(voices, '').map((c) => c.kind)).toEqual(['horizon']);
  });

  it('flags a partner counting on visibility when the framework rules out names and logos', () => {
    const voices = [
      voice('co', 'company', { expectations: 'Améliorer notre image de marque.' }),
      voice('as', 'association'),
    ];
    expect(findClashes(voices, 'none')).toEqual([{ kind: 'visibility', a: 'co' }]);
    expect(findClashes(voices, 'with-approval')).toEqual([]);
  });
});

describe('expectsQuickReturn / wantsVisibility', () => {
  it.each([
    ['Retombées commerciales dans un an', true],
    ['D’ici 1 an', true],
    ['En moins d’un an', true],
    ['Within a year', true],
    ['Short-term sales', true],
    ['Sous 6 mois', true],
    ['18 mois', false],
    ['Une filière durable', false],
    ['', false],
  ])('“%s” → %s', (roi, quick) => {
    expect(expectsQuickReturn({ returnOnInvestment: roi, timeHorizon: '1-3y' })).toBe(quick);
  });

  it('reads visibility in the partner’s own words', () => {
    expect(wantsVisibility({ motivations: 'Gagner en visibilité' })).toBe(true);
    expect(wantsVisibility({ returnOnInvestment: 'Communication externe' })).toBe(true);
    expect(wantsVisibility({ expectations: 'Des volumes stables' })).toBe(false);
  });
});

describe('questionsFor', () => {
  it('asks a company without a long-term horizon how it will last', () => {
    const co = voice('co', 'company', { timeHorizon: 'under-1y' });
    expect(questionsFor(co, []).map((q) => q.key)).toEqual([
      'collab.question.companyBeyondYear',
      'collab.question.kind.company',
    ]);
  });

  it('asks first about clashes, then about blanks, then about its kind', () => {
    const voices = [
      voice('as', 'association', { timeHorizon: 'over-5y' }),
      voice('sud', 'southern', { timeHorizon: '1-3y', skills: '', contactsThere: '', values: [] }),
    ];
    const { questions } = comparePartners(voices, '');
    expect(questions.get('sud')).toEqual([
      { key: 'collab.question.horizonClash', other: 'as', mine: '1-3y', theirs: 'over-5y' },
      { key: 'collab.question.values' },
      { key: 'collab.question.skills' },
      { key: 'collab.question.contactsThere' },
      { key: 'collab.question.kind.southern' },
    ]);
    expect(questions.get('as')?.[0]).toEqual({
      key: 'collab.question.horizonClash',
      other: 'sud',
      mine: 'over-5y',
      theirs: '1-3y',
    });
  });

  it('asks both sides of a return clash, each its own question', () => {
    const voices = [
      voice('co', 'company', { timeHorizon: '1-3y', returnOnInvestment: 'Ventes sous 12 mois' }),
      voice('as', 'association'),
    ];
    const { questions } = comparePartners(voices, '');
    expect(questions.get('co')?.[0]).toEqual({ key: 'collab.question.roiQuick', other: 'as' });
    expect(questions.get('as')?.[0]).toEqual({ key: 'collab.question.roiLong', other: 'co' });
  });

  it('asks everything of a partner that has written nothing yet', () => {
    const keys = questionsFor({ id: 'x', name: 'x', kind: 'association', entry: undefined }, []).map((q) => q.key);
    expect(keys).toEqual([
      'collab.question.motivations',
      'collab.question.expectations',
      'collab.question.roi',
      'collab.question.horizon',
      'collab.question.values',
      'collab.question.skills',
      'collab.question.kind.association',
    ]);
  });
});

describe('the gap between two horizons', () => {
  it('counts the steps of the scale between them, either way, and knows no unknown horizon', () => {
    expect(horizonGap('under-1y', '3-5y')).toBe(2);
    expect(horizonGap('3-5y', 'under-1y')).toBe(-2);
    expect(horizonGap('under-1y', 'sometime')).toBeNull();
  });
});
