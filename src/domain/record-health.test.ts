import '../i18n/register-en';
import { describe, expect, it } from 'vitest';
import { createTranslator, type MessageKey } from '../i18n/i18n';
import { recordEn } from '../i18n/messages/record.en';
import { HEALTH_QUESTION_IDS, type HealthAnswer } from '../schemas/record.schema';
import { emptyHealthAnswer, healthDiscussion, lowScores } from './record-health';

const NAMES: Record<string, string> = { asso: 'Mer Solidaire 44', company: 'Sel d’Œuvre SAS', south: 'Sao Biển' };
const REVIEW_PARTNERS = ['asso', 'company', 'south'];

/** A partner's answer: 4 everywhere, 2 on the shared goals. */
function answer(partnerId: string): HealthAnswer {
  const scores = Object.fromEntries(HEALTH_QUESTION_IDS.map((q) => [q, 4])) as HealthAnswer['scores'];
  return { ...emptyHealthAnswer(partnerId, '2027-04-01'), scores: { ...scores, sharedGoals: 2 } };
}

function discussion(answers: HealthAnswer[], locale: 'fr' | 'en' = 'fr') {
  return healthDiscussion(answers, REVIEW_PARTNERS, {
    t: createTranslator(locale),
    locale,
    partnerName: (id) => NAMES[id] ?? id,
  });
}

describe('low scores in a health check', () => {
  it('says who answered: one partner’s view is never everyone’s', () => {
    expect(lowScores([answer('asso')], REVIEW_PARTNERS)).toEqual([
      { question: 'sharedGoals', partnerIds: ['asso'], asked: 3, everyone: false },
    ]);
    const [point] = discussion([answer('asso')]);
    expect(point).toBe(
      '«\u00a0Nos objectifs communs restent clairs et partagés.\u00a0»\u00a0: Mer Solidaire 44, seul partenaire à avoir répondu, donne 2 ou moins. Que changer\u202f?',
    );
    expect(discussion([answer('asso')], 'en')[0]).toBe(
      '“Our common goals are still clear and shared.”: Mer Solidaire 44, the only partner to have answered, gives 2 or less. What should change?',
    );
  });

  it('counts the partners who answered against the review’s', () => {
    const [point] = discussion([answer('asso'), answer('south')]);
    expect(point).toContain(
      'les 2 partenaires qui ont répondu (sur 3), Mer Solidaire 44 et Sao Biển, donnent 2 ou moins',
    );
    expect(point).not.toContain('tous');
    expect(discussion([answer('asso'), answer('south')], 'en')[0]).toContain(
      'the 2 partners who answered (out of 3), Mer Solidaire 44 and Sao Biển, give 2 or less',
    );
  });

  it('says « tous » only when every partner of the review answered', () => {
    const answers = REVIEW_PARTNERS.map(answer);
    expect(lowScores(answers, REVIEW_PARTNERS)[0]!.everyone).toBe(true);
    expect(discussion(answers)[0]).toContain('tous les partenaires donnent 2 ou moins');
    expect(discussion(answers, 'en')[0]).toContain('every partner gives 2 or less');
  });

  it('counts a partner who answered without being listed at the review', () => {
    const answers = [...REVIEW_PARTNERS.map(answer), answer('guest')];
    expect(lowScores(answers, REVIEW_PARTNERS)[0]).toMatchObject({ asked: 4, everyone: true });
    expect(lowScores(answers.slice(1), REVIEW_PARTNERS)[0]).toMatchObject({ asked: 4, everyone: false });
  });
});

describe('the health check in English', () => {
  const en = createTranslator('en');
  it('cites the guide’s obstacles in plain English, with no space before a semicolon', () => {
    const sources = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' }).format(
      ['guide000-brakes-ignorance', 'guide000-step4'].map((s) =>
        en('record.ui.drawsOnSource', { source: en(`record.drawsOn.${s}` as MessageKey) }),
      ),
    );
    expect(en('record.ui.drawsOn', { sources })).toBe(
      'Question proposed by Cocharte, drawn from the guide’s obstacles “mutual ignorance and prejudice” and the guide’s step 4 (regular reviews to keep trust alive).',
    );
    for (const key of Object.keys(recordEn) as MessageKey[]) {
      expect(en(key)).not.toMatch(/ ;|\bbrakes?\b|weighs in/);
    }
    expect(en('record.health.q.southVoice')).toBe('The southern partner has a real say in decisions.');
  });
});
