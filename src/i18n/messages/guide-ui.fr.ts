import { homeGuideUiFr } from './home.fr';
// Texts of the in-app guidance (src/guide-ui, hints, risk catalogue picker, about page), in French.
// French typography: ’ for apostrophes, U+00A0 inside « » and before : ; ! ?.
export const guideUiFr = {
  ...homeGuideUiFr,
  // Guidance panel (guide-ui/guidance-panel.tsx): the five steps cite their sources; review and signing are the app's own advice.
  'guideUi.panel.title': 'Repères pour cette étape',
  'guideUi.panel.titleApp': 'Conseils de Cocharte pour cette étape',
  'guideUi.panel.purpose': 'À quoi sert cette étape',
  'guideUi.panel.questions': 'Questions à régler ensemble',
  'guideUi.panel.brakes': 'Freins à surveiller',
  'guideUi.panel.facts': 'Ce qu’ont fait d’autres partenariats',
  'guideUi.panel.principles': 'Ce que les sources placent au cœur du partenariat',
  'guideUi.panel.lessons': 'Leçons de l’atelier RESACOOP',
  // Source line under each item (guide-ui/source-line.tsx).
  'guideUi.source.guide': 'Source : le guide, « {section} »',
  'guideUi.source.resacoop': 'Source : atelier RESACOOP 2018, « {section} »',
  'guideUi.source.rameau-convergences': 'Source : Le RAMEAU, synthèse Convergences 2017, « {section} »',
  'guideUi.source.rameau-typology': 'Source : Le RAMEAU, « L’ODD 17 en pratique », « {section} »',
  'guideUi.source.rameau-economic':
    'Source : Le RAMEAU, fiche « La coopération économique en pratiques », « {section} »',
  'guideUi.source.cocharte': 'Suggestion de Cocharte (ne vient pas du guide)',
  'guideUi.source.cocharteNote': 'Note de Cocharte',
  'guideUi.source.cocharteLegal': 'Proposition de Cocharte, à faire relire par un juriste',
  'guideUi.source.unlessMarked': ', sauf mention',
  'guideUi.sourceBrief.guide': '(le guide, «\u00a0{section}\u00a0»)',
  'guideUi.sourceBrief.resacoop': '(atelier RESACOOP 2018)',
  'guideUi.sourceBrief.rameau-convergences': '(Le RAMEAU)',
  'guideUi.sourceBrief.rameau-typology': '(Le RAMEAU)',
  'guideUi.sourceBrief.rameau-economic': '(Le RAMEAU)',
  'guideUi.sourceBrief.cocharte': '(suggestion de Cocharte)',
  // Hints of one step (guide-ui/step-hints.tsx).
  'guideUi.hints.title': 'Points d’attention',
  'guideUi.hints.lead': 'Ils ne bloquent rien, suivent ce que vous écrivez et disent d’où ils viennent.',
  'guideUi.hints.leadExample':
    'Ils suivent ce que vous écrivez et disent d’où ils viennent. Un seul empêche la signature\u00a0: la note sur l’exemple, tant que vous n’avez pas dit avoir remplacé ses éléments illustratifs.',
  'guideUi.hints.warning': 'Attention\u00a0:',
  'guideUi.hints.info': 'À noter\u00a0:',
  'guideUi.hints.count': '{count, plural, one {# point d’attention} other {# points d’attention}} pour cette étape.',
  'guideUi.hints.none': 'Aucun point d’attention pour cette étape.',
  'guideUi.hints.illustrativeCleared': 'J’ai remplacé les éléments illustratifs',
  'guideUi.hints.leftovers':
    '{count, plural, one {Un champ garde encore un fait inventé par l’exemple\u00a0: remplacez-le d’abord.} other {# champs gardent encore des faits inventés par l’exemple\u00a0: remplacez-les d’abord.}}',
  // Warnings listed on the review screen (steps/review/hints-panel.tsx).
  'guideUi.review.title': 'Points d’attention ({count})',
  'guideUi.review.lead':
    'Ils n’empêchent pas la signature ; Cocharte vous invite à en parler ensemble avant de signer.',
  'guideUi.review.leadSigned':
    'La charte est signée\u00a0: ces points restent à suivre ensemble, dans le dossier du partenariat (par un avenant si le texte doit changer).',
  'guideUi.review.goto': 'Revoir l’étape « {step} »',
  // Risk catalogue picker (steps/impacts/catalogue-picker.tsx).
  'guideUi.catalogue.legend': 'Partir des risques que liste le guide',
  'guideUi.catalogue.label': 'Risque listé par le guide',
  'guideUi.catalogue.placeholder': '— Choisir un risque —',
  'guideUi.catalogue.hint':
    'Le risque est ajouté avec une cotation suggérée par Cocharte, car le guide ne cote pas les risques : vous la confirmerez ou la modifierez.',
  'guideUi.catalogue.added': '{title} (déjà dans votre liste)',
  'guideUi.catalogue.add': 'Ajouter ce risque',
  'guideUi.catalogue.required': 'Choisissez d’abord un risque dans la liste.',
  // Measures for a catalogue risk (steps/impacts/suggested-mitigations.tsx).
  'guideUi.mitigations.label': 'Mesures possibles pour ce risque',
  'guideUi.mitigations.hint':
    'Chaque mesure dit d’où elle vient ; la plupart sont des suggestions de Cocharte. Reprenez une mesure : elle s’ajoute aux mesures de maîtrise, où vous pouvez la modifier.',
  'guideUi.mitigations.take': 'Reprendre :',
  'guideUi.mitigations.taken': 'Déjà reprise :',
  'guideUi.mitigations.done': 'Mesure ajoutée aux mesures de maîtrise du risque {n}.',
  // Suggested rating of a catalogue risk (steps/impacts/rating-suggestion.tsx).
  'guideUi.rating.suggested':
    'Cotation suggérée par Cocharte, pas par le guide : vérifiez la probabilité, la gravité et la réponse pour votre projet.',
  'guideUi.rating.confirm': 'Confirmer la cotation du risque {n}',
  'guideUi.rating.confirmed': 'Cotation du risque {n} confirmée.',
  // Step 5 (steps/impacts): opportunities first, then risks.
  'guideUi.impacts.opportunities': 'Les opportunités : effets attendus',
  'guideUi.impacts.opportunitiesLead':
    'Le guide demande d’anticiper les effets du projet, opportunités comme risques\u00a0; Cocharte demande au moins un effet attendu par partenaire et un impact au Sud.',
  'guideUi.impacts.risksTitle': 'Les risques',
  'guideUi.impacts.scalesNote':
    'Les échelles de 1 à 4, la matrice et les quatre réponses sont des outils de Cocharte : le guide ne les propose pas.',
  'guideUi.errors.effects': 'Indiquez au moins un effet attendu par ce partenaire, coché ou écrit.',
  'guideUi.errors.southImpacts': 'Indiquez au moins un impact attendu au Sud, coché ou écrit.',
  'guideUi.errors.confirmRating': 'Confirmez ou modifiez la cotation suggérée par Cocharte.',
  // Catalogue panels (guide-ui/*.tsx): Le RAMEAU, public body, funding, studied cases.
  'guideUi.rameau.lead': 'Une typologie de Le RAMEAU, et non du guide, pour situer votre partenariat.',
  'guideUi.rameau.sheetTitle': 'La coopération économique en pratique',
  'guideUi.publicBody.title': 'Ce qu’un acteur public peut apporter',
  'guideUi.funding.title': 'Financer le projet : les sources citées',
  'guideUi.funding.show': 'Voir les sources de financement citées par le guide et par RESACOOP',
  'guideUi.funding.lead':
    'Les points d’entrée que citent le guide et l’atelier RESACOOP ; vérifiez les conditions actuelles auprès de chaque financeur.',
  'guideUi.cases.title': 'Des cas comme le vôtre',
  'guideUi.cases.lead': 'D’autres partenariats étudiés par le guide, résumés à partir de ce qu’il en dit.',
  'guideUi.cases.export': 'Export vers le Sud',
  'guideUi.cases.import': 'Import en France',
  'guideUi.cases.yoursFirst': 'D’abord ceux qui ont la même orientation que votre projet.',
  'guideUi.cases.others': '{count, plural, one {L’autre cas étudié} other {Les # autres cas étudiés}}',
  // Examples (app/example-reader.tsx).
  'guideUi.example.sourcesTitle': 'D’où viennent les faits de cet exemple',
  // About the sources (about/about-sources.tsx).
  'guideUi.about.title': 'À propos des sources',
  'guideUi.about.lead':
    'Cocharte met en outil la méthode d’un guide, complétée par un compte rendu d’atelier et trois publications de Le RAMEAU : cinq documents qu’il n’a pas écrits. Chaque conseil de l’application dit d’où il vient : l’un de ces documents, ou une suggestion de Cocharte.',
  'guideUi.about.publisher': 'Éditeur :',
  'guideUi.about.date': 'Date :',
  'guideUi.about.gave': 'Ce qu’il apporte à Cocharte :',
  'guideUi.about.website': 'Site :',
  'guideUi.about.cocharteTitle': 'Les suggestions de Cocharte',
  'guideUi.about.cocharte':
    'Les échelles de 1 à 4, la matrice des risques, les quatre réponses, les cotations proposées, la plupart des mesures de maîtrise, les relectures et la signature sont des choix de Cocharte, inspirés des pratiques courantes des conventions de partenariat. Ils sont marqués « Suggestion de Cocharte ».',
  'guideUi.about.helpTitle': 'Se faire accompagner',
  'guideUi.about.helpLead': 'Le guide présente l’offre du réseau Pays de la Loire Coopération Internationale :',
  'guideUi.about.help.1': 'la mise en réseau des acteurs : annuaire des acteurs et cartographie des projets en ligne ;',
  'guideUi.about.help.2':
    'des évènements, des rencontres et des groupes de travail par thème ou par zone, et une bourse aux partenariats en ligne ;',
  'guideUi.about.help.3':
    'un accompagnement collectif (cycles de formation) ou individuel à toutes les étapes : logique d’intervention et diagnostic initial, recherche de partenaires, financement, indicateurs de suivi et d’évaluation, résolution d’une difficulté ;',
  'guideUi.about.help.4':
    'des ressources en ligne sur la mobilité internationale, la sensibilisation au développement durable et les financements.',
  'guideUi.about.contact': 'Contact :',
  'guideUi.about.otherNetworks':
    'Hors Pays de la Loire, d’autres réseaux régionaux jouent ce rôle, comme RESACOOP en Auvergne-Rhône-Alpes.',
  'guideUi.about.doc.guide.date': 'Non daté ; la démarche qui l’a produit a commencé en octobre 2020.',
  'guideUi.about.doc.guide.gave':
    'La méthode en cinq étapes, les effets attendus, les risques, les freins, les motivations, ce que les associations apportent aux entreprises, les impacts observés, les partenariats étudiés et l’offre du réseau régional. Il s’appuie sur une vingtaine d’entreprises et d’associations des Pays de la Loire.',
  'guideUi.about.doc.resacoop.date': 'Compte rendu de l’atelier du 26 mars 2018 à Lyon.',
  'guideUi.about.doc.resacoop.gave':
    'Deux cas détaillés (Paratronic, Corail et l’ONEP au Maroc ; Lagazel, Entrepreneurs du Monde et Nafa Naana au Burkina Faso), ce qu’est le FASEP, et ses leçons : s’adapter l’un à l’autre, proposer une solution plutôt qu’un produit, des relations d’égal à égal.',
  'guideUi.about.doc.rameau-convergences.date':
    'Synthèse d’une conférence du 5 septembre 2017 (Forum mondial Convergences).',
  'guideUi.about.doc.rameau-convergences.gave':
    'Le triple impact des alliances : la performance des organisations, l’innovation territoriale et sociétale, la confiance.',
  'guideUi.about.doc.rameau-typology.date': 'Non daté ; cite des études de 2016 et 2019 et la crise du Covid-19.',
  'guideUi.about.doc.rameau-typology.gave':
    'Les quatre catégories de partenariat et leurs sous-types, et les chiffres des partenariats en France.',
  'guideUi.about.doc.rameau-economic.date':
    'Non datée ; cite une étude de septembre 2021 et un groupe de travail de 2021 à 2023.',
  'guideUi.about.doc.rameau-economic.gave':
    'Ce qu’est la coopération économique, sa mise en œuvre, ses acteurs, ses raisons d’engagement et ses liens avec le territoire, et les taux de pratique des quatre catégories.',
  'guideUi.about.back': 'Retour',
} as const;

export type GuideUiKey = keyof typeof guideUiFr;
