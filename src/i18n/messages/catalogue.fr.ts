// Labels of the guide's catalogue ids (content/catalogues.ts), shared by the UI and the documents.
export const catalogueFr = {
  'partnerKind.association': 'Association',
  'partnerKind.company': 'Entreprise',
  'partnerKind.southern': 'Partenaire du Sud',
  'partnerKind.public': 'Acteur public',
  'partnerKind.research': 'Recherche ou formation',
  'partnerKind.other': 'Autre',

  'partnershipKind.financial-sponsorship': 'Mécénat financier',
  'partnershipKind.skills-sponsorship': 'Mécénat de compétences',
  'partnershipKind.in-kind-donation': 'Don de biens ou de services',
  'partnershipKind.expertise': 'Apport d’expertise',
  'partnershipKind.logistic-support': 'Soutien logistique',
  'partnershipKind.responsible-practices': 'Pratiques responsables',
  'partnershipKind.economic-cooperation': 'Coopération économique',
  'partnershipKind.societal-innovation': 'Innovation sociétale',

  'direction.export': 'Export vers le Sud',
  'direction.import': 'Import en France',
  'direction.local': 'Développement local',

  'setting.urban': 'Urbain',
  'setting.rural': 'Rural',
  'setting.mixed': 'Mixte',

  'timeHorizon.under-1y': 'Moins d’un an',
  'timeHorizon.1-3y': 'De 1 à 3 ans',
  'timeHorizon.3-5y': 'De 3 à 5 ans',
  'timeHorizon.over-5y': 'Plus de 5 ans',

  'value.solidarity': 'Solidarité',
  'value.transparency': 'Transparence',
  'value.mutual-respect': 'Respect mutuel',
  'value.fair-sharing': 'Partage équitable de la valeur créée',
  'value.sustainability': 'Durabilité',
  'value.local-ownership': 'Appropriation locale',
  'value.professionalism': 'Professionnalisme',
  'value.long-term-commitment': 'Engagement dans la durée',
  'value.innovation': 'Innovation',

  'logoUse.none': 'Aucun usage des noms et logos',
  'logoUse.with-approval': 'Usage soumis à l’accord préalable de chaque partenaire',
  'logoUse.agreed-list': 'Usage libre sur les supports listés dans la charte',

  'reviewFrequency.monthly': 'Chaque mois',
  'reviewFrequency.quarterly': 'Chaque trimestre',
  'reviewFrequency.half-yearly': 'Chaque semestre',
  'reviewFrequency.yearly': 'Chaque année',

  'effect.commercial-benefits': 'Retombées commerciales',
  'effect.business-model': 'Modèle économique renforcé',
  'effect.reputation': 'Notoriété et image de marque',
  'effect.ethical-quality': 'Garantie éthique et qualité de la production',
  'effect.skills': 'Montée en compétences',
  'effect.staff-motivation': 'Motivation des équipes',
  'effect.new-location': 'Nouvelle implantation',
  'effect.practice-change': 'Évolution des pratiques',
  'effect.sustainable-model': 'Transition vers un modèle durable',

  'southImpact.producer-income': 'Revenus des producteurs sécurisés',
  'southImpact.supply-chains': 'Filières renforcées',
  'southImpact.know-how': 'Savoir-faire valorisés et compétences acquises',
  'southImpact.jobs': 'Création d’emplois',
  'southImpact.essential-services': 'Accès aux services essentiels',
  'southImpact.environmental-practices': 'Bonnes pratiques environnementales',

  'riskCategory.context': 'Contexte culturel, administratif ou politique',
  'riskCategory.competition': 'Concurrence entre acteurs',
  'riskCategory.financial': 'Financier',
  'riskCategory.ecosystem': 'Écosystème local',
  'riskCategory.social': 'Social',
  'riskCategory.governance': 'Gouvernance',
  'riskCategory.reputation': 'Réputation',
  'riskCategory.relationship': 'Relation entre partenaires',

  'riskResponse.avoid': 'Éviter',
  'riskResponse.reduce': 'Réduire',
  'riskResponse.share': 'Partager',
  'riskResponse.accept': 'Accepter',

  'riskStatus.open': 'Ouvert',
  'riskStatus.in-hand': 'En cours de traitement',
  'riskStatus.closed': 'Clos',

  'riskScale.1': 'Faible',
  'riskScale.2': 'Moyen',
  'riskScale.3': 'Élevé',
  'riskScale.4': 'Très élevé',

  'riskLevel.low': 'Faible',
  'riskLevel.medium': 'Modéré',
  'riskLevel.high': 'Élevé',
  'riskLevel.critical': 'Critique',

  'step.partners': 'Identifier les partenaires',
  'step.motivations': 'Motivations et connaissance mutuelle',
  'step.framework': 'Définir le cadre',
  'step.followUp': 'Suivi dans le temps',
  'step.impacts': 'Impacts et risques',
} as const;

export type CatalogueKey = keyof typeof catalogueFr;
