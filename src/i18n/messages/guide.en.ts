import type { GuideKey } from './guide.fr';

export const guideEn = {
  'guide.placeholder': 'Guide',
} as const satisfies Record<GuideKey, string>;
