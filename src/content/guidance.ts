import type { GuideKey } from '../i18n/messages/guide.fr';
import type { StepId } from './catalogues';

/** The five steps of the guide plus the two screens that close the journey. */
export const GUIDANCE_STEPS = [
  'partners',
  'motivations',
  'framework',
  'followUp',
  'impacts',
  'review',
  'signing',
] as const satisfies readonly (StepId | 'review' | 'signing')[];
export type GuidanceStepId = (typeof GUIDANCE_STEPS)[number];

/**
 * Guidance for one step, as message keys: why the step exists in the method, the
 * questions the partners should settle together, the brakes to watch for, and short facts
 * from the worked cases. Each key's source (a heading of the guide or of a study, or
 * Cocharte's own suggestion) is in guide-sources.ts; review and signing are not steps of the
 * guide, so their guidance is the app's own.
 */
export interface StepGuidance {
  purposeKey: GuideKey;
  questionKeys: readonly GuideKey[];
  brakeKeys: readonly GuideKey[];
  factKeys: readonly GuideKey[];
}

export const GUIDANCE: Readonly<Record<GuidanceStepId, StepGuidance>> = {
  partners: {
    purposeKey: 'guide.step.partners.purpose',
    questionKeys: [
      'guide.step.partners.question.1',
      'guide.step.partners.question.2',
      'guide.step.partners.question.3',
      'guide.step.partners.question.4',
      'guide.step.partners.question.5',
      'guide.step.partners.question.6',
    ],
    brakeKeys: ['guide.step.partners.brake.1', 'guide.step.partners.brake.2', 'guide.step.partners.brake.3'],
    factKeys: [
      'guide.step.partners.fact.1',
      'guide.step.partners.fact.2',
      'guide.step.partners.fact.3',
      'guide.step.partners.fact.4',
      'guide.step.partners.fact.5',
    ],
  },
  motivations: {
    purposeKey: 'guide.step.motivations.purpose',
    questionKeys: [
      'guide.step.motivations.question.1',
      'guide.step.motivations.question.2',
      'guide.step.motivations.question.3',
      'guide.step.motivations.question.4',
      'guide.step.motivations.question.5',
      'guide.step.motivations.question.6',
    ],
    brakeKeys: ['guide.step.motivations.brake.1', 'guide.step.motivations.brake.2', 'guide.step.motivations.brake.3'],
    factKeys: [
      'guide.step.motivations.fact.1',
      'guide.step.motivations.fact.2',
      'guide.step.motivations.fact.3',
      'guide.step.motivations.fact.4',
    ],
  },
  framework: {
    purposeKey: 'guide.step.framework.purpose',
    questionKeys: [
      'guide.step.framework.question.1',
      'guide.step.framework.question.2',
      'guide.step.framework.question.3',
      'guide.step.framework.question.4',
      'guide.step.framework.question.5',
      'guide.step.framework.question.6',
      'guide.step.framework.question.7',
      'guide.step.framework.question.8',
    ],
    brakeKeys: ['guide.step.framework.brake.1', 'guide.step.framework.brake.2', 'guide.step.framework.brake.3'],
    factKeys: ['guide.step.framework.fact.1', 'guide.step.framework.fact.2', 'guide.step.framework.fact.3'],
  },
  followUp: {
    purposeKey: 'guide.step.followUp.purpose',
    questionKeys: [
      'guide.step.followUp.question.1',
      'guide.step.followUp.question.2',
      'guide.step.followUp.question.3',
      'guide.step.followUp.question.4',
      'guide.step.followUp.question.5',
    ],
    brakeKeys: ['guide.step.followUp.brake.1', 'guide.step.followUp.brake.2', 'guide.step.followUp.brake.3'],
    factKeys: [
      'guide.step.followUp.fact.1',
      'guide.step.followUp.fact.2',
      'guide.step.followUp.fact.3',
      'guide.step.followUp.fact.4',
    ],
  },
  impacts: {
    purposeKey: 'guide.step.impacts.purpose',
    questionKeys: [
      'guide.step.impacts.question.1',
      'guide.step.impacts.question.2',
      'guide.step.impacts.question.3',
      'guide.step.impacts.question.4',
      'guide.step.impacts.question.5',
      'guide.step.impacts.question.6',
    ],
    brakeKeys: ['guide.step.impacts.brake.1', 'guide.step.impacts.brake.2', 'guide.step.impacts.brake.3'],
    factKeys: [
      'guide.step.impacts.fact.1',
      'guide.step.impacts.fact.6',
      'guide.step.impacts.fact.2',
      'guide.step.impacts.fact.3',
      'guide.step.impacts.fact.4',
      'guide.step.impacts.fact.5',
    ],
  },
  review: {
    purposeKey: 'guide.step.review.purpose',
    questionKeys: [
      'guide.step.review.question.1',
      'guide.step.review.question.2',
      'guide.step.review.question.3',
      'guide.step.review.question.4',
    ],
    brakeKeys: ['guide.step.review.brake.1', 'guide.step.review.brake.2'],
    factKeys: ['guide.step.review.fact.1', 'guide.step.review.fact.2'],
  },
  signing: {
    purposeKey: 'guide.step.signing.purpose',
    questionKeys: ['guide.step.signing.question.1', 'guide.step.signing.question.2', 'guide.step.signing.question.3'],
    brakeKeys: ['guide.step.signing.brake.1', 'guide.step.signing.brake.2'],
    factKeys: ['guide.step.signing.fact.1', 'guide.step.signing.fact.2'],
  },
};

export function guidanceFor(step: GuidanceStepId): StepGuidance {
  return GUIDANCE[step];
}
