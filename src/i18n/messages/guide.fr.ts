// The guide's method inside the app: guidance panels, risk catalogue, hints (French).
export const guideFr = {
  'guide.placeholder': 'Guide',
} as const;

export type GuideKey = keyof typeof guideFr;
