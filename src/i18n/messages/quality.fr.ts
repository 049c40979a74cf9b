import { homeQualityFr } from './home.fr';
// Offline updates, multi-tab safety and storage (src/pwa, src/app, src/persistence) — French.
// French typography: ’ for apostrophes, U+00A0 before : ; ! ?
export const qualityFr = {
  ...homeQualityFr,
  'storage.full':
    'L’espace de stockage de ce navigateur est presque plein\u00a0: {used} utilisés sur {quota}. Téléchargez le fichier de vos projets importants.',
  'storage.fullUnknown':
    'Ce navigateur n’a plus de place pour enregistrer ce projet. Téléchargez le fichier du projet pour ne rien perdre.',
  'storage.unreadable.damaged':
    'Ce projet n’a pas pu être lu\u00a0: son enregistrement est abîmé. Il reste conservé sur cet appareil\u00a0; si vous en avez une copie, ouvrez le fichier du projet.',
  'storage.unreadable.newer':
    'Ce projet a été enregistré par une version plus récente de Cocharte. Il reste conservé sur cet appareil\u00a0; rechargez la page pour obtenir la dernière version.',
  'storage.unreadable.missing':
    'Ce projet n’est plus sur cet appareil (il a peut-être été supprimé dans un autre onglet).',
  'storage.unreadable.unavailable':
    'Le stockage du navigateur ne répond pas\u00a0: ce projet n’a pas pu être ouvert. Il n’a pas été modifié.',
  'storage.unreadableInList':
    'Au moins un projet enregistré sur cet appareil n’a pas pu être lu. Il est conservé tel quel, sans être affiché.',
  'storage.migrationFailed':
    'Les projets enregistrés par la version précédente n’ont pas encore pu être déplacés\u00a0: ils restent intacts et un nouvel essai aura lieu au prochain chargement.',
  'app.framed':
    'Cocharte ne s’affiche pas à l’intérieur d’un autre site, pour que personne ne puisse se faire passer pour lui. Ouvrez-le directement\u00a0:',
  'app.openDirectly': 'ouvrir Cocharte dans son propre onglet',
  'app.insecure':
    'Cette page est servie à une adresse non sécurisée (http) : le navigateur y refuse à Cocharte la cryptographie qui calcule l’empreinte de la charte et scelle les signatures, et le travail hors ligne. Vos brouillons restent enregistrés sur cet appareil ; pour relire les empreintes et signer, ouvrez Cocharte à une adresse https.',
  'tabGuard.duplicate':
    'Ce projet est déjà ouvert dans un autre onglet. Pour ne pas écraser les modifications faites là-bas, cet onglet est en lecture seule.',
  'tabGuard.takenOver':
    'Ce projet est maintenant modifié dans un autre onglet. Pour ne pas écraser ses modifications, cet onglet est en lecture seule.',
  'tabGuard.changedElsewhere':
    'Ce projet a été modifié dans un autre onglet. Cet onglet est en lecture seule tant que vous n’avez pas rechargé la dernière version.',
  'tabGuard.continueHere': 'Continuer dans cet onglet',
  'tabGuard.backToList': 'Revenir à la liste des projets',
  'tabGuard.deletedElsewhere':
    'Ce projet a été supprimé dans un autre onglet. Vous pouvez le garder sur cet appareil tel qu’il est affiché ici.',
  'tabGuard.keep': 'Garder ce projet',
  'share.tooLarge':
    'Ce lien de partage est trop long pour être un projet Cocharte\u00a0: il n’a pas été ouvert. Demandez plutôt le fichier du projet.',
} as const;

export type QualityKey = keyof typeof qualityFr;
