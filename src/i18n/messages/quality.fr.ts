import { homeQualityFr } from './home.fr';
// Offline updates, multi-tab safety and storage (src/pwa, src/app, src/persistence) — French.
// French typography: ’ for apostrophes, U+00A0 before : ; ! ?
export const qualityFr = {
  ...homeQualityFr,
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
