import { z } from '../lib/zod';
import { SHARED_VALUES, TIME_HORIZONS } from '../content/catalogues';
import { LIMITS, choices, id, optionalChoice, rows, text, type Strictness } from './fields';

export const makePartnerMotivationSchema = (m: Strictness) =>
  z.object({
    partnerId: id,
    motivations: text(m, { required: true }),
    expectations: text(m, { required: true }),
    returnOnInvestment: text(m),
    timeHorizon: optionalChoice(m, TIME_HORIZONS),
    skills: text(m, { required: true }),
    contactsHere: text(m, { max: LIMITS.short * 2 }),
    contactsThere: text(m, { max: LIMITS.short * 2 }),
    values: choices('draft', SHARED_VALUES),
  });

export const makeMotivationsStepSchema = (m: Strictness) =>
  z.object({
    byPartner: rows(makePartnerMotivationSchema(m), { max: LIMITS.list }),
    sharedValues: choices(m, SHARED_VALUES, { min: 1 }),
    valuesStatement: text(m),
  });

export const motivationsStepSchema = z.lazy(() => makeMotivationsStepSchema('complete'));
export type PartnerMotivation = z.output<ReturnType<typeof makePartnerMotivationSchema>>;
export type MotivationsStep = z.output<typeof motivationsStepSchema>;
