import { LIMITS } from '../schemas/limits';
import { pairTitle } from './workshop';

/**
 * The longest name pair `number` may take: its project's title (pairTitle) then fits a
 * title's limit. The name field once took 200 characters, as many as a title, and
 * « Binôme 3 — » made the new project's title too long to be valid. (Apart from
 * workshop.ts, which the first screen loads: the facilitator's view alone asks.)
 */
export const pairNameMax = (number: number, pairWord: string): number =>
  LIMITS.short - pairTitle(number, '-', pairWord).length + 1;
