import type { GuideUiKey } from './guide-ui.fr';

// English for partners abroad; same keys as guide-ui.fr.ts (checked by `satisfies`).
export const guideUiEn = {
  'guideUi.panel.title': 'Pointers from the guide for this step',
  'guideUi.panel.purpose': 'What this step is for',
  'guideUi.panel.questions': 'Questions to settle together',
  'guideUi.panel.brakes': 'Brakes to watch for',
  'guideUi.panel.facts': 'What other partnerships did',

  'guideUi.hints.title': 'Points to consider',
  'guideUi.hints.lead': 'This advice from the guide never blocks you: it updates as you write.',
  'guideUi.hints.warning': 'Warning:',
  'guideUi.hints.info': 'Note:',
  'guideUi.hints.count': '{count, plural, one {# point} other {# points}} to consider for this step.',
  'guideUi.hints.none': 'No points to consider for this step.',

  'guideUi.review.title': 'Points raised by the guide ({count})',
  'guideUi.review.lead':
    'They do not prevent signing, but the guide invites you to discuss them together before you sign.',
  'guideUi.review.goto': 'Revisit the step “{step}”',

  'guideUi.catalogue.legend': 'Start from the guide’s list of risks',
  'guideUi.catalogue.label': 'Risk suggested by the guide',
  'guideUi.catalogue.placeholder': '— Choose a risk —',
  'guideUi.catalogue.hint': 'The risk is added to your list with suggested values: adapt them to your project.',
  'guideUi.catalogue.added': '{title} (already in your list)',
  'guideUi.catalogue.add': 'Add this risk',
  'guideUi.catalogue.required': 'First choose a risk from the list.',

  'guideUi.mitigations.label': 'Measures the guide suggests for this risk',
  'guideUi.mitigations.hint': 'Take a measure: it is added to the mitigation measures, where you can edit it.',
  'guideUi.mitigations.take': 'Take:',
  'guideUi.mitigations.taken': 'Already taken:',
  'guideUi.mitigations.done': 'Measure added to the mitigation measures of risk {n}.',
} as const satisfies Record<GuideUiKey, string>;
