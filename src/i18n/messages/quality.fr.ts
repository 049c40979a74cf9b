// Offline updates and multi-tab safety (src/pwa, src/persistence/tab-guard*) — French.
// French typography: ’ for apostrophes, U+00A0 before : ; ! ?
export const qualityFr = {
  'pwa.updateAvailable': 'Une nouvelle version est disponible.',
  'pwa.reload': 'Recharger',
  'pwa.later': 'Plus tard',
  'pwa.offlineReady': 'Cocharte fonctionne désormais sans connexion.',
  'tabGuard.duplicate':
    'Ce projet est déjà ouvert dans un autre onglet. Pour ne pas écraser les modifications faites là-bas, cet onglet est en lecture seule.',
  'tabGuard.takenOver':
    'Ce projet est maintenant modifié dans un autre onglet. Pour ne pas écraser ses modifications, cet onglet est en lecture seule.',
  'tabGuard.changedElsewhere':
    'Ce projet a été modifié dans un autre onglet. Cet onglet est en lecture seule tant que vous n’avez pas rechargé la dernière version.',
  'tabGuard.continueHere': 'Continuer dans cet onglet',
  'tabGuard.backToList': 'Revenir à la liste des projets',
} as const;

export type QualityKey = keyof typeof qualityFr;
