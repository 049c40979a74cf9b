import type { QualityKey } from './quality.fr';

// English; same keys as quality.fr.ts (checked by `satisfies`).
export const qualityEn = {
  'pwa.updateAvailable': 'A new version is available.',
  'pwa.reload': 'Reload',
  'pwa.later': 'Later',
  'pwa.offlineReady': 'Cocharte now works offline.',
  'tabGuard.duplicate':
    'This project is already open in another tab. So as not to overwrite the changes made there, this tab is read-only.',
  'tabGuard.takenOver':
    'This project is now being edited in another tab. So as not to overwrite its changes, this tab is read-only.',
  'tabGuard.changedElsewhere':
    'This project was changed in another tab. This tab is read-only until you load the latest version.',
  'tabGuard.continueHere': 'Continue in this tab',
  'tabGuard.backToList': 'Back to the project list',
} as const satisfies Record<QualityKey, string>;
