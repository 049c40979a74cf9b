import type { DocumentKey } from './document.fr';

export const documentEn = {
  'doc.charterTitle': 'Partnership charter',
} as const satisfies Record<DocumentKey, string>;
