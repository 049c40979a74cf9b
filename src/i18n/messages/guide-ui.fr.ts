// Texts of the in-app guidance (src/guide-ui, hints, risk catalogue picker), in French.
// French typography: ’ for apostrophes, U+00A0 inside « » and before : ; ! ?.
export const guideUiFr = {
  // Guidance panel (guide-ui/guidance-panel.tsx).
  'guideUi.panel.title': 'Repères du guide pour cette étape',
  'guideUi.panel.purpose': 'À quoi sert cette étape',
  'guideUi.panel.questions': 'Questions à régler ensemble',
  'guideUi.panel.brakes': 'Freins à surveiller',
  'guideUi.panel.facts': 'Ce qu’ont fait d’autres partenariats',

  // Hints of one step (guide-ui/step-hints.tsx).
  'guideUi.hints.title': 'Points d’attention',
  'guideUi.hints.lead': 'Ces conseils du guide ne bloquent rien\u00a0: ils se mettent à jour pendant que vous écrivez.',
  'guideUi.hints.warning': 'Attention\u00a0:',
  'guideUi.hints.info': 'À noter\u00a0:',
  'guideUi.hints.count': '{count, plural, one {# point d’attention} other {# points d’attention}} pour cette étape.',
  'guideUi.hints.none': 'Aucun point d’attention pour cette étape.',

  // Warnings listed on the review screen (steps/review/hints-panel.tsx).
  'guideUi.review.title': 'Points d’attention du guide ({count})',
  'guideUi.review.lead':
    'Ils n’empêchent pas la signature, mais le guide vous invite à en parler ensemble avant de signer.',
  'guideUi.review.goto': 'Revoir l’étape «\u00a0{step}\u00a0»',

  // Risk catalogue picker (steps/impacts/catalogue-picker.tsx).
  'guideUi.catalogue.legend': 'Partir de la liste des risques du guide',
  'guideUi.catalogue.label': 'Risque proposé par le guide',
  'guideUi.catalogue.placeholder': '— Choisir un risque —',
  'guideUi.catalogue.hint':
    'Le risque est ajouté à votre liste avec des valeurs suggérées\u00a0: adaptez-les à votre projet.',
  'guideUi.catalogue.added': '{title} (déjà dans votre liste)',
  'guideUi.catalogue.add': 'Ajouter ce risque',
  'guideUi.catalogue.required': 'Choisissez d’abord un risque dans la liste.',

  // Suggested mitigations of a catalogue risk (steps/impacts/suggested-mitigations.tsx).
  'guideUi.mitigations.label': 'Mesures suggérées par le guide pour ce risque',
  'guideUi.mitigations.hint':
    'Reprenez une mesure\u00a0: elle s’ajoute aux mesures de maîtrise, où vous pouvez la modifier.',
  'guideUi.mitigations.take': 'Reprendre\u00a0:',
  'guideUi.mitigations.taken': 'Déjà reprise\u00a0:',
  'guideUi.mitigations.done': 'Mesure ajoutée aux mesures de maîtrise du risque {n}.',
} as const;

export type GuideUiKey = keyof typeof guideUiFr;
