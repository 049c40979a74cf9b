// Working together across copies of a project: comparing and merging a received version
// (src/merge) and putting the partners' own voices side by side (steps/motivations).
// French typography: ’ for apostrophes, U+00A0 inside « » and before : ; ! ?
export const collabFr = {
  // Compare and merge a received version.
  'collab.merge.title': 'Comparer avec la version reçue',
  'collab.merge.intro':
    'Voici ce qui diffère entre votre version du projet et celle que vous avez reçue. Cochez les modifications que vous acceptez, puis appliquez-les\u00a0: le reste de votre version ne change pas.',
  'collab.merge.none': 'Aucune différence\u00a0: les deux versions sont identiques.',
  'collab.merge.count':
    '{chosen, plural, =0 {Aucune modification choisie} one {# modification choisie} other {# modifications choisies}} sur {total}.',
  'collab.merge.take': 'Prendre cette modification',
  'collab.merge.takeWhat': ' ({label})',
  'collab.merge.takeAll': 'Tout prendre',
  'collab.merge.leaveAll': 'Tout laisser',
  'collab.merge.apply': 'Appliquer les modifications choisies',
  'collab.merge.cancel': 'Annuler',
  'collab.merge.close': 'Fermer',
  'collab.merge.local': 'Votre version',
  'collab.merge.incoming': 'Version reçue',
  'collab.merge.empty': '(vide)',
  'collab.merge.absent': '(absent)',
  'collab.merge.marksLegend':
    'Dans un texte modifié, ce qui diffère est marqué\u00a0: barré dans votre version, souligné dans la version reçue.',
  'collab.merge.removedStart': 'début du passage retiré',
  'collab.merge.removedEnd': 'fin du passage retiré',
  'collab.merge.addedStart': 'début du passage ajouté',
  'collab.merge.addedEnd': 'fin du passage ajouté',
  'collab.merge.kind.changed': 'modifié',
  'collab.merge.kind.added': 'ajouté dans la version reçue',
  'collab.merge.kind.removed': 'retiré dans la version reçue',
  'collab.merge.group.documents': 'Documents',
  'collab.merge.group.signatures': 'Signatures',
  'collab.merge.group.record': 'Dossier du partenariat',
  'collab.record.note':
    'Le dossier du partenariat ne fait que s’enrichir\u00a0: à l’application, ce que la version reçue ajoute est repris sans choix à faire, et rien de votre version n’est perdu.',
  'collab.record.review.added': '{review} du {date}\u00a0: dans la version reçue seulement, il sera ajouté.',
  'collab.record.review.kept': '{review} du {date}\u00a0: dans votre version seulement, il est gardé.',
  'collab.record.review.differs':
    '{review} du {date}\u00a0: rédigé autrement dans les deux versions, votre rédaction est gardée.',
  'collab.record.health.added':
    '{review}\u00a0: les réponses {name, elide, de} au bilan de santé sont dans la version reçue, elles seront ajoutées.',
  'collab.record.health.kept':
    '{review}\u00a0: les réponses {name, elide, de} au bilan de santé ne sont que dans votre version, elles sont gardées.',
  'collab.record.health.differs':
    '{review}\u00a0: les réponses {name, elide, de} au bilan de santé diffèrent d’une version à l’autre, les vôtres sont gardées.',
  'collab.record.view.added':
    '{review}\u00a0: le point de vue {name, elide, de} est dans la version reçue, il sera ajouté.',
  'collab.record.view.kept':
    '{review}\u00a0: le point de vue {name, elide, de} n’est que dans votre version, il est gardé.',
  'collab.record.view.differs':
    '{review}\u00a0: le point de vue {name, elide, de} diffère d’une version à l’autre, le vôtre est gardé.',
  'collab.record.amendment.added':
    '{amendment} («\u00a0{title}\u00a0»)\u00a0: dans la version reçue seulement, il sera ajouté.',
  'collab.record.amendment.kept':
    '{amendment} («\u00a0{title}\u00a0»)\u00a0: dans votre version seulement, il est gardé.',
  'collab.record.amendment.differs':
    '{amendment} («\u00a0{title}\u00a0»)\u00a0: texte différent dans les deux versions, le vôtre et ses signatures sont gardés.',
  'collab.record.amendmentSignature.added':
    '{amendment}\u00a0: la signature {name, elide, de} est dans la version reçue, elle sera ajoutée.',
  'collab.record.closing.added': 'Bilan de fin de partenariat\u00a0: dans la version reçue seulement, il sera ajouté.',
  'collab.record.closing.kept': 'Bilan de fin de partenariat\u00a0: dans votre version seulement, il est gardé.',
  'collab.record.closing.differs':
    'Bilan de fin de partenariat\u00a0: rédigé autrement dans les deux versions, votre rédaction est gardée.',
  'collab.merge.signaturesNote':
    'Une signature n’est conservée que si le texte obtenu est exactement celui qui a été signé.',
  'collab.merge.voidsSignatures':
    'Ces modifications changent le texte de la charte\u00a0: les signatures déjà apposées seront annulées et chaque partenaire devra signer à nouveau.',
  'collab.merge.skipped':
    '{count, plural, one {# modification choisie ne peut pas s’appliquer} other {# modifications choisies ne peuvent pas s’appliquer}}\u00a0: la liste concernée atteindrait sa taille maximale. Retirez d’abord une ligne de votre version.',
  'collab.merge.fieldValue': '{label}\u00a0: {value}',
  'collab.merge.yes': 'Oui',
  'collab.merge.no': 'Non',
  'collab.merge.language.fr': 'Français',
  'collab.merge.language.en': 'Anglais',

  // How a row of a list is named in a change's description.
  'collab.row.partner': 'Partenaire «\u00a0{name}\u00a0»',
  'collab.row.milestone': 'Jalon «\u00a0{name}\u00a0»',
  'collab.row.indicator': 'Indicateur «\u00a0{name}\u00a0»',
  'collab.row.risk': 'Risque «\u00a0{name}\u00a0»',
  'collab.row.signature': 'Signature de «\u00a0{name}\u00a0»',
  'collab.row.separator': ' › ',

  // Field names that the step forms only show with a partner's name in them.
  'collab.field.values': 'Valeurs importantes',
  'collab.field.effects': 'Effets attendus',
  'collab.field.otherEffects': 'Autres effets attendus',
  'collab.field.riskCatalogue': 'Risque type du guide',
  'collab.field.bilingual': 'Documents bilingues',

  // Partners side by side (motivations step).
  'collab.compare.title': 'Les partenaires côte à côte',
  'collab.compare.intro':
    'Chacun s’exprime en son nom. Comparez vos réponses pour repérer ce qui vous rassemble et ce qu’il faut discuter avant de rédiger la charte.',
  'collab.compare.caption': 'Réponses de chaque partenaire',
  'collab.compare.topic': 'Rubrique',
  'collab.compare.scroll': 'Tableau comparatif des partenaires (défilement horizontal possible)',
  'collab.compare.sharedMark': 'partagée par tous',
  'collab.compare.toDiscuss': 'à discuter',
  'collab.compare.shared': 'Valeurs choisies par tous les partenaires\u00a0: {values}.',
  'collab.compare.noShared': 'Aucune valeur n’est encore choisie par tous les partenaires.',
  'collab.compare.keepShared': 'Retenir les valeurs communes',
  'collab.compare.keptShared': 'Valeurs partagées retenues\u00a0: {values}.',
  'collab.compare.clashes': 'Points à discuter',
  'collab.compare.noClash': 'Aucune attente contradictoire repérée pour l’instant.',
  'collab.compare.questions': 'Questions à poser à chaque partenaire',
  'collab.compare.questionsFor': 'À {name}',
  'collab.compare.noQuestion': 'Pas de question pour l’instant.',

  'collab.clash.horizon':
    'Horizons de temps éloignés\u00a0: {a} raisonne à «\u00a0{ha}\u00a0», {b} à «\u00a0{hb}\u00a0».',
  'collab.clash.roi': '{a} attend un retour dans l’année, alors que {b} raisonne à plus de 3 ans.',
  'collab.clash.visibility':
    '{a} attend de la visibilité ou de la communication, mais le cadre prévoit pour l’instant «\u00a0{logoUse}\u00a0».',

  'collab.question.horizonClash':
    'Votre horizon («\u00a0{mine}\u00a0») est éloigné de celui {other, elide, de} («\u00a0{theirs}\u00a0»)\u00a0: sur quelle durée pouvez-vous vous engager ensemble\u00a0?',
  'collab.question.roiQuick':
    'Vous attendez un retour dans l’année alors que {other} raisonne à plus de 3 ans\u00a0: quel résultat intermédiaire vous suffirait\u00a0?',
  'collab.question.roiLong':
    '{other} attend un retour dans l’année\u00a0: quelles premières étapes pouvez-vous lui proposer\u00a0?',
  'collab.question.visibility':
    'Vous attendez de la visibilité, mais le cadre exclut pour l’instant l’usage des noms et logos\u00a0: quelle communication vous conviendrait\u00a0?',
  'collab.question.companyBeyondYear': 'Comment votre engagement tiendra-t-il au-delà d’un an\u00a0?',
  'collab.question.motivations': 'Pourquoi vous engagez-vous dans ce partenariat\u00a0?',
  'collab.question.expectations': 'Qu’attendez-vous concrètement de ce partenariat\u00a0?',
  'collab.question.roi': 'Quel retour attendez-vous (commercial, image, compétences…), et dans quel délai\u00a0?',
  'collab.question.horizon': 'À quel horizon de temps raisonnez-vous\u00a0?',
  'collab.question.values': 'Quelles valeurs comptent pour vous dans ce partenariat\u00a0?',
  'collab.question.skills': 'Quelles compétences et quels savoir-faire apportez-vous\u00a0?',
  'collab.question.contactsThere': 'Qui sont vos interlocuteurs sur place, et qui les remplace en cas d’absence\u00a0?',
  'collab.question.kind.association':
    'Comment garderez-vous votre indépendance et votre crédibilité vis-à-vis de l’entreprise\u00a0?',
  'collab.question.kind.company':
    'Quelles informations souhaitez-vous garder confidentielles, et quel coût acceptez-vous\u00a0?',
  'collab.question.kind.southern':
    'Qu’attendez-vous des partenaires du Nord, et que souhaitez-vous garder en main\u00a0?',
  'collab.question.kind.public':
    'Quelles contraintes de calendrier ou de procédure s’imposent aux autres partenaires\u00a0?',
  'collab.question.kind.research':
    'Comment les résultats de vos travaux seront-ils partagés avec les autres partenaires\u00a0?',
  'collab.question.kind.other': 'Quel rôle souhaitez-vous tenir auprès des autres partenaires\u00a0?',
} as const;

export type CollabKey = keyof typeof collabFr;
