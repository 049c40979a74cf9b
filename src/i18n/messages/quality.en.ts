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
  'tabGuard.deletedElsewhere':
    'This project was deleted in another tab. You can keep it on this device as it is shown here.',
  'tabGuard.keep': 'Keep this project',
  'share.tooLarge':
    'This share link is too long to be a Cocharte project: it was not opened. Ask for the project file instead.',
  'storage.unreadable.damaged':
    'This project could not be read: its record is damaged. It is kept on this device; if you have a copy, open the project file.',
  'storage.unreadable.newer':
    'This project was saved by a newer version of Cocharte. It is kept on this device; reload the page to get the latest version.',
  'storage.unreadable.missing': 'This project is no longer on this device (it may have been deleted in another tab).',
  'storage.unreadable.unavailable':
    'The browser’s storage does not answer: this project could not be opened. It has not been changed.',
  'storage.unreadableInList':
    'At least one project saved on this device could not be read. It is kept as it is, but not shown.',
  'storage.migrationFailed':
    'Projects saved by the previous version could not be moved yet: they are untouched, and the next load will try again.',
  'storage.full':
    'This browser’s storage is almost full: {used} used of {quota}. Download the file of your important projects.',
  'storage.fullUnknown':
    'This browser has no room left to save this project. Download the project file so nothing is lost.',
  'app.framed':
    'Cocharte does not show inside another site, so that nobody can pass themselves off as it. Open it directly:',
  'app.openDirectly': 'open Cocharte in its own tab',
  'app.insecure':
    'This page is served from an insecure address (http): there the browser denies Cocharte the cryptography that computes the charter’s fingerprint and seals signatures, and offline work. Your drafts stay saved on this device; to read fingerprints and sign, open Cocharte at an https address.',
} as const satisfies Record<QualityKey, string>;
