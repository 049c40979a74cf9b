// The guide's five key steps, in order. On their own (not in catalogues.ts) because the
// first screen names steps: importing the catalogues there would ship every list with it.
export const STEP_IDS = ['partners', 'motivations', 'framework', 'followUp', 'impacts'] as const;
export type StepId = (typeof STEP_IDS)[number];
