// Texts of the application's screens, in French (the source language).
export const uiFr = {
  'app.name': 'Cocharte',
  'app.tagline': 'Rédiger et co-signer la charte d’un partenariat de coopération internationale',
  'app.language': 'Langue',
  'app.skipToContent': 'Aller au contenu',

  'errors.required': 'Ce champ est obligatoire.',
  'errors.invalid': 'Cette valeur n’est pas valide.',
  'errors.tooLong': 'Ce texte est trop long.',
  'errors.tooMany': 'Il y a trop de lignes.',
  'errors.email': 'Saisissez une adresse e-mail valide, par exemple nom@exemple.org.',
  'errors.date': 'Saisissez une date valide.',
  'errors.choose': 'Choisissez une option.',
  'errors.chooseOne': 'Choisissez au moins une option.',
  'errors.duration': 'Indiquez une durée de 1 à 600 mois.',
  'errors.endOrDuration': 'Indiquez une date de fin ou une durée.',
  'errors.endBeforeStart': 'La date de fin précède la date de début.',
  'errors.tooManyPartners': 'Un partenariat compte au plus 8 partenaires.',
  'errors.needAssociationAndCompany': 'Le partenariat réunit au moins une association et une entreprise.',
  'errors.partnerNotCovered': 'Chaque partenaire doit avoir sa partie remplie.',
  'errors.unknownPartner': 'Ce partenaire n’existe plus : choisissez-en un autre.',
  'errors.riskOwner': 'Choisissez le partenaire responsable de ce risque.',
  'errors.atLeastOneRisk': 'Identifiez au moins un risque.',
  'errors.drawSignature': 'Tracez la signature ou choisissez la signature saisie.',
  'errors.summary': 'Le formulaire contient {count} erreur(s). Corrigez les champs signalés.',

  'import.tooLarge': 'Ce fichier dépasse 5 Mo : ce n’est pas un projet Cocharte.',
  'import.notJson': 'Ce fichier n’est pas un fichier de projet Cocharte (il n’est pas au format JSON).',
  'import.notProject': 'Ce fichier JSON n’est pas un projet Cocharte.',
  'import.newerVersion': 'Ce projet vient d’une version plus récente de Cocharte. Mettez l’application à jour pour l’ouvrir.',
  'import.damaged': 'Ce projet Cocharte est endommagé : certaines données sont illisibles.',
  'import.unchanged': 'Votre projet en cours n’a pas été modifié.',
  'import.done': 'Projet importé.',
} as const;

export type UiKey = keyof typeof uiFr;
